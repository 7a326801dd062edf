//! The run-time engine: opens a decoded [`Corpus`] once and answers the page's queries with serializable views.
//!
//! It answers listing, search, entity, relation, graph, timeline, figure, quote and export queries.
//!
//! It is plain Rust (tested natively); `bindings` wraps it for JavaScript.

mod decimal;
mod documents;
pub mod entities;
mod error;
mod expand;
mod export;
mod facets;
mod figures;
mod filter;
mod fnv;
mod graph;
pub mod index;
mod layout;
mod links;
pub mod options;
mod order;
mod path;
mod query;
mod quotes;
mod relation_types;
mod scored;
mod search;
mod stem;
mod suggest;
mod timeline;
#[cfg(test)]
mod typescript;
pub mod views;

use std::collections::BTreeMap;

pub use error::EngineError;
pub use filter::Filter;
pub use graph::GraphOptions;
pub use links::NeighborOptions;
pub use path::PathOptions;
pub use quotes::QuoteOptions;
pub use search::SearchOptions;
pub use timeline::TimelineOptions;

use crate::blob::{self, FORMAT_VERSION};
use crate::model::{Corpus, EntityKind};

/// The blob the build script compiled from `corpus/` (or `$CORPUS_DIR`).
pub static EMBEDDED_BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

pub type Result<T> = core::result::Result<T, EngineError>;

/// Longest error message, in characters: an error never echoes a megabyte of input back.
pub const MAX_MESSAGE_CHARS: usize = 500;

/// `text` cut to `max` characters, with "…" when cut.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// Characters of a quoted value shown in an error message, escapes included.
const QUOTED_CHARS: usize = 64;

/// `text` quoted for an error message with escapes shown (`\n`, `\u{200b}`), cut with "…" before the
/// escaped form passes `QUOTED_CHARS`. The cut counts escaped characters: an escape is up to ten
/// characters long, and cutting the raw text let zero-width marks push a message past
/// `MAX_MESSAGE_CHARS` (found by the `options` fuzz target).
pub(crate) fn quoted(text: &str) -> String {
    quoted_within(text, QUOTED_CHARS)
}

/// [`quoted`] with its own bound, for messages that list much else (every relation type).
pub(crate) fn quoted_within(text: &str, max: usize) -> String {
    let mut out = String::from("\"");
    let mut shown = 0;
    for c in text.chars() {
        // Inside double quotes an apostrophe needs no escape (`char::escape_debug` would give `\'`).
        let escape = c.escape_debug();
        let width = if c == '\'' { 1 } else { escape.len() };
        if shown + width > max {
            out.push('…');
            break;
        }
        shown += width;
        match c {
            '\'' => out.push(c),
            _ => out.extend(escape),
        }
    }
    out.push('"');
    out
}

/// The corpus plus the lookups every query needs, built once at open.
pub struct Explorer {
    corpus: Corpus,
    entity_by_id: BTreeMap<String, u32>,
    doc_by_id: BTreeMap<String, u32>,
    /// For each sentence, the entities mentioned in it (sorted, unique).
    sentence_entities: Vec<Vec<u32>>,
    /// For each document, the entities mentioned in it (sorted, unique).
    doc_entities: Vec<Vec<u32>>,
    /// For each entity, its relations (indexes into `corpus.relations`).
    entity_relations: Vec<Vec<u32>>,
    /// For each document, the index terms of its title (sorted, unique), for the title boost.
    title_terms: Vec<Vec<u32>>,
    /// For each entity, for its name and each alias, the transliteration keys of its words.
    entity_keys: Vec<Vec<Vec<String>>>,
    /// For each quote, its words as (transliteration key, folded word).
    quote_words: Vec<Vec<(String, String)>>,
    /// (sentence, quote) for every quote, sorted.
    quote_by_sentence: Vec<(u32, u32)>,
    /// For each quote, its place in reading order (documents by date, then position).
    quote_rank: Vec<u32>,
    /// (transliteration key of a name word, entity) for every word of every name and alias, sorted.
    entity_key_index: Vec<(String, u32)>,
    /// For each sentence, a bit per entity kind it mentions (see [`facets::kind_bit`]).
    sentence_kinds: Vec<u8>,
}

impl Explorer {
    /// Opens the embedded corpus.
    pub fn open_embedded() -> Result<Explorer> {
        Explorer::open(EMBEDDED_BLOB)
    }

    /// Opens a blob; a damaged one gives an error naming the damage.
    pub fn open(blob: &[u8]) -> Result<Explorer> {
        Ok(Explorer::from_corpus(blob::decode(blob)?))
    }

    pub fn from_corpus(mut corpus: Corpus) -> Explorer {
        // The index is not stored: building it here costs a few milliseconds and keeps the blob small.
        corpus.index = index::build_index(&corpus.documents, &corpus.sentences);
        let entity_by_id =
            corpus.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        let doc_by_id =
            corpus.documents.iter().enumerate().map(|(i, d)| (d.id.clone(), i as u32)).collect();
        let mut sentence_entities = vec![Vec::new(); corpus.sentences.len()];
        let mut doc_entities = vec![Vec::new(); corpus.documents.len()];
        for (i, entity) in corpus.entities.iter().enumerate() {
            for mention in &entity.mentions {
                sentence_entities[mention.sentence as usize].push(i as u32);
                doc_entities[mention.doc as usize].push(i as u32);
            }
        }
        for list in sentence_entities.iter_mut().chain(doc_entities.iter_mut()) {
            order::sort(list);
            list.dedup();
        }
        let mut entity_relations = vec![Vec::new(); corpus.entities.len()];
        for (i, relation) in corpus.relations.iter().enumerate() {
            entity_relations[relation.source as usize].push(i as u32);
            entity_relations[relation.target as usize].push(i as u32);
        }
        let title_terms = corpus
            .documents
            .iter()
            .map(|doc| {
                let mut terms: Vec<u32> = crate::text::tokens(&doc.title)
                    .filter_map(|t| index::term(&corpus.index, &crate::text::fold(t.text)))
                    .collect();
                order::sort(&mut terms);
                terms.dedup();
                terms
            })
            .collect();
        let entity_keys: Vec<Vec<Vec<String>>> = corpus
            .entities
            .iter()
            .map(|e| {
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|name| entities::name_keys(name))
                    .collect()
            })
            .collect();
        let quote_words = corpus
            .quotes
            .iter()
            .map(|q| {
                crate::text::tokens(&q.text)
                    .map(|t| crate::text::fold(t.text))
                    .map(|f| (crate::text::translit_key(&f), f))
                    .collect()
            })
            .collect();
        let mut quote_by_sentence: Vec<(u32, u32)> =
            corpus.quotes.iter().enumerate().map(|(i, q)| (q.sentence, i as u32)).collect();
        order::sort(&mut quote_by_sentence);
        let mut reading: Vec<u32> = (0..corpus.quotes.len() as u32).collect();
        order::sort_by(&mut reading, |&a, &b| {
            let (qa, qb) = (&corpus.quotes[a as usize], &corpus.quotes[b as usize]);
            let (da, db) = (&corpus.documents[qa.doc as usize], &corpus.documents[qb.doc as usize]);
            (da.published.as_str(), da.id.as_str(), qa.start).cmp(&(
                db.published.as_str(),
                db.id.as_str(),
                qb.start,
            ))
        });
        let mut quote_rank = vec![0u32; reading.len()];
        for (rank, &q) in reading.iter().enumerate() {
            quote_rank[q as usize] = rank as u32;
        }
        let mut entity_key_index: Vec<(String, u32)> = entity_keys
            .iter()
            .enumerate()
            .flat_map(|(e, names): (usize, &Vec<Vec<String>>)| {
                names.iter().flatten().map(move |k| (k.clone(), e as u32))
            })
            .collect();
        order::sort(&mut entity_key_index);
        entity_key_index.dedup();
        let sentence_kinds = sentence_entities
            .iter()
            .map(|list| {
                list.iter()
                    .fold(0u8, |mask, &e| mask | facets::kind_bit(corpus.entities[e as usize].kind))
            })
            .collect();
        Explorer {
            corpus,
            entity_by_id,
            doc_by_id,
            sentence_entities,
            doc_entities,
            entity_relations,
            title_terms,
            entity_keys,
            quote_words,
            quote_by_sentence,
            quote_rank,
            entity_key_index,
            sentence_kinds,
        }
    }

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    pub fn stats(&self) -> views::Stats {
        let count = |kind: EntityKind| {
            self.corpus.entities.iter().filter(|e| e.kind == kind).count() as u32
        };
        views::Stats {
            format_version: FORMAT_VERSION,
            documents: self.corpus.documents.len() as u32,
            sentences: self.corpus.sentences.len() as u32,
            entities: self.corpus.entities.len() as u32,
            relations: self.corpus.relations.len() as u32,
            terms: self.corpus.index.terms.len() as u32,
            entity_types: views::EntityTypeCounts {
                person: count(EntityKind::Person),
                organization: count(EntityKind::Organization),
                place: count(EntityKind::Place),
                group: count(EntityKind::Group),
            },
        }
    }

    fn entity_index(&self, id: &str) -> Result<u32> {
        self.entity_by_id
            .get(id)
            .copied()
            .ok_or_else(|| EngineError::UnknownEntity { id: id.to_string() })
    }

    fn doc_index(&self, id: &str) -> Result<u32> {
        self.doc_by_id
            .get(id)
            .copied()
            .ok_or_else(|| EngineError::UnknownDocument { id: id.to_string() })
    }

    /// The text of a sentence.
    fn sentence_text(&self, sentence: u32) -> &str {
        let s = &self.corpus.sentences[sentence as usize];
        &self.corpus.documents[s.doc as usize].text[s.byte_start as usize..s.byte_end as usize]
    }

    fn sentence_view(&self, sentence: u32) -> views::SentenceView {
        let s = &self.corpus.sentences[sentence as usize];
        views::SentenceView {
            start: s.start,
            end: s.end,
            text: self.sentence_text(sentence).to_string(),
        }
    }

    fn evidence(&self, sentence: u32) -> views::Evidence {
        let s = &self.corpus.sentences[sentence as usize];
        let doc = &self.corpus.documents[s.doc as usize];
        views::Evidence {
            doc: doc.id.clone(),
            title: doc.title.clone(),
            start: s.start,
            end: s.end,
            text: self.sentence_text(sentence).to_string(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // test code may sort as it likes
mod fixture;
#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests;
