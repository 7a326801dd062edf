//! Exports the knowledge graph as a string (`json`, `graphml`, `csv` nodes, `csv-edges`); the CLI and the wasm API share this code, so both give the same bytes.

mod csv;
mod graphml;
pub(super) mod json;

use super::timeline::precision;
use super::{EngineError, Explorer, Result};
use crate::blob::FORMAT_VERSION;
use json::{array, key, string, strings};

/// The formats `export` knows, as the error message lists them.
pub const FORMATS: [&str; 4] = ["json", "graphml", "csv", "csv-edges"];

/// Appends `"name":"value",`.
fn string_field(out: &mut String, name: &str, value: &str) {
    key(out, name);
    string(out, value);
    out.push(',');
}

impl Explorer {
    pub fn export(&self, format: &str) -> Result<String> {
        match format {
            "json" => Ok(self.export_json()),
            "graphml" => Ok(self.export_graphml()),
            "csv" => Ok(self.export_csv_nodes()),
            "csv-edges" => Ok(self.export_csv_edges()),
            other => Err(EngineError(format!(
                "unknown export format {} (known: {})",
                super::quoted(other),
                FORMATS.join(", ")
            ))),
        }
    }

    fn export_json(&self) -> String {
        let corpus = &self.corpus;
        let mut out =
            String::with_capacity(corpus.documents.iter().map(|d| d.text.len()).sum::<usize>() * 2);
        out.push('{');
        key(&mut out, "formatVersion");
        out.push_str(&format!("{FORMAT_VERSION},"));
        key(&mut out, "documents");
        array(&mut out, &corpus.documents, |out, d| {
            out.push('{');
            for (name, value) in [
                ("id", &d.id),
                ("title", &d.title),
                ("outlet", &d.outlet),
                ("published", &d.published),
            ] {
                string_field(out, name, value);
            }
            key(out, "authors");
            strings(out, &d.authors);
            out.push(',');
            string_field(out, "source", &d.source);
            key(out, "text");
            string(out, &d.text);
            out.push('}');
        });
        out.push(',');
        key(&mut out, "entities");
        array(&mut out, &corpus.entities, |out, e| {
            out.push('{');
            string_field(out, "id", &e.id);
            string_field(out, "name", &e.name);
            string_field(out, "type", e.kind.as_str());
            key(out, "aliases");
            strings(out, &e.aliases);
            out.push(',');
            key(out, "mentions");
            array(out, &e.mentions, |out, m| self.span(out, m.doc, m.start, m.end));
            out.push(',');
            key(out, "roles");
            array(out, &e.roles, |out, r| {
                out.push('{');
                string_field(out, "text", &r.text);
                key(out, "evidence");
                self.span(out, r.doc, r.start, r.end);
                out.push('}');
            });
            out.push('}');
        });
        out.push(',');
        key(&mut out, "relations");
        array(&mut out, &corpus.relations, |out, r| {
            out.push('{');
            string_field(out, "source", &corpus.entities[r.source as usize].id);
            string_field(out, "target", &corpus.entities[r.target as usize].id);
            string_field(out, "type", r.kind.as_str());
            key(out, "evidence");
            array(out, &r.evidence, |out, &s| self.sentence_span(out, s));
            out.push('}');
        });
        out.push(',');
        key(&mut out, "events");
        array(&mut out, &corpus.events, |out, e| {
            out.push('{');
            string_field(out, "date", &e.date);
            string_field(out, "precision", precision(&e.date));
            string_field(out, "dateText", &e.date_text);
            key(out, "span");
            self.span(out, e.doc, e.start, e.end);
            out.push(',');
            key(out, "sentence");
            self.sentence_span(out, e.sentence);
            out.push(',');
            key(out, "entities");
            array(out, &e.entities, |out, &id| string(out, &corpus.entities[id as usize].id));
            out.push('}');
        });
        out.push(',');
        key(&mut out, "figures");
        array(&mut out, &corpus.figures, |out, f| {
            out.push('{');
            string_field(out, "topic", &f.topic);
            string_field(out, "text", &f.text);
            key(out, "value");
            match f.value.filter(|v| v.is_finite()) {
                Some(value) => {
                    json::number(out, value);
                    out.push(',');
                }
                None => out.push_str("null,"),
            }
            string_field(out, "counts", &f.counts);
            key(out, "source");
            self.optional_entity(out, f.source);
            key(out, "span");
            self.span(out, f.doc, f.start, f.end);
            out.push(',');
            key(out, "sentence");
            self.sentence_span(out, f.sentence);
            out.push('}');
        });
        out.push(',');
        key(&mut out, "quotes");
        array(&mut out, &corpus.quotes, |out, q| {
            out.push('{');
            string_field(out, "speaker", &corpus.entities[q.speaker as usize].id);
            string_field(out, "text", &q.text);
            key(out, "outlet");
            self.optional_entity(out, q.outlet);
            key(out, "span");
            self.span(out, q.doc, q.start, q.end);
            out.push(',');
            key(out, "sentence");
            self.sentence_span(out, q.sentence);
            out.push('}');
        });
        out.push_str("}\n");
        out
    }

    /// Appends an entity id or `null`, then a comma.
    fn optional_entity(&self, out: &mut String, entity: Option<u32>) {
        match entity {
            Some(e) => string(out, &self.corpus.entities[e as usize].id),
            None => out.push_str("null"),
        }
        out.push(',');
    }

    /// Appends the span of sentence `s` as `{"doc":…,"start":…,"end":…}`.
    fn sentence_span(&self, out: &mut String, s: u32) {
        let sentence = &self.corpus.sentences[s as usize];
        self.span(out, sentence.doc, sentence.start, sentence.end);
    }

    /// Appends `{"doc":…,"start":…,"end":…}`.
    fn span(&self, out: &mut String, doc: u32, start: u32, end: u32) {
        out.push('{');
        string_field(out, "doc", &self.corpus.documents[doc as usize].id);
        out.push_str(&format!("\"start\":{start},\"end\":{end}}}"));
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
            "formatVersion",
            "documents",
            "entities",
            "relations",
            "events",
            "figures",
            "quotes",
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
