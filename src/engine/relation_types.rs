//! Takes the `types` option of neighbors, path and graph and gives the set of relation kinds to follow.
//!
//! The option names relation types (`spouse-of`) and families (`family`).

use super::order;
use super::{EngineError, Result};
use crate::model::RelationKind;

/// Relation families, in the order the page lists them.
pub const FAMILIES: [&str; 7] =
    ["family", "affiliation", "office", "interaction", "support", "statement", "co-mention"];

/// The relation kinds a `types` option names; empty means every kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelationTypes {
    kinds: Vec<RelationKind>,
}

impl RelationTypes {
    /// Reads type and family names; an unknown name is an error listing the known ones.
    pub fn parse(names: &[String]) -> Result<RelationTypes> {
        let mut kinds = Vec::new();
        for name in names {
            let named: Vec<RelationKind> = match RelationKind::parse(name) {
                Some(kind) => vec![kind],
                None if FAMILIES.contains(&name.as_str()) => {
                    RelationKind::ALL.into_iter().filter(|k| k.family() == name).collect()
                }
                None => return Err(EngineError::UnknownRelationType { name: name.clone() }),
            };
            kinds.extend(named);
        }
        order::sort(&mut kinds);
        kinds.dedup();
        Ok(RelationTypes { kinds })
    }

    pub fn contains(&self, kind: RelationKind) -> bool {
        self.kinds.is_empty() || self.kinds.binary_search(&kind).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RelationKind::*;

    #[test]
    fn types_and_families_name_relation_kinds() {
        let cases: &[(&str, &[&str], &[RelationKind], &[RelationKind])] = &[
            ("nothing named follows everything", &[], &[CoMention, SpouseOf, Reported], &[]),
            ("a type names itself", &["spouse-of"], &[SpouseOf], &[ParentOf, CoMention]),
            (
                "a family names its types",
                &["family"],
                &[SpouseOf, ParentOf, ChildOf, SiblingOf, RelativeOf],
                &[HeadOf, CoMention],
            ),
            ("co-mention is a type and a family", &["co-mention"], &[CoMention], &[MetWith]),
            (
                "types and families mix",
                &["office", "warned"],
                &[AmbassadorTo, MinisterOf, PartySecretaryOf, Warned],
                &[MetWith],
            ),
        ];
        for (name, names, inside, outside) in cases {
            let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            let types = RelationTypes::parse(&names).unwrap();
            for kind in *inside {
                assert!(types.contains(*kind), "{name}: {kind:?} should be followed");
            }
            for kind in *outside {
                assert!(!types.contains(*kind), "{name}: {kind:?} should not be followed");
            }
        }
    }

    #[test]
    fn every_kind_belongs_to_a_known_family() {
        for kind in RelationKind::ALL {
            assert!(FAMILIES.contains(&kind.family()), "{kind:?}");
        }
    }

    #[test]
    fn an_unknown_name_lists_the_known_ones() {
        let error = RelationTypes::parse(&["friend-of".to_string()]).unwrap_err();
        assert_eq!(error, EngineError::UnknownRelationType { name: "friend-of".into() });
        let message = error.to_string();
        assert!(
            message.contains("\"friend-of\"")
                && message.contains("families: family, affiliation")
                && message.contains("spouse-of"),
            "{message}"
        );
    }
}
