//! The steps of a search in order: parse, match clauses, expand aliases, exclude, boost, facets, group by document, notice, entities, quotes.
//!
//! Each step is one function over the sentences matched so far (a [`Scored`] list) with its own table
//! test; [`Explorer::search`] runs them one after the other.

use super::{
    SearchOptions, ALIAS_SCORE, DEFAULT_LIMIT, ENTITY_BOOST, MATCHING_ENTITIES, MAX_LIMIT,
    MAX_OFFSET, TITLE_BOOST,
};
use crate::engine::filter::{ResolvedFilter, Skip};
use crate::engine::order;
use crate::engine::query::{self, Clause, Query};
use crate::engine::scored::{add_missing, intersect, top, Scored};
use crate::engine::views::{EntitySummary, Facets, SearchResult};
use crate::engine::{EngineError, Explorer, Result};
use crate::text::{fold, tokens, translit_key};

/// The hits asked for: `limit` of them after the first `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Page {
    pub offset: u32,
    pub limit: u32,
}

/// Parse: the page asked for (an error when out of range) and the query read.
pub(super) fn parse(raw: &str, options: &SearchOptions) -> Result<(Page, Query)> {
    let limit = options.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(EngineError::CountOutOfRange { option: "limit", most: MAX_LIMIT, got: limit });
    }
    let offset = options.offset.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(EngineError::OffsetTooLarge { most: MAX_OFFSET, got: offset });
    }
    Ok((Page { offset, limit }, query::parse(raw)))
}

/// The answer to a query without a word to search: no hits and a notice saying so.
pub(super) fn nothing_typed(raw: &str, mut notices: Vec<String>) -> SearchResult {
    notices.push("type a word to search".into());
    SearchResult {
        query: raw.to_string(),
        total: 0,
        hits: Vec::new(),
        facets: Facets::default(),
        entities: Vec::new(),
        quotes: Vec::new(),
        suggestion: None,
        notice: Some(notices.join("; ")),
    }
}

impl Explorer {
    /// Match clauses: the sentences matching every clause (AND, scores added), and the index terms the
    /// words matched (for highlights).
    pub(super) fn match_clauses(&self, clauses: &[Clause]) -> (Scored, Vec<u32>) {
        let mut terms: Vec<u32> = Vec::new();
        let mut matched: Option<Scored> = None;
        for clause in clauses {
            let hits = self.clause_hits(clause, &mut terms);
            matched = Some(match matched {
                None => hits,
                Some(previous) => intersect(&previous, &hits),
            });
        }
        (matched.unwrap_or_default(), terms)
    }

    /// Expand aliases: a query that is a name finds the entity's mentions under every alias
    /// (`Nur-Sultan` finds `Astana`), and marks the other names in them; names that hold a typed word
    /// mark that word only. Unnamed relatives (`[sons of X]`) are described, not named, so their
    /// mentions are not the name's.
    pub(super) fn expand_aliases(
        &self,
        clauses: &[Clause],
        matched: Scored,
        terms: &mut Vec<u32>,
    ) -> Scored {
        let all_keys: Vec<String> =
            clauses.iter().flat_map(|c| c.words.iter().map(|w| translit_key(w))).collect();
        let name_entities: Vec<u32> = self
            .entities_named(&all_keys)
            .into_iter()
            .filter(|&e| !self.corpus.entities[e as usize].is_unnamed())
            .collect();
        if name_entities.is_empty() {
            return matched;
        }
        let mut sentences: Vec<u32> = name_entities
            .iter()
            .flat_map(|&e| self.corpus.entities[e as usize].mentions.iter().map(|m| m.sentence))
            .collect();
        order::sort(&mut sentences);
        sentences.dedup();
        for &e in &name_entities {
            let entity = &self.corpus.entities[e as usize];
            for (name, keys) in std::iter::once(&entity.name)
                .chain(&entity.aliases)
                .zip(&self.entity_keys[e as usize])
            {
                if !keys.iter().any(|k| all_keys.contains(k)) {
                    terms.extend(tokens(name).filter_map(|t| self.term(&fold(t.text))));
                }
            }
        }
        add_missing(matched, &sentences, ALIAS_SCORE)
    }

    /// Exclude: drops the sentences holding an excluded word (in any spelling it expands to).
    pub(super) fn exclude(&self, excluded: &[String], matched: &mut Scored) {
        if excluded.is_empty() {
            return;
        }
        let mut sentences: Vec<u32> = excluded
            .iter()
            .flat_map(|w| self.expand(w, false))
            .flat_map(|e| {
                self.corpus.index.terms[e.term as usize].postings.iter().map(|p| p.sentence)
            })
            .collect();
        order::sort(&mut sentences);
        sentences.dedup();
        matched.retain(|(s, _)| sentences.binary_search(s).is_err());
    }

    /// The entities the query names (any of its clauses), sorted: their passages rank higher and they
    /// are listed with the results.
    pub(super) fn named_entities(&self, clauses: &[Clause]) -> Vec<u32> {
        let mut named: Vec<u32> = clauses
            .iter()
            .flat_map(|c| {
                self.entities_named(&c.words.iter().map(|w| translit_key(w)).collect::<Vec<_>>())
            })
            .collect();
        order::sort(&mut named);
        named.dedup();
        named
    }

    /// Boost: a passage naming an entity of `named` scores ×[`ENTITY_BOOST`], a passage of a document
    /// whose title holds one of `terms` (sorted) ×[`TITLE_BOOST`].
    pub(super) fn boost(&self, matched: &mut Scored, named: &[u32], terms: &[u32]) {
        let title_match: Vec<bool> = self
            .title_terms
            .iter()
            .map(|title| title.iter().any(|t| terms.binary_search(t).is_ok()))
            .collect();
        for (sentence, score) in matched.iter_mut() {
            if self.sentence_entities[*sentence as usize].iter().any(|&e| {
                !self.corpus.entities[e as usize].is_unnamed() && named.binary_search(&e).is_ok()
            }) {
                *score *= ENTITY_BOOST;
            }
            if title_match[self.corpus.sentences[*sentence as usize].doc as usize] {
                *score *= TITLE_BOOST;
            }
        }
    }

    /// Facets: the counts of the matched passages (each facet with the other filters applied), then the
    /// passages the filter accepts.
    pub(super) fn facets_then_filter(
        &self,
        mut matched: Scored,
        resolved: &ResolvedFilter,
    ) -> (Facets, Scored) {
        let facets = self.facets(matched.iter().map(|&(s, _)| s), resolved);
        matched.retain(|&(s, _)| resolved.accepts_sentence(self, s, Skip::Nothing));
        (facets, matched)
    }

    /// Group by document: the page of hits, documents ordered by their best passage, passages by score
    /// within each (ties: document, then sentence order).
    pub(super) fn group_by_document(&self, matched: &Scored, page: &Page) -> Scored {
        let doc_of = |s: u32| self.corpus.sentences[s as usize].doc as usize;
        let mut best = vec![f32::NEG_INFINITY; self.corpus.documents.len()];
        for &(s, score) in matched {
            best[doc_of(s)] = best[doc_of(s)].max(score);
        }
        let before = |a: &(u32, f32), b: &(u32, f32)| {
            let (da, db) = (doc_of(a.0), doc_of(b.0));
            best[db]
                .total_cmp(&best[da])
                .then(da.cmp(&db))
                .then(b.1.total_cmp(&a.1))
                .then(a.0.cmp(&b.0))
                .is_lt()
        };
        let shown = top(matched, (page.offset + page.limit) as usize, before);
        shown.into_iter().skip(page.offset as usize).collect()
    }

    /// Notice: the nearest spelling when nothing matched, and the notices joined. Only the part of the
    /// query that was read (see [`query::MAX_QUERY_CHARS`]) is echoed or corrected.
    pub(super) fn notice(
        &self,
        raw: &str,
        mut notices: Vec<String>,
        total: u32,
    ) -> (Option<String>, Option<String>) {
        let mut suggestion = None;
        if total == 0 {
            let read: String = raw.trim().chars().take(query::MAX_QUERY_CHARS).collect();
            suggestion = self.nearest_spelling(&read);
            match &suggestion {
                Some(spelling) => notices.push(format!(
                    "no passage matches {read:?} with these filters; did you mean {spelling:?}?"
                )),
                None => notices.push(format!("no passage matches {read:?} with these filters")),
            }
        }
        (suggestion, (!notices.is_empty()).then(|| notices.join("; ")))
    }

    /// Entities: the named entities the filter accepts that are mentioned in its documents, most
    /// mentioned first, at most [`MATCHING_ENTITIES`].
    pub(super) fn listed_entities(
        &self,
        named: Vec<u32>,
        resolved: &ResolvedFilter,
    ) -> Vec<EntitySummary> {
        let docs: Vec<bool> = (0..self.corpus.documents.len() as u32)
            .map(|d| resolved.accepts_doc(self, d, Skip::Nothing))
            .collect();
        let mut entities: Vec<_> = named
            .into_iter()
            .filter(|&e| resolved.accepts_entity(self, e))
            .map(|e| self.entity_summary(e, Some(&docs)))
            .filter(|s| s.mentions > 0)
            .collect();
        order::sort_by(&mut entities, |a, b| {
            b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name))
        });
        entities.truncate(MATCHING_ENTITIES);
        entities
    }
}

#[cfg(test)]
mod tests;
