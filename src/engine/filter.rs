//! The filter every listing shares, parsed from JS options and applied to documents, entities and sentences.
//!
//! It holds outlets, a date range, entity types, entities that must be mentioned, and an entity the
//! result must be related to.

use serde::Deserialize;

use super::{EngineError, Explorer, Result};
use crate::model::{is_date_prefix, EntityKind};

/// Narrows every listing (documents, entities, hits); every field set must hold (they combine with AND).
#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct Filter {
    /// Documents from one of these outlets (exact names, as in `documents()`).
    #[serde(default)]
    #[cfg_attr(test, ts(as = "Option<_>", optional))]
    pub outlets: Vec<String>,
    /// Earliest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Latest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Entity types (`person`, `organization`, `place`, `group`).
    #[serde(default)]
    #[cfg_attr(test, ts(type = "Array<EntityType>", optional))]
    pub types: Vec<String>,
    /// Entity ids that must all be mentioned in the document.
    #[serde(default)]
    #[cfg_attr(test, ts(as = "Option<_>", optional))]
    pub entities: Vec<String>,
    /// An entity id: only entities linked to it (by any relation), only sentences naming one of them.
    pub related: Option<String>,
}

/// A filter checked against the corpus: kinds parsed, entity ids resolved.
pub struct ResolvedFilter<'a> {
    pub filter: &'a Filter,
    pub kinds: Vec<EntityKind>,
    pub entities: Vec<u32>,
    /// With `related` set: for each entity, whether it is linked to the related one.
    pub linked: Option<Vec<bool>>,
}

impl Filter {
    pub fn resolve<'a>(&'a self, explorer: &Explorer) -> Result<ResolvedFilter<'a>> {
        for (field, value) in [("from", &self.from), ("to", &self.to)] {
            if let Some(date) = value {
                if !is_date_prefix(date) {
                    return Err(EngineError::NotADate { field, value: date.clone() });
                }
            }
        }
        let kinds = self
            .types
            .iter()
            .map(|t| {
                EntityKind::parse(t)
                    .ok_or_else(|| EngineError::UnknownEntityType { name: t.clone() })
            })
            .collect::<Result<Vec<_>>>()?;
        let entities =
            self.entities.iter().map(|id| explorer.entity_index(id)).collect::<Result<Vec<_>>>()?;
        let linked = match &self.related {
            None => None,
            Some(id) => {
                let e = explorer.entity_index(id).map_err(|error| EngineError::InOption {
                    option: "filter related",
                    error: error.into(),
                })?;
                let mut linked = vec![false; explorer.corpus.entities.len()];
                for &r in &explorer.entity_relations[e as usize] {
                    linked
                        [Explorer::other_end(&explorer.corpus.relations[r as usize], e) as usize] =
                        true;
                }
                linked[e as usize] = false;
                Some(linked)
            }
        };
        Ok(ResolvedFilter { filter: self, kinds, entities, linked })
    }
}

/// Which parts of a filter to apply (facets leave their own dimension out).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    Nothing,
    Outlet,
    Date,
    Types,
}

impl ResolvedFilter<'_> {
    /// Whether document `doc` passes the outlet, date and entity parts of the filter.
    pub fn accepts_doc(&self, explorer: &Explorer, doc: u32, skip: Skip) -> bool {
        let document = &explorer.corpus.documents[doc as usize];
        let f = self.filter;
        (skip == Skip::Outlet || f.outlets.is_empty() || f.outlets.contains(&document.outlet))
            && (skip == Skip::Date
                || date_in_range(&document.published, f.from.as_deref(), f.to.as_deref()))
            && self
                .entities
                .iter()
                .all(|e| explorer.doc_entities[doc as usize].binary_search(e).is_ok())
    }

    /// Whether a sentence passes the whole filter (types: it mentions an entity of one of the kinds;
    /// related: it mentions an entity linked to the related one).
    pub fn accepts_sentence(&self, explorer: &Explorer, sentence: u32, skip: Skip) -> bool {
        let doc = explorer.corpus.sentences[sentence as usize].doc;
        self.accepts_doc(explorer, doc, skip)
            && (skip == Skip::Types
                || self.kinds.is_empty()
                || self.sentence_has_kind(explorer, sentence))
            && self.linked.as_ref().is_none_or(|linked| {
                explorer.sentence_entities[sentence as usize].iter().any(|&e| linked[e as usize])
            })
    }

    /// Whether an entity passes the type and related parts of the filter.
    pub fn accepts_entity(&self, explorer: &Explorer, e: u32) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&explorer.corpus.entities[e as usize].kind))
            && self.linked.as_ref().is_none_or(|linked| linked[e as usize])
    }

    /// Whether a document names an entity linked to the related one (always true without `related`).
    pub fn doc_names_linked(&self, explorer: &Explorer, doc: u32) -> bool {
        self.linked.as_ref().is_none_or(|linked| {
            explorer.doc_entities[doc as usize].iter().any(|&e| linked[e as usize])
        })
    }

    fn sentence_has_kind(&self, explorer: &Explorer, sentence: u32) -> bool {
        explorer.sentence_entities[sentence as usize]
            .iter()
            .any(|&e| self.kinds.contains(&explorer.corpus.entities[e as usize].kind))
    }
}

/// Whether `published` (a date prefix) overlaps the inclusive range [from, to] (date prefixes too).
pub fn date_in_range(published: &str, from: Option<&str>, to: Option<&str>) -> bool {
    // Compare on the common precision: "2021-03" is within "2021" and before "2021-04-02".
    let common = |a: &str, b: &str| {
        let n = a.len().min(b.len());
        (a[..n].to_string(), b[..n].to_string())
    };
    from.is_none_or(|from| {
        let (p, f) = common(published, from);
        p >= f
    }) && to.is_none_or(|to| {
        let (p, t) = common(published, to);
        p <= t
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const RANGES: &[(&str, &str, Option<&str>, Option<&str>, bool)] = &[
        ("no bounds", "2021-03", None, None, true),
        ("same year", "2021-03", Some("2021"), Some("2021"), true),
        ("before from", "2018-06", Some("2019"), None, false),
        ("after to", "2022-09-14", None, Some("2022-08"), false),
        ("month inside a day range", "2021-12", Some("2021-12-01"), Some("2021-12-31"), true),
        ("day at the upper bound", "2022-09-14", None, Some("2022-09-14"), true),
    ];

    #[test]
    fn date_ranges_compare_at_the_common_precision() {
        for (name, published, from, to, expected) in RANGES {
            assert_eq!(date_in_range(published, *from, *to), *expected, "{name}");
        }
    }
}
