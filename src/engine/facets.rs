//! Facet counts for a search: matched passages per outlet, year and entity type, each counted with the other filters applied.

use super::filter::{ResolvedFilter, Skip};
use super::order;
use super::views::{FacetValue, Facets};
use super::Explorer;
use crate::model::EntityKind;

const KINDS: [EntityKind; 4] =
    [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Group];

impl Explorer {
    /// Counts over `sentences` (sorted, unique); per document first, so the work per passage is a few array updates.
    pub(super) fn facets(
        &self,
        sentences: impl Iterator<Item = u32>,
        resolved: &ResolvedFilter,
    ) -> Facets {
        let documents = self.corpus.documents.len();
        // Whether each document passes the filter with one dimension left out.
        let passes = |skip: Skip| {
            (0..documents as u32)
                .map(|d| resolved.accepts_doc(self, d, skip))
                .collect::<Vec<bool>>()
        };
        let (by_outlet, by_date, by_types) =
            (passes(Skip::Outlet), passes(Skip::Date), passes(Skip::Types));
        let sentence_level = !resolved.kinds.is_empty() || resolved.linked.is_some();
        let (mut outlet, mut year) = (vec![0u32; documents], vec![0u32; documents]);
        let mut kind = [0u32; 4];
        for s in sentences {
            let doc = self.corpus.sentences[s as usize].doc as usize;
            let accepts = |skip: Skip, doc_passes: bool| {
                doc_passes && (!sentence_level || resolved.accepts_sentence(self, s, skip))
            };
            if accepts(Skip::Outlet, by_outlet[doc]) {
                outlet[doc] += 1;
            }
            if accepts(Skip::Date, by_date[doc]) {
                year[doc] += 1;
            }
            if accepts(Skip::Types, by_types[doc]) {
                let mask = self.sentence_kinds[s as usize];
                for (k, count) in kind.iter_mut().enumerate() {
                    *count += u32::from(mask & (1 << k) != 0);
                }
            }
        }
        let mut outlets: Vec<FacetValue> = Vec::new();
        let mut years: Vec<FacetValue> = Vec::new();
        for (d, document) in self.corpus.documents.iter().enumerate() {
            add(&mut outlets, &document.outlet, outlet[d]);
            add(&mut years, document.published.get(..4).unwrap_or(&document.published), year[d]);
        }
        let kinds = KINDS
            .iter()
            .zip(kind)
            .filter(|(_, n)| *n > 0)
            .map(|(k, count)| FacetValue { value: k.as_str().to_string(), count })
            .collect();
        Facets { outlet: ranked(outlets), year: ranked(years), kind: ranked(kinds) }
    }
}

/// Adds `count` to the value's entry (created when the count is not zero).
fn add(values: &mut Vec<FacetValue>, value: &str, count: u32) {
    if count == 0 {
        return;
    }
    match values.iter_mut().find(|v| v.value == value) {
        Some(entry) => entry.count += count,
        None => values.push(FacetValue { value: value.to_string(), count }),
    }
}

/// Most passages first, then by value.
fn ranked(mut values: Vec<FacetValue>) -> Vec<FacetValue> {
    order::sort_by(&mut values, |a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values
}

/// The bit of an entity kind in a sentence's kind mask.
pub fn kind_bit(kind: EntityKind) -> u8 {
    1 << KINDS.iter().position(|&k| k == kind).unwrap_or(0)
}
