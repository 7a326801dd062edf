//! Passage search: BM25 over sentences with expanded query words (see [`super::expand`]), phrases, exclusions, names found under every alias, title and name boosts, hits grouped by document, filters, facets, highlights and a nearest-spelling suggestion.

use serde::Deserialize;

use super::filter::{Filter, Skip};
use super::order;
use super::query::{self, Clause};
use super::scored::{add_missing, best_per_sentence, intersect, top, Scored};
use super::views::{Facets, Hit, SearchResult};
use super::{EngineError, Explorer, Result};
use crate::model::{Posting, Term};
use crate::text::{fold, tokens, translit_key, utf16_len};

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

    /// Runs a query; see `docs/js-api.md` for the result's shape.
    pub fn search(&self, raw: &str, options: &SearchOptions) -> Result<SearchResult> {
        let limit = options.limit.unwrap_or(DEFAULT_LIMIT);
        if limit == 0 || limit > MAX_LIMIT {
            return Err(EngineError::CountOutOfRange {
                option: "limit",
                most: MAX_LIMIT,
                got: limit,
            });
        }
        let offset = options.offset.unwrap_or(0);
        if offset > MAX_OFFSET {
            return Err(EngineError::OffsetTooLarge { most: MAX_OFFSET, got: offset });
        }
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
        // Every clause must match (AND); `terms` collects what the words matched, for highlights.
        let mut terms: Vec<u32> = Vec::new();
        let mut matched: Option<Scored> = None;
        for clause in &parsed.clauses {
            let hits = self.clause_hits(clause, &mut terms);
            matched = Some(match matched {
                None => hits,
                Some(previous) => intersect(&previous, &hits),
            });
        }
        let mut matched = matched.unwrap_or_default();
        // A query that is a name finds the entity's mentions under every alias (`Nur-Sultan` finds `Astana`);
        // unnamed relatives (`[sons of X]`) are described, not named, so their mentions are not the name's.
        let all_keys: Vec<String> =
            parsed.clauses.iter().flat_map(|c| c.words.iter().map(|w| translit_key(w))).collect();
        let name_entities: Vec<u32> = self
            .entities_named(&all_keys)
            .into_iter()
            .filter(|&e| !self.corpus.entities[e as usize].is_unnamed())
            .collect();
        if !name_entities.is_empty() {
            let mut sentences: Vec<u32> = name_entities
                .iter()
                .flat_map(|&e| self.corpus.entities[e as usize].mentions.iter().map(|m| m.sentence))
                .collect();
            order::sort(&mut sentences);
            sentences.dedup();
            matched = add_missing(matched, &sentences, ALIAS_SCORE);
            // The other names are marked in the passages; names that hold a typed word mark that word only.
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
        }
        if !parsed.excluded.is_empty() {
            let mut excluded: Vec<u32> = parsed
                .excluded
                .iter()
                .flat_map(|w| self.expand(w, false))
                .flat_map(|e| {
                    self.corpus.index.terms[e.term as usize].postings.iter().map(|p| p.sentence)
                })
                .collect();
            order::sort(&mut excluded);
            excluded.dedup();
            matched.retain(|(s, _)| excluded.binary_search(s).is_err());
        }
        order::sort(&mut terms);
        terms.dedup();
        // Names the query names (any of its words): their passages rank higher and they are listed with the results.
        let mut named: Vec<u32> = parsed
            .clauses
            .iter()
            .flat_map(|c| {
                self.entities_named(&c.words.iter().map(|w| translit_key(w)).collect::<Vec<_>>())
            })
            .collect();
        order::sort(&mut named);
        named.dedup();
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
        let facets = self.facets(matched.iter().map(|&(s, _)| s), &resolved);
        matched.retain(|&(s, _)| resolved.accepts_sentence(self, s, Skip::Nothing));
        let total = matched.len() as u32;
        // Grouped by document: documents by their best passage, passages by score within each.
        let doc_of = |s: u32| self.corpus.sentences[s as usize].doc as usize;
        let mut best = vec![f32::NEG_INFINITY; self.corpus.documents.len()];
        for &(s, score) in &matched {
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
        let shown = top(&matched, (offset + limit) as usize, before);
        let mut suggestion = None;
        if total == 0 {
            // Only the part of the query that was read (see `query::MAX_QUERY_CHARS`) is echoed or corrected.
            let read: String = raw.trim().chars().take(query::MAX_QUERY_CHARS).collect();
            suggestion = self.nearest_spelling(&read);
            match &suggestion {
                Some(spelling) => notices.push(format!(
                    "no passage matches {read:?} with these filters; did you mean {spelling:?}?"
                )),
                None => notices.push(format!("no passage matches {read:?} with these filters")),
            }
        }
        let typed: Vec<&str> =
            parsed.clauses.iter().flat_map(|c| c.words.iter().map(String::as_str)).collect();
        let hits = shown
            .into_iter()
            .skip(offset as usize)
            .map(|(s, score)| self.hit(s, score, &terms, &typed))
            .collect();
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
        let sentences: Vec<u32> = matched.iter().map(|&(s, _)| s).collect();
        let quotes = self.matching_quotes(&parsed, &sentences);
        Ok(SearchResult {
            query: raw.to_string(),
            total,
            hits,
            facets,
            entities,
            quotes,
            suggestion,
            notice: (!notices.is_empty()).then(|| notices.join("; ")),
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
