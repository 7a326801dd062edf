//! Exports the knowledge graph as a string: `json`, `graphml`, `csv` (nodes) or `csv-edges`.
//!
//! The CLI and the wasm API share this code, so both give the same bytes.

mod csv;
mod graphml;
mod json;

use super::{EngineError, Explorer, Result};

/// The formats `export` knows, as the error message lists them.
pub const FORMATS: [&str; 4] = ["json", "graphml", "csv", "csv-edges"];

impl Explorer {
    pub fn export(&self, format: &str) -> Result<String> {
        match format {
            "json" => Ok(self.export_json()),
            "graphml" => Ok(self.export_graphml()),
            "csv" => Ok(self.export_csv_nodes()),
            "csv-edges" => Ok(self.export_csv_edges()),
            other => Err(EngineError::UnknownExportFormat { format: other.to_string() }),
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // test code may sort as it likes
mod tests {
    use crate::engine::fixture;

    #[test]
    fn the_json_export_carries_events_figures_and_quotes_after_relations() {
        let e = fixture::story();
        let json = e.export("json").unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let keys: Vec<&str> = value.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = vec![
            "formatVersion", "documents", "entities", "relations", "events", "figures", "quotes",
        ];
        expected.sort_unstable(); // serde_json's map sorts keys; the order in the text is checked below
        assert_eq!(keys, expected);
        let at = |key: &str| json.find(&format!("\"{key}\":")).unwrap();
        assert!(
            at("relations") < at("events")
                && at("events") < at("figures")
                && at("figures") < at("quotes")
        );
        let cases: &[(&str, &str)] = &[
            (
                "an event",
                r#"{"date":"2021-06-03","precision":"day","dateText":"On June 3","span":{"doc":"c","start":"#,
            ),
            (
                "a figure",
                r#"{"topic":"kazakhs-detained","text":"around 1.2 million","value":1200000,"counts":"Kazakhs detained","source":"steppe-watch","span":{"doc":"b","#,
            ),
            (
                "a quote",
                r#"{"speaker":"erlan-nurov","text":"The camps must close,","outlet":null,"span":{"doc":"c","#,
            ),
        ];
        for (name, fragment) in cases {
            assert!(json.contains(fragment), "{name}: {json}");
        }
        let event = &value["events"][1];
        let text: Vec<u16> =
            value["documents"][2]["text"].as_str().unwrap().encode_utf16().collect();
        let span = |v: &serde_json::Value| {
            String::from_utf16(
                &text[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize],
            )
            .unwrap()
        };
        assert_eq!(span(&event["span"]), "On June 3");
        assert_eq!(span(&event["sentence"]), "On June 3, Erlan Nurov met officials in Almaty.");
        assert_eq!(event["entities"], serde_json::json!(["almaty", "erlan-nurov"]));
    }
}
