//! The wasm-bindgen face of the engine: `class Explorer` whose methods take and return plain JS objects and throw `Error`s, never panic.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{self, entities::EntityFilter, EngineError, Filter, GraphOptions, NeighborOptions, PathOptions, QuoteOptions, SearchOptions, TimelineOptions};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Narrows every listing; fields combine with AND. Dates are YYYY, YYYY-MM or YYYY-MM-DD, inclusive (publication dates). `related`: an entity id; only entities linked to it, only sentences naming one of them. */
export interface Filter { outlets?: string[]; from?: string; to?: string; types?: EntityType[]; entities?: string[]; related?: string; }
export type EntityType = 'person' | 'organization' | 'place' | 'group';
/** A relation type (`spouse-of`, `head-of`, `met-with`, `co-mention`, …) or a family name; see docs/js-api.md. */
export type RelationType = string;
export type RelationFamily = 'family' | 'affiliation' | 'office' | 'interaction' | 'support' | 'statement' | 'co-mention';
export interface Stats { formatVersion: number; documents: number; sentences: number; entities: number; relations: number; terms: number; entityTypes: Record<EntityType, number>; }
export interface DocumentSummary { id: string; title: string; outlet: string; published: string; authors: string[]; source: string; sentences: number; mentions: number; }
/** Offsets are UTF-16 code units into `text`. */
export interface DocumentView extends Omit<DocumentSummary, 'mentions'> { text: string; paragraphs: { start: number; end: number; kind: 'body' | 'heading' | 'caption' }[]; mentions: { entity: string; name: string; type: EntityType; start: number; end: number }[]; }
/** `unnamed`: a person the text speaks of without naming ("three of her sons"); `name` is then a bracketed description. */
export interface EntitySummary { id: string; name: string; type: EntityType; unnamed: boolean; aliases: string[]; mentions: number; documents: number; }
export interface Evidence { doc: string; title: string; start: number; end: number; text: string; }
export interface SentenceView { start: number; end: number; text: string; }
/** `source` and `target` as the relation is stated ("source head-of target"); `other` is the entity at the far end. */
export interface Link { source: string; target: string; type: RelationType; family: RelationFamily; directed: boolean; other: EntitySummary; evidence: Evidence[]; }
/** `start`/`end`: the quoted words in `doc`. */
export interface Quote { speaker: EntitySummary; text: string; outlet: EntitySummary | null; doc: string; title: string; start: number; end: number; }
export interface EntityView { id: string; name: string; type: EntityType; unnamed: boolean; aliases: string[]; mentionCount: number; documents: number; mentions: { doc: string; title: string; start: number; end: number; sentence: SentenceView }[]; roles: { text: string; doc: string; title: string; start: number; end: number; sentence: SentenceView }[]; relations: Link[]; quotes: Quote[]; }
/** `highlights` are offsets into `text`; `matched` lists other spellings that matched. */
export interface Hit { doc: string; title: string; outlet: string; published: string; sentence: number; start: number; end: number; text: string; highlights: [number, number][]; score: number; matched: string[]; }
export interface FacetValue { value: string; count: number; }
export interface SearchResult { query: string; total: number; hits: Hit[]; facets: { outlet: FacetValue[]; year: FacetValue[]; type: FacetValue[] }; entities: EntitySummary[]; quotes: Quote[]; notice?: string; }
export type Suggestion = { kind: 'entity'; id: string; label: string; type: EntityType; documents: number } | { kind: 'term'; label: string; count: number };
export interface SearchOptions extends Filter { limit?: number; offset?: number; }
export interface EntityFilter extends Filter { query?: string; limit?: number; offset?: number; }
/** `types`: relation type or family names to follow; empty or absent: all. */
export interface NeighborOptions { types?: RelationType[]; minEvidence?: number; limit?: number; }
export interface PathOptions { types?: RelationType[]; maxHops?: number; }
/** A hop walks from `source` to `target`; `reversed` says the relation is stated the other way ("target head-of source"). */
export interface Hop { source: string; target: string; type: RelationType; family: RelationFamily; directed: boolean; reversed: boolean; evidence: Evidence[]; }
export interface PathView { found: boolean; hops: Hop[]; }
/** `limit` 1–150 (default 40); `focus`: an entity id whose neighbourhood to draw, `depth` 1 or 2 links (default 1). */
export interface GraphOptions { limit?: number; types?: RelationType[]; focus?: string; depth?: number; }
/** `x`, `y` in [0, 1]: the layout computed in wasm (same arguments, same picture). `evidence`: sentences in the filtered documents. */
export interface GraphView { total: number; nodes: { id: string; name: string; type: EntityType; unnamed: boolean; mentions: number; x: number; y: number }[]; edges: { source: string; target: string; type: RelationType; family: RelationFamily; directed: boolean; evidence: number }[]; }
export interface TimelineOptions { entity?: string; }
/** `start`/`end`: the date words (`dateText`) in `doc`. */
export interface TimelineEvent { date: string; precision: 'day' | 'month' | 'year'; dateText: string; doc: string; title: string; start: number; end: number; sentence: SentenceView; entities: EntitySummary[]; }
export interface FigureView { text: string; value: number | null; counts: string; source: EntitySummary | null; doc: string; title: string; start: number; end: number; sentence: SentenceView; }
/** `disagree`: the values differ by more than 10% of the smaller. */
export interface FigureGroup { topic: string; figures: FigureView[]; disagree: boolean; }
export interface QuoteOptions { entity?: string; }
export type ExportFormat = 'json' | 'graphml' | 'csv' | 'csv-edges';
"#;

static ENGINE: OnceLock<Result<engine::Explorer, EngineError>> = OnceLock::new();

fn engine() -> Result<&'static engine::Explorer, JsError> {
    ENGINE.get_or_init(engine::Explorer::open_embedded).as_ref().map_err(|e| JsError::new(&e.0))
}

fn fail(error: EngineError) -> JsError {
    JsError::new(&error.0)
}

/// Reads optional options; `undefined` and `null` mean defaults.
fn read_options<T: DeserializeOwned + Default>(value: JsValue, what: &str) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// The explorer over the corpus compiled into this module. All instances share one decoded corpus.
#[wasm_bindgen]
pub struct Explorer {
    engine: &'static engine::Explorer,
}

#[wasm_bindgen]
impl Explorer {
    /// Opens the embedded corpus (decoded once per page); throws if it is damaged.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Explorer, JsError> {
        console_error_panic_hook::set_once();
        Ok(Explorer { engine: engine()? })
    }

    /// Counts and the blob's format version.
    #[wasm_bindgen(unchecked_return_type = "Stats")]
    pub fn stats(&self) -> Result<JsValue, JsError> {
        to_js(&self.engine.stats())
    }

    /// Documents passing the filter, oldest first.
    #[wasm_bindgen(unchecked_return_type = "DocumentSummary[]")]
    pub fn documents(&self, #[wasm_bindgen(unchecked_param_type = "Filter | undefined")] filter: JsValue) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "documents filter")?;
        to_js(&self.engine.documents(&filter).map_err(fail)?)
    }

    /// One document: metadata, cleaned text, paragraphs and entity mentions.
    #[wasm_bindgen(unchecked_return_type = "DocumentView")]
    pub fn document(&self, id: &str) -> Result<JsValue, JsError> {
        to_js(&self.engine.document(id).map_err(fail)?)
    }

    /// Ranked sentence hits, facets and matching entities.
    #[wasm_bindgen(unchecked_return_type = "SearchResult")]
    pub fn search(&self, query: &str, #[wasm_bindgen(unchecked_param_type = "SearchOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
        let options: SearchOptions = read_options(options, "search options")?;
        to_js(&self.engine.search(query, &options).map_err(fail)?)
    }

    /// Entities, then index terms, for the search box.
    #[wasm_bindgen(unchecked_return_type = "Suggestion[]")]
    pub fn suggest(&self, prefix: &str, limit: Option<u32>) -> Result<JsValue, JsError> {
        to_js(&self.engine.suggest(prefix, limit).map_err(fail)?)
    }

    /// Entities ranked by mentions in the documents the filter accepts.
    #[wasm_bindgen(unchecked_return_type = "EntitySummary[]")]
    pub fn entities(&self, #[wasm_bindgen(unchecked_param_type = "EntityFilter | undefined")] filter: JsValue) -> Result<JsValue, JsError> {
        let filter: EntityFilter = read_options(filter, "entities filter")?;
        to_js(&self.engine.entities(&filter).map_err(fail)?)
    }

    /// The profile of one entity.
    #[wasm_bindgen(unchecked_return_type = "EntityView")]
    pub fn entity(&self, id: &str) -> Result<JsValue, JsError> {
        to_js(&self.engine.entity(id).map_err(fail)?)
    }

    /// Links of an entity with their evidence sentences.
    #[wasm_bindgen(unchecked_return_type = "Link[]")]
    pub fn neighbors(&self, id: &str, #[wasm_bindgen(unchecked_param_type = "NeighborOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
        let options: NeighborOptions = read_options(options, "neighbors options")?;
        to_js(&self.engine.neighbors(id, &options).map_err(fail)?)
    }

    /// The shortest chain of links between two entities, each hop with its evidence.
    #[wasm_bindgen(unchecked_return_type = "PathView")]
    pub fn path(&self, from: &str, to: &str, #[wasm_bindgen(unchecked_param_type = "PathOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
        let options: PathOptions = read_options(options, "path options")?;
        to_js(&self.engine.path(from, to, &options).map_err(fail)?)
    }

    /// The network to draw: nodes with a deterministic layout, edges with evidence counts.
    #[wasm_bindgen(unchecked_return_type = "GraphView")]
    pub fn graph(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter | undefined")] filter: JsValue,
        #[wasm_bindgen(unchecked_param_type = "GraphOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "graph filter")?;
        let options: GraphOptions = read_options(options, "graph options")?;
        to_js(&self.engine.graph(&filter, &options).map_err(fail)?)
    }

    /// Dated events, oldest first, each with its sentence and entities.
    #[wasm_bindgen(unchecked_return_type = "TimelineEvent[]")]
    pub fn timeline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter | undefined")] filter: JsValue,
        #[wasm_bindgen(unchecked_param_type = "TimelineOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "timeline filter")?;
        let options: TimelineOptions = read_options(options, "timeline options")?;
        to_js(&self.engine.timeline(&filter, &options).map_err(fail)?)
    }

    /// Figures grouped by topic, with disagreement flagged.
    #[wasm_bindgen(unchecked_return_type = "FigureGroup[]")]
    pub fn figures(&self, #[wasm_bindgen(unchecked_param_type = "Filter | undefined")] filter: JsValue) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "figures filter")?;
        to_js(&self.engine.figures(&filter).map_err(fail)?)
    }

    /// Quotes in reading order: who said what, to which outlet.
    #[wasm_bindgen(unchecked_return_type = "Quote[]")]
    pub fn quotes(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter | undefined")] filter: JsValue,
        #[wasm_bindgen(unchecked_param_type = "QuoteOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "quotes filter")?;
        let options: QuoteOptions = read_options(options, "quotes options")?;
        to_js(&self.engine.quotes(&filter, &options).map_err(fail)?)
    }

    /// The knowledge graph as a string: `json`, `graphml`, `csv` (nodes) or `csv-edges`.
    pub fn export(&self, #[wasm_bindgen(unchecked_param_type = "ExportFormat")] format: &str) -> Result<String, JsError> {
        self.engine.export(format).map_err(fail)
    }
}
