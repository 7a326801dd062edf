//! The data model shared by the build-time compiler and the run-time engine: documents, sentences, entities, relations and the search index.
//!
//! Every offset called `start`/`end` is in UTF-16 code units into the owning document's cleaned
//! `text` (what JavaScript's `String.prototype.slice` uses). Byte offsets, where kept, are named
//! `byte_start`/`byte_end` and never leave Rust.

use serde::{Deserialize, Serialize};

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn is_date_prefix(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize, max: u32| s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) && (1..=max).contains(&s.parse::<u32>().unwrap_or(0));
    match parts.as_slice() {
        [y] => number(y, 4, 9999),
        [y, m] => number(y, 4, 9999) && number(m, 2, 12),
        [y, m, d] => number(y, 4, 9999) && number(m, 2, 12) && number(d, 2, 31),
        _ => false,
    }
}

/// The whole compiled corpus: what the blob carries and the engine reads.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    pub documents: Vec<Document>,
    /// All sentences of all documents, grouped by document in document order.
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub index: Index,
}

/// One story of one capture, cleaned of page chrome.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Stable id from the manifest (`[a-z0-9-]+`).
    pub id: String,
    pub title: String,
    pub outlet: String,
    /// ISO 8601 date at the precision the material allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: String,
    pub authors: Vec<String>,
    /// Where the text came from: capture file and line range, e.g. `000_a3.txt:7-133`.
    pub source: String,
    /// The cleaned text: kept lines joined by `\n\n`, one paragraph each.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Index of the document's first sentence in [`Corpus::sentences`].
    pub first_sentence: u32,
    pub sentence_count: u32,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    Body,
    Heading,
    Caption,
}

impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Caption => "caption",
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub start: u32,
    pub end: u32,
    pub kind: ParagraphKind,
    /// 1-based line of the capture this paragraph came from.
    pub line: u32,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub doc: u32,
    pub paragraph: u32,
    pub start: u32,
    pub end: u32,
    pub byte_start: u32,
    pub byte_end: u32,
    /// Number of index tokens, for length normalisation in ranking.
    pub token_count: u16,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    /// An ethnic, national or religious group named as a people (Uyghurs, Kazakhs, Oralman).
    Group,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Group];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
        }
    }

    pub fn parse(name: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

/// A person, organization or place with every mention of it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Entity {
    /// Stable slug, e.g. `qalida-akytkhan`.
    pub id: String,
    /// Canonical name: the most complete and most frequent surface form.
    pub name: String,
    pub kind: EntityKind,
    /// Every other surface form seen (without the canonical name), sorted.
    pub aliases: Vec<String>,
    /// Sorted by (doc, start).
    pub mentions: Vec<Mention>,
    /// What the text says the entity is ("a spokesperson for Kazakhstan's Ministry of Foreign
    /// Affairs", "67-year-old pensioner"), each with the sentence that says it; sorted by (doc, start).
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// A role line: the words of a sentence that describe an entity, as printed.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Role {
    pub text: String,
    pub doc: u32,
    pub sentence: u32,
    /// UTF-16 span of `text` in the document.
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    pub doc: u32,
    pub sentence: u32,
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    /// Both entities are named in one sentence: a weak link, never a typed claim.
    CoMention,
}

impl RelationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::CoMention => "co-mention",
        }
    }
}

/// A link between two entities (by index into [`Corpus::entities`]) with the sentences stating it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Relation {
    pub source: u32,
    pub target: u32,
    pub kind: RelationKind,
    /// Evidence sentences, as indexes into [`Corpus::sentences`], sorted.
    pub evidence: Vec<u32>,
}

/// Inverted index over sentences (the passages of search).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Sorted by `text`, unique.
    pub terms: Vec<Term>,
    /// Pairs (transliteration key, term index) sorted by key: every spelling variant of a term.
    pub variants: Vec<(String, u32)>,
    /// Mean `token_count` over all sentences, for BM25.
    pub average_sentence_tokens: f32,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Term {
    /// The folded token (lower case, no diacritics, straight apostrophes).
    pub text: String,
    /// Sorted by sentence.
    pub postings: Vec<Posting>,
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Posting {
    pub sentence: u32,
    /// Token positions within the sentence, ascending; their count is the term frequency.
    pub positions: Vec<u16>,
}
