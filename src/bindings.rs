//! The wasm-bindgen face of the engine: `class Explorer` whose methods take and return plain JS objects and throw `Error`s, never panic.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{self, entities::EntityFilter, EngineError, Filter, NeighborOptions, PathOptions, SearchOptions};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Narrows every listing; fields combine with AND. Dates are YYYY, YYYY-MM or YYYY-MM-DD, inclusive. */
export interface Filter { outlets?: string[]; from?: string; to?: string; types?: EntityType[]; entities?: string[]; }
export type EntityType = 'person' | 'organization' | 'place' | 'group';
export interface Stats { formatVersion: number; documents: number; sentences: number; entities: number; relations: number; terms: number; entityTypes: Record<EntityType, number>; }
export interface DocumentSummary { id: string; title: string; outlet: string; published: string; authors: string[]; source: string; sentences: number; mentions: number; }
/** Offsets are UTF-16 code units into `text`. */
export interface DocumentView extends Omit<DocumentSummary, 'mentions'> { text: string; paragraphs: { start: number; end: number; kind: 'body' | 'heading' | 'caption' }[]; mentions: { entity: string; name: string; type: EntityType; start: number; end: number }[]; }
export interface EntitySummary { id: string; name: string; type: EntityType; aliases: string[]; mentions: number; documents: number; }
export interface Evidence { doc: string; title: string; start: number; end: number; text: string; }
export interface Link { source: string; target: string; type: string; other: EntitySummary; evidence: Evidence[]; }
export interface EntityView { id: string; name: string; type: EntityType; aliases: string[]; mentionCount: number; documents: number; mentions: { doc: string; title: string; start: number; end: number; sentence: { start: number; end: number; text: string } }[]; roles: { text: string; doc: string; title: string; start: number; end: number; sentence: { start: number; end: number; text: string } }[]; relations: Link[]; }
/** `highlights` are offsets into `text`; `matched` lists other spellings that matched. */
export interface Hit { doc: string; title: string; outlet: string; published: string; sentence: number; start: number; end: number; text: string; highlights: [number, number][]; score: number; matched: string[]; }
export interface FacetValue { value: string; count: number; }
export interface SearchResult { query: string; total: number; hits: Hit[]; facets: { outlet: FacetValue[]; year: FacetValue[]; type: FacetValue[] }; entities: EntitySummary[]; notice?: string; }
export type Suggestion = { kind: 'entity'; id: string; label: string; type: EntityType; documents: number } | { kind: 'term'; label: string; count: number };
export interface SearchOptions extends Filter { limit?: number; offset?: number; }
export interface EntityFilter extends Filter { query?: string; limit?: number; offset?: number; }
export interface NeighborOptions { types?: string[]; minEvidence?: number; limit?: number; }
export interface PathOptions { types?: string[]; maxHops?: number; }
export interface PathView { found: boolean; hops: { source: string; target: string; type: string; evidence: Evidence[] }[]; }
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

    /// The knowledge graph as a string; `format` is `json`.
    pub fn export(&self, format: &str) -> Result<String, JsError> {
        self.engine.export(format).map_err(fail)
    }
}
