//! Reads the curated `overrides.toml` and gives, for a name key, the entry that names one entity with it.
//!
//! Takes the curated overrides file (`overrides.toml`, world knowledge the text cannot give) and
//! gives, for a name key, the entry that names one entity with it.

use std::sync::OnceLock;

use serde::Deserialize;

use super::names::name_key;
use crate::model::EntityKind;

const FILE: &str = include_str!("overrides.toml");

#[derive(Deserialize)]
struct File {
    same: Vec<Same>,
}

/// Names that denote one entity of one kind.
#[derive(Deserialize)]
struct Same {
    kind: String,
    names: Vec<String>,
    why: String,
}

/// One entry: its kind and the name keys of its names.
pub struct Entry {
    pub kind: EntityKind,
    pub keys: Vec<Vec<String>>,
}

fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    file.same
        .into_iter()
        .map(|same| {
            let kind = EntityKind::parse(&same.kind)
                .ok_or_else(|| format!("unknown kind {:?}", same.kind))?;
            if same.why.trim().is_empty() || same.names.len() < 2 {
                return Err(format!("{:?}: an entry needs two names and a reason", same.names));
            }
            let keys = same
                .names
                .iter()
                .map(|n| name_key(&n.split(' ').map(String::from).collect::<Vec<_>>()))
                .collect();
            Ok(Entry { kind, keys })
        })
        .collect()
}

/// The entries of the overrides file (parsed once; the file is part of the build).
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        parse(FILE).unwrap_or_else(|e| panic!("src/compiler/lexicon/overrides.toml: {e}"))
    })
}

/// The index of the entry naming `key` with an entity of kind `kind`, if any.
pub fn entry_of(key: &[String], kind: Option<EntityKind>) -> Option<usize> {
    entries().iter().position(|e| {
        kind.is_none_or(|k| k == e.kind) && e.keys.iter().any(|k| k.as_slice() == key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> Vec<String> {
        name_key(&name.split(' ').map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn the_overrides_file_parses_and_stays_short() {
        assert!(!entries().is_empty() && entries().len() <= 10, "a short curated list");
    }

    #[test]
    fn entries_answer_as_specified() {
        let cases: &[(&str, &str, Option<EntityKind>, bool)] = &[
            ("a renamed city, old name", "Astana", Some(EntityKind::Place), true),
            ("a renamed city, new name", "Nur-Sultan", None, true),
            ("the same name as another kind", "Astana", Some(EntityKind::Person), false),
            ("a name not listed", "Taldyqorgan", None, false),
        ];
        for (name, text, kind, expected) in cases {
            assert_eq!(entry_of(&key(text), *kind).is_some(), *expected, "{name}");
        }
        assert_eq!(
            entry_of(&key("Astana"), None),
            entry_of(&key("Nur-Sultan"), None),
            "one entry for both names"
        );
    }

    #[test]
    fn malformed_entries_are_refused() {
        let cases: &[(&str, &str)] = &[
            ("unknown kind", "[[same]]\nkind = \"planet\"\nnames = [\"A\", \"B\"]\nwhy = \"x\""),
            ("no reason", "[[same]]\nkind = \"place\"\nnames = [\"A\", \"B\"]\nwhy = \" \""),
            ("one name", "[[same]]\nkind = \"place\"\nnames = [\"A\"]\nwhy = \"x\""),
        ];
        for (name, text) in cases {
            assert!(parse(text).is_err(), "{name}");
        }
    }
}
