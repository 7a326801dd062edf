//! Entity listings and profiles: names, aliases, counts, every mention in its sentence, and links.

use serde::Deserialize;

use super::filter::{Filter, Skip};
use super::order;
use super::views::{EntitySummary, EntityView, MentionView, RoleView};
use super::QuoteOptions;
use super::{Explorer, Result};
use crate::text::{fold, tokens, translit_key};

/// `entities(filter)`: the shared filter plus a name query and paging.
#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct EntityFilter {
    #[serde(flatten)]
    pub filter: Filter,
    pub query: Option<String>,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// Folded transliteration keys of a name's words.
pub(super) fn name_keys(name: &str) -> Vec<String> {
    tokens(name).map(|t| translit_key(&fold(t.text))).collect()
}

impl Explorer {
    /// Summary of entity `e` counting only mentions in documents the filter accepts (`None`: all).
    pub(super) fn entity_summary(&self, e: u32, docs: Option<&[bool]>) -> EntitySummary {
        let entity = &self.corpus.entities[e as usize];
        let accepted = |doc: u32| docs.is_none_or(|docs| docs[doc as usize]);
        let mentions = entity.mentions.iter().filter(|m| accepted(m.doc)).count() as u32;
        let mut doc_ids: Vec<u32> =
            entity.mentions.iter().map(|m| m.doc).filter(|&d| accepted(d)).collect();
        doc_ids.dedup();
        EntitySummary {
            id: entity.id.clone(),
            name: entity.name.clone(),
            kind: entity.kind.as_str(),
            unnamed: entity.is_unnamed(),
            aliases: entity.aliases.clone(),
            mentions,
            documents: doc_ids.len() as u32,
        }
    }

    /// Whether every word of `query` is a word of the entity's name or an alias, or (from three letters on) begins one, spelling-folded.
    pub(super) fn entity_matches(&self, e: u32, query_keys: &[String]) -> bool {
        self.entity_keys[e as usize].iter().any(|keys| {
            !query_keys.is_empty()
                && query_keys.iter().all(|q| {
                    keys.iter().any(|k| k == q || (q.len() >= 3 && k.starts_with(q.as_str())))
                })
        })
    }

    /// Entities with at least one mention in an accepted document, by mentions (then name).
    pub fn entities(&self, options: &EntityFilter) -> Result<Vec<EntitySummary>> {
        let resolved = options.filter.resolve(self)?;
        let docs: Vec<bool> = (0..self.corpus.documents.len() as u32)
            .map(|d| resolved.accepts_doc(self, d, Skip::Nothing))
            .collect();
        let query_keys = options.query.as_deref().map(name_keys).unwrap_or_default();
        let mut list: Vec<EntitySummary> = (0..self.corpus.entities.len() as u32)
            .filter(|&e| resolved.accepts_entity(self, e))
            .filter(|&e| options.query.is_none() || self.entity_matches(e, &query_keys))
            .map(|e| self.entity_summary(e, Some(&docs)))
            .filter(|s| s.mentions > 0)
            .collect();
        order::sort_by(&mut list, |a, b| {
            b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name))
        });
        let offset = options.offset.unwrap_or(0) as usize;
        let limit = options.limit.unwrap_or(u32::MAX) as usize;
        Ok(list.into_iter().skip(offset).take(limit).collect())
    }

    /// The profile of one entity: every mention in its sentence, and its links.
    pub fn entity(&self, id: &str) -> Result<EntityView> {
        let e = self.entity_index(id)?;
        let entity = &self.corpus.entities[e as usize];
        let summary = self.entity_summary(e, None);
        let title = |doc: u32| self.corpus.documents[doc as usize].title.clone();
        let doc_id = |doc: u32| self.corpus.documents[doc as usize].id.clone();
        let mentions = entity
            .mentions
            .iter()
            .map(|m| MentionView {
                doc: doc_id(m.doc),
                title: title(m.doc),
                start: m.start,
                end: m.end,
                sentence: self.sentence_view(m.sentence),
            })
            .collect();
        let roles = entity
            .roles
            .iter()
            .map(|r| RoleView {
                text: r.text.clone(),
                doc: doc_id(r.doc),
                title: title(r.doc),
                start: r.start,
                end: r.end,
                sentence: self.sentence_view(r.sentence),
            })
            .collect();
        let relations = self.neighbors(id, &Default::default())?;
        let quotes =
            self.quotes(&Filter::default(), &QuoteOptions { entity: Some(id.to_string()) })?;
        Ok(EntityView {
            id: summary.id,
            name: summary.name,
            kind: summary.kind,
            unnamed: summary.unnamed,
            aliases: summary.aliases,
            mention_count: summary.mentions,
            documents: summary.documents,
            mentions,
            roles,
            relations,
            quotes,
        })
    }
}
