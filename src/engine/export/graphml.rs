//! Writes the whole knowledge graph as GraphML, which opens in Gephi, yEd and NetworkX.
//!
//! Entities are nodes with name, type and counts; relations are edges with type, family, direction, tense and
//! evidence count.

use crate::engine::Explorer;

/// `<key>` declarations: (id, for, attr.name, attr.type). Gephi shows `label` as the node label and uses `weight`.
const KEYS: [(&str, &str, &str, &str); 11] = [
    ("label", "node", "label", "string"),
    ("name", "node", "name", "string"),
    ("type", "node", "type", "string"),
    ("mentions", "node", "mentions", "int"),
    ("documents", "node", "documents", "int"),
    ("aliases", "node", "aliases", "string"),
    ("relation", "edge", "relation", "string"),
    ("family", "edge", "family", "string"),
    ("former", "edge", "former", "boolean"),
    ("evidence", "edge", "evidence", "int"),
    ("weight", "edge", "weight", "double"),
];

/// Appends `text` escaped for XML content and attribute values; characters XML 1.0 forbids are left out.
pub fn xml_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

fn data(out: &mut String, key: &str, value: &str) {
    out.push_str("<data key=\"");
    out.push_str(key);
    out.push_str("\">");
    xml_text(out, value);
    out.push_str("</data>");
}

impl Explorer {
    pub(super) fn export_graphml(&self) -> String {
        let corpus = &self.corpus;
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        for (id, domain, name, kind) in KEYS {
            out.push_str(&format!(
                "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>\n"
            ));
        }
        out.push_str("  <graph id=\"corpus\" edgedefault=\"undirected\">\n");
        for (e, entity) in corpus.entities.iter().enumerate() {
            let summary = self.entity_summary(e as u32, None);
            out.push_str("    <node id=\"");
            xml_text(&mut out, &entity.id);
            out.push_str("\">");
            data(&mut out, "label", &entity.name);
            data(&mut out, "name", &entity.name);
            data(&mut out, "type", entity.kind.as_str());
            data(&mut out, "mentions", &summary.mentions.to_string());
            data(&mut out, "documents", &summary.documents.to_string());
            data(&mut out, "aliases", &entity.aliases.join("; "));
            out.push_str("</node>\n");
        }
        for (i, relation) in corpus.relations.iter().enumerate() {
            out.push_str(&format!("    <edge id=\"e{i}\" source=\""));
            xml_text(&mut out, &corpus.entities[relation.source as usize].id);
            out.push_str("\" target=\"");
            xml_text(&mut out, &corpus.entities[relation.target as usize].id);
            out.push_str(if relation.kind.is_directed() {
                "\" directed=\"true\">"
            } else {
                "\" directed=\"false\">"
            });
            data(&mut out, "relation", relation.kind.as_str());
            data(&mut out, "family", relation.kind.family());
            data(&mut out, "former", if relation.former { "true" } else { "false" });
            data(&mut out, "evidence", &relation.evidence.len().to_string());
            data(&mut out, "weight", &relation.evidence.len().to_string());
            out.push_str("</edge>\n");
        }
        out.push_str("  </graph>\n</graphml>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;

    #[test]
    fn xml_text_is_escaped() {
        let cases: &[(&str, &str, &str)] = &[
            ("plain", "Almaty", "Almaty"),
            ("markup", "<a href=\"x\">&'", "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"),
            ("forbidden control characters dropped", "a\u{1}b\u{ffff}", "ab"),
            ("non-ASCII kept", "Beijing’s Ürümqi", "Beijing’s Ürümqi"),
        ];
        for (name, input, expected) in cases {
            let mut out = String::new();
            xml_text(&mut out, input);
            assert_eq!(out, *expected, "{name}");
        }
    }

    #[test]
    fn graphml_declares_its_keys_and_lists_nodes_and_edges() {
        let e = fixture::story();
        let xml = e.export("graphml").unwrap();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""), "{xml}");
        for key in [
            "<key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>",
            "<key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"int\"/>",
        ] {
            assert!(xml.contains(key), "{key}");
        }
        assert!(xml.contains("<node id=\"steppe-watch\"><data key=\"label\">Steppe Watch</data><data key=\"name\">Steppe Watch</data><data key=\"type\">organization</data><data key=\"mentions\">3</data>"), "{xml}");
        assert!(xml.contains("source=\"dana-omarova\" target=\"steppe-watch\" directed=\"true\"><data key=\"relation\">head-of</data><data key=\"family\">affiliation</data><data key=\"former\">false</data><data key=\"evidence\">1</data>"), "{xml}");
        assert_eq!(xml.matches("<node ").count(), e.corpus().entities.len());
        assert_eq!(xml.matches("<edge ").count(), e.corpus().relations.len());
        assert!(xml.ends_with("</graph>\n</graphml>\n"));
    }
}
