//! The shapes the engine returns: plain serializable structs that become JS objects with camelCase fields.

use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub format_version: u16,
    pub documents: u32,
    pub sentences: u32,
    pub entities: u32,
    pub relations: u32,
    pub terms: u32,
    #[cfg_attr(test, ts(inline))]
    pub entity_types: EntityTypeCounts,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EntityTypeCounts {
    pub person: u32,
    pub organization: u32,
    pub place: u32,
    pub group: u32,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentSummary {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub published: String,
    pub authors: Vec<String>,
    pub source: String,
    pub sentences: u32,
    pub mentions: u32,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ParagraphView {
    pub start: u32,
    pub end: u32,
    #[cfg_attr(test, ts(type = "'body' | 'heading' | 'caption'"))]
    pub kind: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentMention {
    pub entity: String,
    pub name: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "EntityType"))]
    pub kind: &'static str,
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
/// One document: its summary, cleaned text, paragraphs and entity mentions; offsets are UTF-16 code units into `text`.
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentView {
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub summary: DocumentSummary,
    pub text: String,
    #[cfg_attr(test, ts(inline))]
    pub paragraphs: Vec<ParagraphView>,
    #[serde(rename = "mentions")]
    #[cfg_attr(test, ts(inline))]
    pub mention_list: Vec<DocumentMention>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EntitySummary {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "EntityType"))]
    pub kind: &'static str,
    /// A person the text speaks of without naming ("three of her sons"); `name` is a bracketed description.
    pub unnamed: bool,
    pub aliases: Vec<String>,
    pub mentions: u32,
    pub documents: u32,
}

/// A sentence that states something, with its place in its document.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Evidence {
    pub doc: String,
    pub title: String,
    pub start: u32,
    pub end: u32,
    pub text: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SentenceView {
    pub start: u32,
    pub end: u32,
    pub text: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MentionView {
    pub doc: String,
    pub title: String,
    pub start: u32,
    pub end: u32,
    pub sentence: SentenceView,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Link {
    /// As the relation is stated: `source` spouse-of / head-of / met-with `target`.
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "RelationType"))]
    pub kind: &'static str,
    #[cfg_attr(test, ts(type = "RelationFamily"))]
    pub family: &'static str,
    pub directed: bool,
    /// The text gives the role as past ("a former employee of"): read it as "former head of".
    pub former: bool,
    /// The entity at the far end from the one asked about.
    pub other: EntitySummary,
    pub evidence: Vec<Evidence>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EntityView {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "EntityType"))]
    pub kind: &'static str,
    pub unnamed: bool,
    pub aliases: Vec<String>,
    pub mention_count: u32,
    pub documents: u32,
    #[cfg_attr(test, ts(inline))]
    pub mentions: Vec<MentionView>,
    /// What the text says the entity is, each with its sentence.
    #[cfg_attr(test, ts(inline))]
    pub roles: Vec<RoleView>,
    pub relations: Vec<Link>,
    /// What the entity said, as quoted.
    pub quotes: Vec<QuoteView>,
}

/// A role line as printed, where it stands (`start`/`end` in the document) and its sentence.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RoleView {
    pub text: String,
    pub doc: String,
    pub title: String,
    pub start: u32,
    pub end: u32,
    pub sentence: SentenceView,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Hop {
    /// In the order of the path: from `source` to `target`.
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "RelationType"))]
    pub kind: &'static str,
    #[cfg_attr(test, ts(type = "RelationFamily"))]
    pub family: &'static str,
    pub directed: bool,
    /// The text gives the role as past ("a former employee of").
    pub former: bool,
    /// The relation is stated from `target` to `source` ("`target` head-of `source`").
    pub reversed: bool,
    pub evidence: Vec<Evidence>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PathView {
    pub found: bool,
    pub hops: Vec<Hop>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Hit {
    pub doc: String,
    pub title: String,
    pub outlet: String,
    pub published: String,
    pub sentence: u32,
    pub start: u32,
    pub end: u32,
    /// The hit sentence; `start`/`end` are its place in the document.
    pub text: String,
    /// Matched words, as offsets into `text`.
    pub highlights: Vec<[u32; 2]>,
    pub score: f32,
    /// Other spellings that matched (`Akytkhan` for the query `Akitkhan`).
    pub matched: Vec<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FacetValue {
    pub value: String,
    pub count: u32,
}

#[derive(Serialize, Debug, Clone, PartialEq, Default)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Facets {
    pub outlet: Vec<FacetValue>,
    pub year: Vec<FacetValue>,
    #[serde(rename = "type")]
    pub kind: Vec<FacetValue>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SearchResult {
    pub query: String,
    pub total: u32,
    pub hits: Vec<Hit>,
    #[cfg_attr(test, ts(inline))]
    pub facets: Facets,
    pub entities: Vec<EntitySummary>,
    /// Quotes whose words match the query (spelling-folded), with the filters applied.
    pub quotes: Vec<QuoteView>,
    /// When nothing matches: the query with each word the text lacks replaced by its nearest spelling.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub suggestion: Option<String>,
    /// Set when the query was changed, is empty or matches nothing ("query cut to 256 characters").
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub notice: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Suggestion {
    Entity {
        id: String,
        label: String,
        #[serde(rename = "type")]
        #[cfg_attr(test, ts(type = "EntityType"))]
        kind: &'static str,
        documents: u32,
    },
    Term {
        label: String,
        count: u32,
    },
}

/// The network drawn by the page: nodes with layout coordinates in [0, 1], edges with evidence counts.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct GraphView {
    /// Entities passing the filter (before the limit): how many the nodes were chosen from.
    pub total: u32,
    #[cfg_attr(test, ts(inline))]
    pub nodes: Vec<GraphNode>,
    #[cfg_attr(test, ts(inline))]
    pub edges: Vec<GraphEdge>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct GraphNode {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "EntityType"))]
    pub kind: &'static str,
    pub unnamed: bool,
    pub mentions: u32,
    /// The layout computed in wasm, in [0, 1]: same arguments, same picture.
    pub x: f64,
    pub y: f64,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct GraphEdge {
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    #[cfg_attr(test, ts(type = "RelationType"))]
    pub kind: &'static str,
    #[cfg_attr(test, ts(type = "RelationFamily"))]
    pub family: &'static str,
    pub directed: bool,
    /// The text gives the role as past ("a former employee of").
    pub former: bool,
    /// Evidence sentences in the documents the filter accepts.
    pub evidence: u32,
}

/// A dated event: the date as resolved, its precision, the words that give it, and its sentence.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "TimelineEvent"))]
#[serde(rename_all = "camelCase")]
pub struct EventView {
    pub date: String,
    /// `day`, `month` or `year`.
    #[cfg_attr(test, ts(type = "'day' | 'month' | 'year'"))]
    pub precision: &'static str,
    pub date_text: String,
    pub doc: String,
    pub title: String,
    /// Span of `dateText` in the document.
    pub start: u32,
    pub end: u32,
    pub sentence: SentenceView,
    pub entities: Vec<EntitySummary>,
}

/// Figures about one topic, and whether their values disagree.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FigureGroup {
    pub topic: String,
    pub figures: Vec<FigureView>,
    /// The values differ by more than 10% of the smaller.
    pub disagree: bool,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FigureView {
    pub text: String,
    pub value: Option<f64>,
    pub counts: String,
    pub source: Option<EntitySummary>,
    pub doc: String,
    pub title: String,
    pub start: u32,
    pub end: u32,
    pub sentence: SentenceView,
}

/// Words a person said, where (`start`/`end` of the quoted words in `doc`) and to whom.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Quote"))]
pub struct QuoteView {
    pub speaker: EntitySummary,
    pub text: String,
    pub outlet: Option<EntitySummary>,
    pub doc: String,
    pub title: String,
    pub start: u32,
    pub end: u32,
}
