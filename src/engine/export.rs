//! Exports the knowledge graph as a string (`json` now); the CLI and the wasm API share this code, so both give the same bytes.

use super::json::{array, key, string, strings};
use super::{EngineError, Explorer, Result};
use crate::blob::FORMAT_VERSION;

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
            other => Err(EngineError(format!("unknown export format {other:?} (known: json)"))),
        }
    }

    fn export_json(&self) -> String {
        let corpus = &self.corpus;
        let mut out = String::with_capacity(corpus.documents.iter().map(|d| d.text.len()).sum::<usize>() * 2);
        out.push('{');
        key(&mut out, "formatVersion");
        out.push_str(&format!("{FORMAT_VERSION},"));
        key(&mut out, "documents");
        array(&mut out, &corpus.documents, |out, d| {
            out.push('{');
            for (name, value) in [("id", &d.id), ("title", &d.title), ("outlet", &d.outlet), ("published", &d.published)] {
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
                out.push_str(&format!("\"evidence\":"));
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
            array(out, &r.evidence, |out, &s| {
                let sentence = &corpus.sentences[s as usize];
                self.span(out, sentence.doc, sentence.start, sentence.end);
            });
            out.push('}');
        });
        out.push_str("}\n");
        out
    }

    /// Appends `{"doc":…,"start":…,"end":…}`.
    fn span(&self, out: &mut String, doc: u32, start: u32, end: u32) {
        out.push('{');
        string_field(out, "doc", &self.corpus.documents[doc as usize].id);
        out.push_str(&format!("\"start\":{start},\"end\":{end}}}"));
    }
}
