//! The data model shared by the build-time compiler and the run-time engine: documents, sentences, entities, relations and the search index.
//!
//! Every offset called `start`/`end` is in UTF-16 code units into the owning document's cleaned
//! `text` (what JavaScript's `String.prototype.slice` uses). Byte offsets, where kept, are named
//! `byte_start`/`byte_end` and never leave Rust.

use serde::{Deserialize, Serialize};

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn is_date_prefix(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize, max: u32| {
        s.len() == len
            && s.bytes().all(|b| b.is_ascii_digit())
            && (1..=max).contains(&s.parse::<u32>().unwrap_or(0))
    };
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
    /// Dated events, sorted by date.
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Built by the engine when it opens the corpus (`engine::index`), not stored in the blob.
    #[serde(skip)]
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

#[cfg(test)]
impl Sentence {
    /// The whole of `text` as sentence 0 of document 0 (UTF-16 and byte spans), for table tests.
    pub fn spanning(text: &str) -> Sentence {
        let end = crate::text::utf16_len(text) as u32;
        Sentence { byte_end: text.len() as u32, end, ..Sentence::default() }
    }
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
    pub const ALL: [EntityKind; 4] =
        [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Group];

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

impl Entity {
    /// Whether this stands for a person the text speaks of without naming ("three of her sons"):
    /// such entities are named by a bracketed description, e.g. `[sons of Qalida Akytkhan]`.
    pub fn is_unnamed(&self) -> bool {
        self.name.starts_with('[')
    }
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

/// What links two entities. Typed kinds are stated by a sentence; `CoMention` only means both are
/// named in one sentence and never stands in for a typed claim.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    CoMention,
    // family
    SpouseOf,
    ParentOf,
    ChildOf,
    SiblingOf,
    RelativeOf,
    // affiliation
    HeadOf,
    MemberOf,
    WorksFor,
    SpokespersonFor,
    ExpertAt,
    AssociateOf,
    // office
    AmbassadorTo,
    MinisterOf,
    PartySecretaryOf,
    // interaction
    MetWith,
    Questioned,
    Warned,
    Detained,
    Sentenced,
    Released,
    // support
    Helped,
    CampaignedFor,
    // statement and authorship
    ToldOutlet,
    Wrote,
    Reported,
    // Added later, kept last so the blob's earlier variant numbers stay: a lawyer or representative
    // acting for a person (support), a journalist reporting for an outlet (affiliation).
    LawyerFor,
    CorrespondentFor,
}

impl RelationKind {
    pub const ALL: [RelationKind; 28] = [
        RelationKind::CoMention,
        RelationKind::SpouseOf,
        RelationKind::ParentOf,
        RelationKind::ChildOf,
        RelationKind::SiblingOf,
        RelationKind::RelativeOf,
        RelationKind::HeadOf,
        RelationKind::MemberOf,
        RelationKind::WorksFor,
        RelationKind::SpokespersonFor,
        RelationKind::ExpertAt,
        RelationKind::AssociateOf,
        RelationKind::AmbassadorTo,
        RelationKind::MinisterOf,
        RelationKind::PartySecretaryOf,
        RelationKind::MetWith,
        RelationKind::Questioned,
        RelationKind::Warned,
        RelationKind::Detained,
        RelationKind::Sentenced,
        RelationKind::Released,
        RelationKind::Helped,
        RelationKind::CampaignedFor,
        RelationKind::ToldOutlet,
        RelationKind::Wrote,
        RelationKind::Reported,
        RelationKind::LawyerFor,
        RelationKind::CorrespondentFor,
    ];

    /// The name used in the API and the export (`spouse-of`, `head-of`, `co-mention`).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::CoMention => "co-mention",
            RelationKind::SpouseOf => "spouse-of",
            RelationKind::ParentOf => "parent-of",
            RelationKind::ChildOf => "child-of",
            RelationKind::SiblingOf => "sibling-of",
            RelationKind::RelativeOf => "relative-of",
            RelationKind::HeadOf => "head-of",
            RelationKind::MemberOf => "member-of",
            RelationKind::WorksFor => "works-for",
            RelationKind::SpokespersonFor => "spokesperson-for",
            RelationKind::ExpertAt => "expert-at",
            RelationKind::AssociateOf => "associate-of",
            RelationKind::AmbassadorTo => "ambassador-to",
            RelationKind::MinisterOf => "minister-of",
            RelationKind::PartySecretaryOf => "party-secretary-of",
            RelationKind::MetWith => "met-with",
            RelationKind::Questioned => "questioned",
            RelationKind::Warned => "warned",
            RelationKind::Detained => "detained",
            RelationKind::Sentenced => "sentenced",
            RelationKind::Released => "released",
            RelationKind::Helped => "helped",
            RelationKind::CampaignedFor => "campaigned-for",
            RelationKind::ToldOutlet => "told-outlet",
            RelationKind::Wrote => "wrote",
            RelationKind::Reported => "reported",
            RelationKind::LawyerFor => "lawyer-for",
            RelationKind::CorrespondentFor => "correspondent-for",
        }
    }

    pub fn parse(name: &str) -> Option<RelationKind> {
        RelationKind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// Coarse family, for styling and filtering: family, affiliation, office, interaction, support, statement, co-mention.
    pub fn family(self) -> &'static str {
        use RelationKind::*;
        match self {
            CoMention => "co-mention",
            SpouseOf | ParentOf | ChildOf | SiblingOf | RelativeOf => "family",
            HeadOf | MemberOf | WorksFor | SpokespersonFor | ExpertAt | AssociateOf
            | CorrespondentFor => "affiliation",
            AmbassadorTo | MinisterOf | PartySecretaryOf => "office",
            MetWith | Questioned | Warned | Detained | Sentenced | Released => "interaction",
            Helped | CampaignedFor | LawyerFor => "support",
            ToldOutlet | Wrote | Reported => "statement",
        }
    }

    /// Whether `source → target` reads differently from `target → source`.
    pub fn is_directed(self) -> bool {
        !matches!(
            self,
            RelationKind::CoMention
                | RelationKind::SpouseOf
                | RelationKind::SiblingOf
                | RelationKind::RelativeOf
                | RelationKind::AssociateOf
                | RelationKind::MetWith
        )
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
    /// The evidence gives the role as past (`a former employee of`, `ex-head of`, `used to head`):
    /// shown as "former", never as a current affiliation or office. Always false for other families.
    pub former: bool,
}

/// Something that happened on a date the text gives, resolved against the document's publication date.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Event {
    /// ISO 8601 at the precision the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The date words as printed ("on September 10", "last month", "in early 2017").
    pub date_text: String,
    pub doc: u32,
    pub sentence: u32,
    /// UTF-16 span of `date_text` in the document.
    pub start: u32,
    pub end: u32,
    /// Entities named in the sentence (indexes into [`Corpus::entities`]), sorted.
    pub entities: Vec<u32>,
}

/// A number with what it counts and who says so.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Figure {
    /// The number words as printed ("1 million or more", "around 1.2 million").
    pub text: String,
    /// The value, where it can be read (1_000_000.0 for "1 million or more").
    pub value: Option<f64>,
    /// What is counted, in the text's words ("Uyghurs, Kazakhs, and other Muslim minorities detained").
    pub counts: String,
    /// A short key grouping figures about the same thing (e.g. "ethnic-kazakhs-in-xinjiang").
    pub topic: String,
    /// Who says so, if the sentence names them (entity index).
    pub source: Option<u32>,
    pub doc: u32,
    pub sentence: u32,
    pub start: u32,
    pub end: u32,
}

/// Words a person said, as the document quotes them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Quote {
    pub speaker: u32,
    pub text: String,
    /// The outlet told, if named ("told RFE/RL"), as an entity index.
    pub outlet: Option<u32>,
    pub doc: u32,
    pub sentence: u32,
    /// UTF-16 span of the quoted words in the document.
    pub start: u32,
    pub end: u32,
}

/// Inverted index over sentences (the passages of search).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Sorted by `text`, unique.
    pub terms: Vec<Term>,
    /// Pairs (transliteration key, term index) sorted by key: every spelling variant of a term.
    pub variants: Vec<(String, u32)>,
    /// Pairs (English stem, term index) sorted by stem: `protest`, `protests`, `protesting` share one.
    pub stems: Vec<(String, u32)>,
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
