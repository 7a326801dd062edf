//! The JSON export: the corpus as structs borrowing from it, serialized by serde_json with keys in field order.
//!
//! One line of compact JSON and a newline: `formatVersion`, `documents`, `entities`, `relations`,
//! `events`, `figures`, `quotes`. Spans are UTF-16 offsets into the document's `text`.

use serde::Serialize;

use crate::blob::FORMAT_VERSION;
use crate::engine::decimal::Decimal;
use crate::engine::timeline::precision;
use crate::engine::Explorer;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Export<'a> {
    format_version: u16,
    documents: Vec<Document<'a>>,
    entities: Vec<Entity<'a>>,
    relations: Vec<Relation<'a>>,
    events: Vec<Event<'a>>,
    figures: Vec<Figure<'a>>,
    quotes: Vec<Quote<'a>>,
}

#[derive(Serialize)]
struct Document<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a str,
    published: &'a str,
    authors: &'a [String],
    source: &'a str,
    text: &'a str,
}

/// UTF-16 offsets into the text of document `doc`.
#[derive(Serialize)]
struct Span<'a> {
    doc: &'a str,
    start: u32,
    end: u32,
}

#[derive(Serialize)]
struct Entity<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    aliases: &'a [String],
    mentions: Vec<Span<'a>>,
    roles: Vec<Role<'a>>,
}

#[derive(Serialize)]
struct Role<'a> {
    text: &'a str,
    evidence: Span<'a>,
}

#[derive(Serialize)]
struct Relation<'a> {
    source: &'a str,
    target: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    /// The text gives the role as past ("a former employee of").
    former: bool,
    evidence: Vec<Span<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Event<'a> {
    date: &'a str,
    precision: &'static str,
    date_text: &'a str,
    span: Span<'a>,
    sentence: Span<'a>,
    entities: Vec<&'a str>,
}

#[derive(Serialize)]
struct Figure<'a> {
    topic: &'a str,
    text: &'a str,
    value: Option<Decimal>,
    counts: &'a str,
    source: Option<&'a str>,
    span: Span<'a>,
    sentence: Span<'a>,
}

#[derive(Serialize)]
struct Quote<'a> {
    speaker: &'a str,
    text: &'a str,
    outlet: Option<&'a str>,
    span: Span<'a>,
    sentence: Span<'a>,
}

impl Explorer {
    pub(super) fn export_json(&self) -> String {
        let corpus = &self.corpus;
        let entity = |e: u32| corpus.entities[e as usize].id.as_str();
        let export = Export {
            format_version: FORMAT_VERSION,
            documents: corpus
                .documents
                .iter()
                .map(|d| Document {
                    id: &d.id,
                    title: &d.title,
                    outlet: &d.outlet,
                    published: &d.published,
                    authors: &d.authors,
                    source: &d.source,
                    text: &d.text,
                })
                .collect(),
            entities: corpus
                .entities
                .iter()
                .map(|e| Entity {
                    id: &e.id,
                    name: &e.name,
                    kind: e.kind.as_str(),
                    aliases: &e.aliases,
                    mentions: e.mentions.iter().map(|m| self.span(m.doc, m.start, m.end)).collect(),
                    roles: e
                        .roles
                        .iter()
                        .map(|r| Role { text: &r.text, evidence: self.span(r.doc, r.start, r.end) })
                        .collect(),
                })
                .collect(),
            relations: corpus
                .relations
                .iter()
                .map(|r| Relation {
                    source: entity(r.source),
                    target: entity(r.target),
                    kind: r.kind.as_str(),
                    former: r.former,
                    evidence: r.evidence.iter().map(|&s| self.sentence_span(s)).collect(),
                })
                .collect(),
            events: corpus
                .events
                .iter()
                .map(|e| Event {
                    date: &e.date,
                    precision: precision(&e.date),
                    date_text: &e.date_text,
                    span: self.span(e.doc, e.start, e.end),
                    sentence: self.sentence_span(e.sentence),
                    entities: e.entities.iter().map(|&id| entity(id)).collect(),
                })
                .collect(),
            figures: corpus
                .figures
                .iter()
                .map(|f| Figure {
                    topic: &f.topic,
                    text: &f.text,
                    value: f.value.filter(|v| v.is_finite()).map(Decimal),
                    counts: &f.counts,
                    source: f.source.map(entity),
                    span: self.span(f.doc, f.start, f.end),
                    sentence: self.sentence_span(f.sentence),
                })
                .collect(),
            quotes: corpus
                .quotes
                .iter()
                .map(|q| Quote {
                    speaker: entity(q.speaker),
                    text: &q.text,
                    outlet: q.outlet.map(entity),
                    span: self.span(q.doc, q.start, q.end),
                    sentence: self.sentence_span(q.sentence),
                })
                .collect(),
        };
        let json = serde_json::to_string(&export).expect("the export has no map keys to fail on");
        let mut out = escape_line_separators(json);
        out.push('\n');
        out
    }

    fn sentence_span(&self, s: u32) -> Span<'_> {
        let sentence = &self.corpus.sentences[s as usize];
        self.span(sentence.doc, sentence.start, sentence.end)
    }

    fn span(&self, doc: u32, start: u32, end: u32) -> Span<'_> {
        Span { doc: &self.corpus.documents[doc as usize].id, start, end }
    }
}

/// serde_json writes U+2028 and U+2029 as they are (valid JSON); escaped, the export stays safe to
/// paste into a script, as it always was.
fn escape_line_separators(json: String) -> String {
    if !json.contains(['\u{2028}', '\u{2029}']) {
        return json;
    }
    json.replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, text, JSON string literal)
    const CASES: &[(&str, &str, &str)] = &[
        ("plain", "Almaty", "\"Almaty\""),
        ("quote and backslash", "a \"b\" \\", "\"a \\\"b\\\" \\\\\""),
        ("newline, tab and control", "a\nb\t\u{1}", "\"a\\nb\\t\\u0001\""),
        ("line and paragraph separators", "a\u{2028}b\u{2029}", "\"a\\u2028b\\u2029\""),
        ("non-ASCII kept", "Beijing’s 😀", "\"Beijing’s 😀\""),
    ];

    #[test]
    fn strings_are_escaped_as_specified() {
        for (name, text, expected) in CASES {
            let json = escape_line_separators(serde_json::to_string(text).unwrap());
            assert_eq!(json, *expected, "{name}");
        }
    }
}
