//! Exports the knowledge graph as a string (`json` now); the CLI and the wasm API share this code, so both give the same bytes.

use super::json::{key, string, strings};
use super::{EngineError, Explorer, Result};
use crate::blob::FORMAT_VERSION;

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
        out.push_str(&FORMAT_VERSION.to_string());
        out.push(',');
        key(&mut out, "documents");
        out.push('[');
        for (i, d) in corpus.documents.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('{');
            for (name, value) in [("id", &d.id), ("title", &d.title), ("outlet", &d.outlet), ("published", &d.published)] {
                key(&mut out, name);
                string(&mut out, value);
                out.push(',');
            }
            key(&mut out, "authors");
            strings(&mut out, &d.authors);
            out.push(',');
            key(&mut out, "source");
            string(&mut out, &d.source);
            out.push(',');
            key(&mut out, "text");
            string(&mut out, &d.text);
            out.push('}');
        }
        out.push_str("],");
        key(&mut out, "entities");
        out.push('[');
        for (i, e) in corpus.entities.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('{');
            key(&mut out, "id");
            string(&mut out, &e.id);
            out.push(',');
            key(&mut out, "name");
            string(&mut out, &e.name);
            out.push(',');
            key(&mut out, "type");
            string(&mut out, e.kind.as_str());
            out.push(',');
            key(&mut out, "aliases");
            strings(&mut out, &e.aliases);
            out.push(',');
            key(&mut out, "mentions");
            out.push('[');
            for (j, m) in e.mentions.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                self.span(&mut out, m.doc, m.start, m.end);
            }
            out.push_str("]}");
        }
        out.push_str("],");
        key(&mut out, "relations");
        out.push('[');
        for (i, r) in corpus.relations.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('{');
            key(&mut out, "source");
            string(&mut out, &corpus.entities[r.source as usize].id);
            out.push(',');
            key(&mut out, "target");
            string(&mut out, &corpus.entities[r.target as usize].id);
            out.push(',');
            key(&mut out, "type");
            string(&mut out, r.kind.as_str());
            out.push(',');
            key(&mut out, "evidence");
            out.push('[');
            for (j, &s) in r.evidence.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                let sentence = &corpus.sentences[s as usize];
                self.span(&mut out, sentence.doc, sentence.start, sentence.end);
            }
            out.push_str("]}");
        }
        out.push_str("]}\n");
        out
    }

    fn span(&self, out: &mut String, doc: u32, start: u32, end: u32) {
        out.push('{');
        key(out, "doc");
        string(out, &self.corpus.documents[doc as usize].id);
        out.push_str(&format!(",\"start\":{start},\"end\":{end}}}"));
    }
}
