//! The gold file of one fixture corpus: entities, merges, look-alikes, relations, traps and chrome lines.
//!
//! One `gold.toml` per fixture directory, written by a careful reader before the extractor ran:
//! `[[entity]]` (name, type, forms), `[[merge]]` / `[[apart]]` (a, b), `[[relation]]` (source,
//! target, type, doc, evidence, former), `[[trap]]` (a relation the text does not state) and
//! `[[chrome]]` (the first words of each line between the story's begin and end that is not
//! article text).

use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    #[serde(default)]
    pub entity: Vec<Entity>,
    #[serde(default)]
    pub merge: Vec<Pair>,
    #[serde(default)]
    pub apart: Vec<Pair>,
    #[serde(default)]
    pub relation: Vec<Relation>,
    #[serde(default)]
    pub trap: Vec<Relation>,
    #[serde(default)]
    pub chrome: Vec<ChromeLine>,
    /// Dated events, in tests/gold/seed-relations.toml's format; not scored for fixtures yet.
    #[serde(default)]
    #[allow(dead_code)]
    pub event: Vec<toml::Value>,
    /// Figures (value, subject, evidence) and quotes (speaker, opening words); not scored yet.
    #[serde(default)]
    #[allow(dead_code)]
    pub figure: Vec<toml::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    pub quote: Vec<toml::Value>,
}

#[derive(Deserialize)]
pub struct Entity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub forms: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)] // for the reader of the gold file
    pub docs: Vec<String>,
}

#[derive(Deserialize)]
pub struct Pair {
    pub a: String,
    pub b: String,
    #[serde(default)]
    #[allow(dead_code)] // for the reader of the gold file
    pub why: String,
}

#[derive(Deserialize, Clone)]
pub struct Relation {
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub doc: String,
    #[serde(default)]
    pub evidence: String,
    /// The text states the role is past ("former employee of", "ex-head").
    #[serde(default)]
    pub former: bool,
    #[serde(default)]
    pub why: String,
}

#[derive(Deserialize)]
pub struct ChromeLine {
    pub line: String,
    /// Which of the span's lines starting with `line` is chrome (1-based), where copies are identical.
    #[serde(default)]
    pub occurrence: Option<usize>,
    #[serde(default)]
    #[allow(dead_code)] // for the reader of the gold file
    pub why: String,
}

impl Gold {
    pub fn read(file: &Path) -> Gold {
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("{}: cannot read: {e}", file.display()));
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    }

    /// The gold forms of the entity named `name` (its name included), if the gold lists it.
    pub fn forms(&self, name: &str) -> Option<Vec<&str>> {
        let entity = self.entity.iter().find(|e| e.name == name)?;
        Some(
            std::iter::once(entity.name.as_str())
                .chain(entity.forms.iter().map(String::as_str))
                .collect(),
        )
    }
}
