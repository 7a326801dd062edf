//! Passage search: BM25 over sentences with expanded query words, hits grouped by document with facets and highlights.
//!
//! Query words are expanded (see [`super::expand`]); phrases, exclusions, names found under every alias,
//! title and name boosts, filters and a nearest-spelling suggestion follow, step by step (see `steps`).

mod steps;

use serde::Deserialize;

use super::filter::Filter;
use super::order;
use super::query::Clause;
use super::scored::{best_per_sentence, Scored};
use super::views::{Hit, SearchResult};
use super::{Explorer, Result};
use crate::model::{Posting, Term};
use crate::text::{fold, tokens, utf16_len};

pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 100;
/// Most offset + limit a page may reach.
pub const MAX_OFFSET: u32 = 10_000;
const MATCHING_ENTITIES: usize = 10;
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Score factors for a passage naming an entity the query names, and for a document whose title has a query word.
const ENTITY_BOOST: f32 = 1.5;
const TITLE_BOOST: f32 = 1.25;
/// Score of a passage found only because it names the entity the query names, under another alias.
const ALIAS_SCORE: f32 = 1.0;

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct SearchOptions {
    #[serde(flatten)]
    pub filter: Filter,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

impl Explorer {
    fn bm25(&self, term: &Term, posting: &Posting) -> f32 {
        let n = self.corpus.sentences.len() as f32;
        let df = term.postings.len() as f32;
        let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        let tf = posting.positions.len() as f32;
        let length = self.corpus.sentences[posting.sentence as usize].token_count as f32;
        let average = self.corpus.index.average_sentence_tokens.max(1.0);
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / average))
    }

    /// Sentences matching one clause with their scores; the index terms it matched are added to `terms`.
    fn clause_hits(&self, clause: &Clause, terms: &mut Vec<u32>) -> Scored {
        let index = &self.corpus.index;
        let mut pairs: Vec<(u32, f32)> = Vec::new();
        if clause.words.len() == 1 {
            for e in self.expand(&clause.words[0], clause.prefix) {
                let term = &index.terms[e.term as usize];
                terms.push(e.term);
                pairs.extend(
                    term.postings
                        .iter()
                        .map(|posting| (posting.sentence, e.weight * self.bm25(term, posting))),
                );
            }
            return best_per_sentence(pairs);
        }
        // A phrase: exact words at consecutive positions (the last may be a prefix while typing).
        let last = clause.words.len() - 1;
        let expansions: Vec<Vec<u32>> = clause
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last && clause.prefix {
                    self.expand(w, true).iter().map(|e| e.term).collect()
                } else {
                    self.term(w).into_iter().collect()
                }
            })
            .collect();
        if expansions.iter().any(Vec::is_empty) {
            return Vec::new();
        }
        terms.extend(expansions.iter().flatten());
        let posting_of = |term: u32, sentence: u32| {
            let postings = &index.terms[term as usize].postings;
            postings.binary_search_by_key(&sentence, |p| p.sentence).ok().map(|i| &postings[i])
        };
        let first_term = &index.terms[expansions[0][0] as usize];
        for posting in &first_term.postings {
            let at = |k: usize, position: u16| {
                expansions[k].iter().any(|&t| {
                    posting_of(t, posting.sentence).is_some_and(|p| p.positions.contains(&position))
                })
            };
            if posting
                .positions
                .iter()
                .any(|&p| (1..clause.words.len()).all(|k| at(k, p.saturating_add(k as u16))))
            {
                let score: f32 = expansions
                    .iter()
                    .filter_map(|terms| {
                        posting_of(terms[0], posting.sentence)
                            .map(|p| self.bm25(&index.terms[terms[0] as usize], p))
                    })
                    .sum();
                pairs.push((posting.sentence, score));
            }
        }
        best_per_sentence(pairs)
    }

    /// Entities one of whose names holds every key (a word's key, or from three letters its beginning); sorted.
    fn entities_named(&self, keys: &[String]) -> Vec<u32> {
        let Some(first) = keys.first() else { return Vec::new() };
        let index = &self.entity_key_index;
        let from = index.partition_point(|(k, _)| k.as_str() < first.as_str());
        let mut found: Vec<u32> = index[from..]
            .iter()
            .take_while(|(k, _)| k == first || (first.len() >= 3 && k.starts_with(first.as_str())))
            .map(|&(_, e)| e)
            .filter(|&e| self.entity_matches(e, keys))
            .collect();
        order::sort(&mut found);
        found.dedup();
        found
    }

    /// Runs a query; see `docs/js-api.md` for the result's shape. Each step is a function of `steps`.
    pub fn search(&self, raw: &str, options: &SearchOptions) -> Result<SearchResult> {
        let (page, query) = steps::parse(raw, options)?;
        let resolved = options.filter.resolve(self)?;
        if query.clauses.is_empty() {
            return Ok(steps::nothing_typed(raw, query.notices));
        }
        let (matched, mut terms) = self.match_clauses(&query.clauses);
        let mut matched = self.expand_aliases(&query.clauses, matched, &mut terms);
        self.exclude(&query.excluded, &mut matched);
        order::sort(&mut terms);
        terms.dedup();
        let named = self.named_entities(&query.clauses);
        self.boost(&mut matched, &named, &terms);
        let (facets, matched) = self.facets_then_filter(matched, &resolved);
        let total = matched.len() as u32;
        let shown = self.group_by_document(&matched, &page);
        let (suggestion, notice) = self.notice(raw, query.notices.clone(), total);
        let typed: Vec<&str> =
            query.clauses.iter().flat_map(|c| c.words.iter().map(String::as_str)).collect();
        let hits = shown.into_iter().map(|(s, score)| self.hit(s, score, &terms, &typed)).collect();
        let entities = self.listed_entities(named, &resolved);
        let sentences: Vec<u32> = matched.iter().map(|&(s, _)| s).collect();
        let quotes = self.matching_quotes(&query, &sentences);
        Ok(SearchResult {
            query: raw.to_string(),
            total,
            hits,
            facets,
            entities,
            quotes,
            suggestion,
            notice,
        })
    }

    /// A hit: the sentence with every occurrence of the `marked` terms marked (their positions come from
    /// the index, so the sentence is not folded again), and the spellings that were not typed.
    fn hit(&self, sentence: u32, score: f32, marked: &[u32], typed: &[&str]) -> Hit {
        let s = &self.corpus.sentences[sentence as usize];
        let doc = &self.corpus.documents[s.doc as usize];
        let text = self.sentence_text(sentence);
        let mut positions: Vec<u16> = Vec::new();
        for &t in marked {
            let postings = &self.corpus.index.terms[t as usize].postings;
            if let Ok(at) = postings.binary_search_by_key(&sentence, |p| p.sentence) {
                positions.extend_from_slice(&postings[at].positions);
            }
        }
        order::sort(&mut positions);
        let mut highlights = Vec::new();
        let mut matched = Vec::new();
        let last = positions.last().map_or(0, |&p| p as usize + 1);
        for (position, token) in tokens(text).enumerate().take(last) {
            if positions.binary_search(&(position.min(u16::MAX as usize) as u16)).is_ok() {
                highlights.push([token.start as u32, token.end as u32]);
                let surface = token.text.trim_end_matches("'s").trim_end_matches("’s");
                if !typed.contains(&fold(token.text).as_str())
                    && !matched.iter().any(|m: &String| m == surface)
                {
                    matched.push(surface.to_string());
                }
            }
        }
        debug_assert!(highlights.iter().all(|h| h[1] as usize <= utf16_len(text)));
        Hit {
            doc: doc.id.clone(),
            title: doc.title.clone(),
            outlet: doc.outlet.clone(),
            published: doc.published.clone(),
            sentence,
            start: s.start,
            end: s.end,
            text: text.to_string(),
            highlights,
            score: (score * 1000.0).round() / 1000.0,
            matched,
        }
    }
}
