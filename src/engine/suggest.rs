//! Suggestions for the search box: entities whose names begin with the typed words (any spelling), then index terms.

use super::entities::name_keys;
use super::order;
use super::views::Suggestion;
use super::{EngineError, Explorer, Result};
use crate::text::fold;

pub const DEFAULT_SUGGESTIONS: u32 = 8;
pub const MAX_SUGGESTIONS: u32 = 50;

impl Explorer {
    pub fn suggest(&self, prefix: &str, limit: Option<u32>) -> Result<Vec<Suggestion>> {
        let limit = limit.unwrap_or(DEFAULT_SUGGESTIONS);
        if limit == 0 || limit > MAX_SUGGESTIONS {
            return Err(EngineError::CountOutOfRange {
                option: "limit",
                most: MAX_SUGGESTIONS,
                got: limit,
            });
        }
        let prefix: String = prefix.chars().take(super::query::MAX_QUERY_CHARS).collect();
        let keys = name_keys(&prefix);
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let mut entities: Vec<(u32, u32)> = (0..self.corpus.entities.len() as u32)
            .filter(|&e| {
                self.entity_matches(e, &keys)
                    || keys.len() == 1 && keys[0].len() < 3 && self.name_starts_with(e, &keys[0])
            })
            .map(|e| (e, self.corpus.entities[e as usize].mentions.len() as u32))
            .collect();
        order::sort_by(&mut entities, |a, b| {
            b.1.cmp(&a.1).then_with(|| {
                self.corpus.entities[a.0 as usize]
                    .name
                    .cmp(&self.corpus.entities[b.0 as usize].name)
            })
        });
        let mut out: Vec<Suggestion> = entities
            .into_iter()
            .take(limit as usize)
            .map(|(e, _)| {
                let summary = self.entity_summary(e, None);
                Suggestion::Entity {
                    id: summary.id,
                    label: summary.name,
                    kind: summary.kind,
                    documents: summary.documents,
                }
            })
            .collect();
        // Terms continuing the last word.
        let last = prefix.split_whitespace().last().map(fold).unwrap_or_default();
        if !last.is_empty() && out.len() < limit as usize {
            let terms = &self.corpus.index.terms;
            let first = terms.partition_point(|t| t.text.as_str() < last.as_str());
            let mut continuing: Vec<(&str, u32)> = terms[first..]
                .iter()
                .take_while(|t| t.text.starts_with(last.as_str()))
                .map(|t| (t.text.as_str(), t.postings.len() as u32))
                .collect();
            order::sort_by(&mut continuing, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let room = limit as usize - out.len();
            out.extend(
                continuing
                    .into_iter()
                    .take(room)
                    .map(|(label, count)| Suggestion::Term { label: label.to_string(), count }),
            );
        }
        Ok(out)
    }

    /// Whether the first word of the entity's name begins with `key` (for one- and two-letter prefixes).
    fn name_starts_with(&self, e: u32, key: &str) -> bool {
        name_keys(&self.corpus.entities[e as usize].name)
            .first()
            .is_some_and(|k| k.starts_with(key))
    }
}
