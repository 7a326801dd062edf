//! Writes the knowledge graph as two CSV tables: `csv` gives the nodes, `csv-edges` the edges.
//!
//! RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.

use crate::engine::Explorer;

pub const NODE_COLUMNS: [&str; 6] = ["id", "name", "type", "mentions", "documents", "aliases"];
pub const EDGE_COLUMNS: [&str; 7] =
    ["source", "target", "type", "family", "directed", "former", "evidence"];

/// Appends one field, quoted (inner quotes doubled) when it needs to be.
pub fn field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, value) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, value.as_ref());
    }
    out.push_str("\r\n");
}

impl Explorer {
    /// `id,name,type,mentions,documents,aliases` (aliases joined by "; "), one row per entity.
    pub(super) fn export_csv_nodes(&self) -> String {
        let mut out = String::new();
        record(&mut out, &NODE_COLUMNS);
        for (e, entity) in self.corpus.entities.iter().enumerate() {
            let summary = self.entity_summary(e as u32, None);
            record(
                &mut out,
                &[
                    entity.id.clone(),
                    entity.name.clone(),
                    entity.kind.as_str().into(),
                    summary.mentions.to_string(),
                    summary.documents.to_string(),
                    entity.aliases.join("; "),
                ],
            );
        }
        out
    }

    /// `source,target,type,family,directed,former,evidence` (evidence: number of sentences), one row per relation.
    pub(super) fn export_csv_edges(&self) -> String {
        let mut out = String::new();
        record(&mut out, &EDGE_COLUMNS);
        let entities = &self.corpus.entities;
        for relation in &self.corpus.relations {
            record(
                &mut out,
                &[
                    entities[relation.source as usize].id.as_str(),
                    entities[relation.target as usize].id.as_str(),
                    relation.kind.as_str(),
                    relation.kind.family(),
                    if relation.kind.is_directed() { "true" } else { "false" },
                    if relation.former { "true" } else { "false" },
                    &relation.evidence.len().to_string(),
                ],
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;

    #[test]
    fn fields_are_quoted_per_rfc_4180() {
        let cases: &[(&str, &str, &str)] = &[
            ("plain", "Almaty", "Almaty"),
            ("a comma", "Nur-Sultan, Kazakhstan", "\"Nur-Sultan, Kazakhstan\""),
            ("a quote", "the \"camps\"", "\"the \"\"camps\"\"\""),
            ("a line break", "a\nb", "\"a\nb\""),
            ("empty", "", ""),
        ];
        for (name, input, expected) in cases {
            let mut out = String::new();
            field(&mut out, input);
            assert_eq!(out, *expected, "{name}");
        }
    }

    #[test]
    fn the_tables_list_every_node_and_edge() {
        let e = fixture::story();
        let nodes = e.export("csv").unwrap();
        let edges = e.export("csv-edges").unwrap();
        assert!(nodes.starts_with("id,name,type,mentions,documents,aliases\r\n"), "{nodes}");
        assert!(nodes.contains("\r\nsteppe-watch,Steppe Watch,organization,3,2,\r\n"), "{nodes}");
        assert_eq!(nodes.matches("\r\n").count(), e.corpus().entities.len() + 1);
        assert!(
            edges.starts_with("source,target,type,family,directed,former,evidence\r\n"),
            "{edges}"
        );
        assert!(
            edges.contains("\r\ndana-omarova,steppe-watch,head-of,affiliation,true,false,1\r\n"),
            "{edges}"
        );
        assert_eq!(edges.matches("\r\n").count(), e.corpus().relations.len() + 1);
    }
}
