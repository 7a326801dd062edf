//! Passage search: BM25 over sentences with spelling-variant, stem, typo and prefix expansion, title and name boosts, hits grouped by document, phrases, exclusions, filters, facets, highlights and a nearest-spelling suggestion.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::order;
use super::filter::{Filter, ResolvedFilter, Skip};
use super::query::{self, Clause};
use super::views::{FacetValue, Facets, Hit, SearchResult};
use super::stem::{distance, stem, typo_budget};
use super::{EngineError, Explorer, Result};
use crate::model::{Posting, Term};
use crate::text::{fold, tokens, translit_key, utf16_len};

pub const DEFAULT_LIMIT: u32 = 20;
pub const MAX_LIMIT: u32 = 100;
/// Most index terms one prefix expands to.
const MAX_PREFIX_TERMS: usize = 64;
const MATCHING_ENTITIES: usize = 10;
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Weight of a match by another spelling, and by a word's beginning, against an exact match.
const VARIANT_WEIGHT: f32 = 0.9;
const PREFIX_WEIGHT: f32 = 0.8;
/// Weight of another form of the same English word (`protesting` for `protests`), and of a typo's correction.
const STEM_WEIGHT: f32 = 0.85;
const TYPO_WEIGHT: f32 = 0.6;
/// Score factors for a passage naming an entity the query names, and for a document whose title has a query word.
const ENTITY_BOOST: f32 = 1.5;
const TITLE_BOOST: f32 = 1.25;
/// Score of a passage found only because it names the entity the query names, under another alias.
const ALIAS_SCORE: f32 = 1.0;

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SearchOptions {
    #[serde(flatten)]
    pub filter: Filter,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// An index term a query word matched, and how well.
#[derive(Clone, Copy)]
struct Expansion {
    term: u32,
    weight: f32,
}

impl Explorer {
    fn term(&self, folded: &str) -> Option<u32> {
        super::index::term(&self.corpus.index, folded)
    }

    /// The terms a word matches: itself, its other spellings, and (for a prefix) the words it begins.
    fn expand(&self, word: &str, prefix: bool) -> Vec<Expansion> {
        let index = &self.corpus.index;
        let mut found: BTreeMap<u32, f32> = BTreeMap::new();
        if let Some(t) = self.term(word) {
            found.insert(t, 1.0);
        }
        let key = translit_key(word);
        let first = index.variants.partition_point(|(k, _)| k.as_str() < key.as_str());
        for (k, t) in &index.variants[first..] {
            if *k != key {
                break;
            }
            found.entry(*t).or_insert(VARIANT_WEIGHT);
        }
        if let Some(stem) = stem(word) {
            let first = index.stems.partition_point(|(s, _)| s.as_str() < stem.as_str());
            for (s, t) in &index.stems[first..] {
                if *s != stem {
                    break;
                }
                found.entry(*t).or_insert(STEM_WEIGHT);
            }
        }
        if prefix {
            let first = index.terms.partition_point(|t| t.text.as_str() < word);
            for (i, t) in index.terms[first..].iter().enumerate().take(MAX_PREFIX_TERMS) {
                if !t.text.starts_with(word) {
                    break;
                }
                found.entry((first + i) as u32).or_insert(PREFIX_WEIGHT);
            }
            // Words whose spelling key begins with the typed word's key: `Akit` finds `Akytkhan`.
            let first = index.variants.partition_point(|(k, _)| k.as_str() < key.as_str());
            for (k, t) in index.variants[first..].iter().take(MAX_PREFIX_TERMS) {
                if !k.starts_with(key.as_str()) {
                    break;
                }
                found.entry(*t).or_insert(PREFIX_WEIGHT * VARIANT_WEIGHT);
            }
        }
        // A word the text does not have may be mistyped: take the words within its edit budget.
        if found.is_empty() {
            for (term, _) in self.near_terms(word, typo_budget(word)) {
                found.insert(term, TYPO_WEIGHT);
            }
        }
        found.into_iter().map(|(term, weight)| Expansion { term, weight }).collect()
    }

    /// Index terms of letters within `budget` edits of `word`, nearest first (then the more frequent), at most [`MAX_PREFIX_TERMS`].
    fn near_terms(&self, word: &str, budget: usize) -> Vec<(u32, usize)> {
        if budget == 0 {
            return Vec::new();
        }
        let length = word.chars().count();
        let mut near: Vec<(u32, usize)> = Vec::new();
        for (i, term) in self.corpus.index.terms.iter().enumerate() {
            let other = term.text.chars().count();
            if other.abs_diff(length) > budget || !term.text.chars().all(char::is_alphabetic) {
                continue;
            }
            let d = distance(word, &term.text);
            if d <= budget {
                near.push((i as u32, d));
            }
        }
        let terms = &self.corpus.index.terms;
        order::sort_by(&mut near, |a, b| a.1.cmp(&b.1).then(terms[b.0 as usize].postings.len().cmp(&terms[a.0 as usize].postings.len())));
        near.truncate(MAX_PREFIX_TERMS);
        near
    }

    /// The query with each word the text lacks replaced by its nearest spelling in the text, if that changes anything.
    fn nearest_spelling(&self, raw: &str) -> Option<String> {
        let mut changed = false;
        let words: Vec<String> = raw
            .split_whitespace()
            .map(|word| {
                let folded = fold(word.trim_matches(|c: char| !c.is_alphanumeric()));
                if folded.is_empty() || self.term(&folded).is_some() || !self.expand(&folded, false).is_empty() {
                    return word.to_string();
                }
                match self.near_terms(&folded, typo_budget(&folded) + 1).first() {
                    Some(&(term, _)) => {
                        changed = true;
                        self.corpus.index.terms[term as usize].text.clone()
                    }
                    None => word.to_string(),
                }
            })
            .collect();
        changed.then(|| words.join(" "))
    }

    fn bm25(&self, term: &Term, posting: &Posting) -> f32 {
        let n = self.corpus.sentences.len() as f32;
        let df = term.postings.len() as f32;
        let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        let tf = posting.positions.len() as f32;
        let length = self.corpus.sentences[posting.sentence as usize].token_count as f32;
        let average = self.corpus.index.average_sentence_tokens.max(1.0);
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / average))
    }

    /// Sentences matching one clause, with their score and the terms that matched.
    fn clause_hits(&self, clause: &Clause) -> BTreeMap<u32, (f32, Vec<u32>)> {
        let mut hits: BTreeMap<u32, (f32, Vec<u32>)> = BTreeMap::new();
        if clause.words.len() == 1 {
            for e in self.expand(&clause.words[0], clause.prefix) {
                let term = &self.corpus.index.terms[e.term as usize];
                for posting in &term.postings {
                    let score = e.weight * self.bm25(term, posting);
                    let entry = hits.entry(posting.sentence).or_insert((0.0, Vec::new()));
                    entry.0 = entry.0.max(score);
                    entry.1.push(e.term);
                }
            }
            return hits;
        }
        // A phrase: exact words at consecutive positions (the last may be a prefix while typing).
        let last = clause.words.len() - 1;
        let expansions: Vec<Vec<u32>> = clause
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| if i == last && clause.prefix { self.expand(w, true).iter().map(|e| e.term).collect() } else { self.term(w).into_iter().collect() })
            .collect();
        if expansions.iter().any(Vec::is_empty) {
            return hits;
        }
        let positions = |terms: &[u32], sentence: u32| -> Vec<u16> {
            terms
                .iter()
                .flat_map(|&t| {
                    let postings = &self.corpus.index.terms[t as usize].postings;
                    postings.binary_search_by_key(&sentence, |p| p.sentence).ok().map(|i| postings[i].positions.clone()).unwrap_or_default()
                })
                .collect()
        };
        let first_term = &self.corpus.index.terms[expansions[0][0] as usize];
        for posting in &first_term.postings {
            let starts = posting.positions.iter().filter(|&&p| (1..clause.words.len()).all(|k| positions(&expansions[k], posting.sentence).contains(&(p + k as u16))));
            if starts.count() > 0 {
                let score: f32 = expansions.iter().map(|terms| self.bm25(&self.corpus.index.terms[terms[0] as usize], posting)).sum();
                hits.insert(posting.sentence, (score, expansions.iter().flatten().copied().collect()));
            }
        }
        hits
    }

    /// Runs a query; see `docs/js-api.md` for the result's shape.
    pub fn search(&self, raw: &str, options: &SearchOptions) -> Result<SearchResult> {
        let limit = options.limit.unwrap_or(DEFAULT_LIMIT);
        if limit == 0 || limit > MAX_LIMIT {
            return Err(EngineError(format!("limit must be between 1 and {MAX_LIMIT}, not {limit}")));
        }
        let offset = options.offset.unwrap_or(0) as usize;
        let resolved = options.filter.resolve(self)?;
        let parsed = query::parse(raw);
        let mut notices = parsed.notices.clone();
        if parsed.clauses.is_empty() {
            notices.push("type a word to search".into());
            return Ok(SearchResult {
                query: raw.to_string(),
                total: 0,
                hits: Vec::new(),
                facets: Facets::default(),
                entities: Vec::new(),
                quotes: Vec::new(),
                suggestion: None,
                notice: Some(notices.join("; ")),
            });
        }
        // AND over clauses.
        let mut matched: Option<BTreeMap<u32, (f32, Vec<u32>)>> = None;
        for clause in &parsed.clauses {
            let hits = self.clause_hits(clause);
            matched = Some(match matched {
                None => hits,
                Some(previous) => previous
                    .into_iter()
                    .filter_map(|(s, (score, mut terms))| {
                        hits.get(&s).map(|(more, other)| {
                            terms.extend(other);
                            (s, (score + more, terms))
                        })
                    })
                    .collect(),
            });
        }
        let mut matched = matched.unwrap_or_default();
        // A query that is a name finds the entity's mentions under every alias (`Nur-Sultan` finds `Astana`).
        let all_keys: Vec<String> = parsed.clauses.iter().flat_map(|c| c.words.iter().map(|w| translit_key(w))).collect();
        // Unnamed relatives (`[sons of X]`) are described, not named: their mentions are not the name's.
        for e in (0..self.corpus.entities.len() as u32).filter(|&e| !self.corpus.entities[e as usize].is_unnamed() && self.entity_matches(e, &all_keys)) {
            for mention in &self.corpus.entities[e as usize].mentions {
                if matched.get(&mention.sentence).is_some_and(|(_, terms)| !terms.is_empty()) {
                    continue;
                }
                let entry = matched.entry(mention.sentence).or_insert((ALIAS_SCORE, Vec::new()));
                let sentence_start = self.corpus.sentences[mention.sentence as usize].start;
                let units: Vec<u16> = self.sentence_text(mention.sentence).encode_utf16().skip((mention.start - sentence_start) as usize).take((mention.end - mention.start) as usize).collect();
                let surface = String::from_utf16_lossy(&units);
                entry.1.extend(tokens(&surface).filter_map(|t| self.term(&fold(t.text))));
            }
        }
        for word in &parsed.excluded {
            for e in self.expand(word, false) {
                for posting in &self.corpus.index.terms[e.term as usize].postings {
                    matched.remove(&posting.sentence);
                }
            }
        }
        // Names the query names: their passages rank higher and they are listed with the results.
        let clause_keys: Vec<Vec<String>> = parsed.clauses.iter().map(|c| c.words.iter().map(|w| translit_key(w)).collect()).collect();
        let named: Vec<u32> = (0..self.corpus.entities.len() as u32).filter(|&e| clause_keys.iter().any(|keys| self.entity_matches(e, keys))).collect();
        for (&sentence, (score, terms)) in matched.iter_mut() {
            if self.sentence_entities[sentence as usize].iter().any(|&e| !self.corpus.entities[e as usize].is_unnamed() && named.binary_search(&e).is_ok()) {
                *score *= ENTITY_BOOST;
            }
            let doc = self.corpus.sentences[sentence as usize].doc as usize;
            if terms.iter().any(|t| self.title_terms[doc].binary_search(t).is_ok()) {
                *score *= TITLE_BOOST;
            }
        }
        let facets = self.facets(&matched, &resolved);
        let mut hits: Vec<(u32, f32, Vec<u32>)> = matched
            .into_iter()
            .filter(|(s, _)| resolved.accepts_sentence(self, *s, Skip::Nothing))
            .map(|(s, (score, terms))| (s, score, terms))
            .collect();
        // Grouped by document: documents by their best passage, passages by score within each.
        let doc_of = |s: u32| self.corpus.sentences[s as usize].doc;
        let mut best: BTreeMap<u32, f32> = BTreeMap::new();
        for &(s, score, _) in &hits {
            let entry = best.entry(doc_of(s)).or_insert(score);
            *entry = entry.max(score);
        }
        order::sort_by(&mut hits, |a, b| {
            let (da, db) = (doc_of(a.0), doc_of(b.0));
            best[&db].total_cmp(&best[&da]).then(da.cmp(&db)).then(b.1.total_cmp(&a.1)).then(a.0.cmp(&b.0))
        });
        let total = hits.len() as u32;
        let mut suggestion = None;
        if total == 0 {
            suggestion = self.nearest_spelling(raw);
            match &suggestion {
                Some(spelling) => notices.push(format!("no passage matches {:?} with these filters; did you mean {spelling:?}?", raw.trim())),
                None => notices.push(format!("no passage matches {:?} with these filters", raw.trim())),
            }
        }
        let typed: BTreeSet<&str> = parsed.clauses.iter().flat_map(|c| c.words.iter().map(String::as_str)).collect();
        let page = hits.into_iter().skip(offset).take(limit as usize).map(|(s, score, terms)| self.hit(s, score, &terms, &typed)).collect();
        let docs: Vec<bool> = (0..self.corpus.documents.len() as u32).map(|d| resolved.accepts_doc(self, d, Skip::Nothing)).collect();
        let mut entities: Vec<_> = named
            .into_iter()
            .filter(|&e| resolved.accepts_entity(self, e))
            .map(|e| self.entity_summary(e, Some(&docs)))
            .filter(|s| s.mentions > 0)
            .collect();
        order::sort_by(&mut entities, |a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
        entities.truncate(MATCHING_ENTITIES);
        let quotes = self.matching_quotes(&parsed, &resolved);
        Ok(SearchResult { query: raw.to_string(), total, hits: page, facets, entities, quotes, suggestion, notice: (!notices.is_empty()).then(|| notices.join("; ")) })
    }

    fn hit(&self, sentence: u32, score: f32, terms: &[u32], typed: &BTreeSet<&str>) -> Hit {
        let s = &self.corpus.sentences[sentence as usize];
        let doc = &self.corpus.documents[s.doc as usize];
        let text = self.sentence_text(sentence);
        let matched_terms: BTreeSet<&str> = terms.iter().map(|&t| self.corpus.index.terms[t as usize].text.as_str()).collect();
        let mut highlights = Vec::new();
        let mut matched = Vec::new();
        for token in tokens(text) {
            let folded = fold(token.text);
            if matched_terms.contains(folded.as_str()) {
                highlights.push([token.start as u32, token.end as u32]);
                let surface = token.text.trim_end_matches("'s").trim_end_matches("’s").to_string();
                if !typed.contains(folded.as_str()) && !matched.contains(&surface) {
                    matched.push(surface);
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

    /// Facet counts over the matched sentences, each with the other filters applied.
    fn facets(&self, matched: &BTreeMap<u32, (f32, Vec<u32>)>, resolved: &ResolvedFilter) -> Facets {
        let mut outlet: BTreeMap<String, u32> = BTreeMap::new();
        let mut year: BTreeMap<String, u32> = BTreeMap::new();
        let mut kind: BTreeMap<String, u32> = BTreeMap::new();
        for &s in matched.keys() {
            let doc = &self.corpus.documents[self.corpus.sentences[s as usize].doc as usize];
            if resolved.accepts_sentence(self, s, Skip::Outlet) {
                *outlet.entry(doc.outlet.clone()).or_default() += 1;
            }
            if resolved.accepts_sentence(self, s, Skip::Date) {
                *year.entry(doc.published.chars().take(4).collect()).or_default() += 1;
            }
            if resolved.accepts_sentence(self, s, Skip::Types) {
                let kinds: BTreeSet<&str> = self.sentence_entities[s as usize].iter().map(|&e| self.corpus.entities[e as usize].kind.as_str()).collect();
                for k in kinds {
                    *kind.entry(k.to_string()).or_default() += 1;
                }
            }
        }
        let values = |map: BTreeMap<String, u32>| {
            let mut list: Vec<FacetValue> = map.into_iter().map(|(value, count)| FacetValue { value, count }).collect();
            order::sort_by(&mut list, |a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            list
        };
        Facets { outlet: values(outlet), year: values(year), kind: values(kind) }
    }
}
