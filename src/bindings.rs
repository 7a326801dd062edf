//! The wasm-bindgen face of the engine: `class Explorer` whose methods take and return plain JS objects and throw `Error`s, never panic.
//!
//! Arguments are read defensively: a JS value is copied into an [`options::Value`] through calls that
//! catch whatever JS throws (getters, proxies), within an [`options::Budget`] (no endless iterables,
//! no cyclic objects), and only then does the engine run. A panic or a trap marks the engine stopped:
//! later calls throw an `Error` asking for a reload instead of running on a broken instance.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};

use js_sys::{Array, JsString, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::options::{self, Budget, OverBudget, Value};
use crate::engine::{
    self, clip, entities::EntityFilter, EngineError, Filter, GraphOptions, NeighborOptions,
    PathOptions, QuoteOptions, SearchOptions, TimelineOptions, MAX_MESSAGE_CHARS,
};

/// The API's TypeScript types, generated from the Rust views and options by the `engine::typescript` test.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("engine/api.d.ts");

static ENGINE: OnceLock<Result<engine::Explorer, EngineError>> = OnceLock::new();
/// The message of the first panic, if one happened.
static PANICKED: OnceLock<String> = OnceLock::new();
/// Set while the engine runs (no JS runs meanwhile): still set on entry means an earlier call trapped.
static BUSY: AtomicBool = AtomicBool::new(false);

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`, which throws for a revoked proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    /// `Object.keys`, which runs a proxy's traps.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// Reports a panic once (console_error_panic_hook) and remembers its message.
fn install_panic_hook() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            if PANICKED.set(info.to_string()).is_ok() {
                console_error_panic_hook::hook(info);
            }
        }));
    });
}

fn stopped(why: &str) -> JsError {
    JsError::new(&clip(
        &format!("the explorer stopped after an internal error ({why}); reload the page"),
        MAX_MESSAGE_CHARS,
    ))
}

/// Runs `call` on the engine unless an earlier call panicked or trapped.
fn run<T>(
    call: impl FnOnce(&'static engine::Explorer) -> Result<T, EngineError>,
) -> Result<T, JsError> {
    let engine = enter()?;
    let result = call(engine);
    BUSY.store(false, Ordering::SeqCst);
    result.map_err(fail)
}

/// The engine, marked busy; an error if an earlier call panicked or trapped, or the blob is damaged.
/// (Not generic and not inlined: one copy for every method keeps the wasm small.)
#[inline(never)]
fn enter() -> Result<&'static engine::Explorer, JsError> {
    if let Some(message) = PANICKED.get() {
        return Err(stopped(message));
    }
    if BUSY.swap(true, Ordering::SeqCst) {
        return Err(stopped("an earlier call did not finish"));
    }
    match ENGINE.get_or_init(engine::Explorer::open_embedded) {
        Ok(engine) => Ok(engine),
        Err(error) => {
            BUSY.store(false, Ordering::SeqCst);
            Err(fail(error.clone()))
        }
    }
}

#[inline(never)]
fn fail(error: EngineError) -> JsError {
    JsError::new(&clip(&error.to_string(), MAX_MESSAGE_CHARS))
}

/// What a thrown JS value says, without running any more of its code than reading `message`.
fn thrown(error: &JsValue) -> String {
    if let Some(text) = error.as_string() {
        return clip(&text, 200);
    }
    match Reflect::get(error, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()) {
        Some(message) => clip(&message, 200),
        None => "an exception".into(),
    }
}

/// Why a JS value could not be copied.
enum Unreadable {
    /// It passed a limit of the [`Budget`].
    OverBudget { limit: OverBudget },
    /// A key or argument that should be a string is not.
    NotAString,
    /// A string longer than `mib` MiB.
    LongString { mib: usize },
    /// A BigInt, Symbol, function or other value options cannot hold.
    NotPlain { kind: &'static str },
    /// Reading it ran a getter or proxy trap that threw this message.
    Threw { message: String },
}

impl core::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Unreadable::OverBudget { limit } => write!(f, "{limit}"),
            Unreadable::NotAString => f.write_str("expected a string"),
            Unreadable::LongString { mib } => write!(f, "a string longer than {mib} MiB"),
            Unreadable::NotPlain { kind } => write!(f, "expected a plain value, got {kind}"),
            Unreadable::Threw { message } => write!(f, "reading it threw: {message}"),
        }
    }
}

impl From<OverBudget> for Unreadable {
    fn from(limit: OverBudget) -> Self {
        Unreadable::OverBudget { limit }
    }
}

/// Where in an argument a value could not be copied (a path like `.outlets[2]`, empty for the argument
/// itself), and why.
struct UnreadableAt {
    path: String,
    why: Unreadable,
}

/// Copies a JS value into a [`Value`].
fn to_value(value: &JsValue, depth: usize, budget: &mut Budget) -> Result<Value, UnreadableAt> {
    let here = |why: Unreadable| UnreadableAt { path: String::new(), why };
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    let text = value.is_string().then(|| read_string(value)).transpose().map_err(here)?;
    budget.take(depth, text.as_ref().map_or(0, String::len)).map_err(|e| here(e.into()))?;
    if let Some(text) = text {
        return Ok(Value::String(text));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Value::Number(n));
    }
    let kind = if value.is_bigint() {
        "a BigInt"
    } else if value.is_symbol() {
        "a Symbol"
    } else if value.is_function() {
        "a function"
    } else if !value.is_object() {
        "something else"
    } else {
        ""
    };
    if !kind.is_empty() {
        return Err(here(Unreadable::NotPlain { kind }));
    }
    let (keys, array) = match is_array(value) {
        Ok(true) => (None, true),
        Ok(false) => (Some(object_keys(value).map_err(|e| here(threw(&e)))?), false),
        Err(e) => return Err(here(threw(&e))),
    };
    let length = match &keys {
        Some(keys) => keys.length() as f64,
        None => get(value, &JsValue::from_str("length")).map_err(here)?.as_f64().unwrap_or(0.0),
    };
    if !(0.0..=options::MAX_VALUES as f64).contains(&length) {
        return Err(here(OverBudget::TooManyValues { values: options::MAX_VALUES }.into()));
    }
    let mut items = Vec::with_capacity(length as usize);
    let mut fields = Vec::with_capacity(if array { 0 } else { length as usize });
    for i in 0..length as u32 {
        let (key, name) = match &keys {
            Some(keys) => {
                let key = keys.get(i);
                let name = read_string(&key).map_err(here)?;
                budget.take(depth + 1, name.len()).map_err(|e| here(e.into()))?;
                (key, Some(name))
            }
            None => (JsValue::from(i), None),
        };
        let at = |UnreadableAt { path, why }| UnreadableAt {
            path: match &name {
                Some(name) => format!(".{}{path}", clip(name, 64)),
                None => format!("[{i}]{path}"),
            },
            why,
        };
        let item = get(value, &key).map_err(|why| at(here(why)))?;
        let item = to_value(&item, depth + 1, budget).map_err(at)?;
        match name {
            Some(name) => fields.push((name, item)),
            None => items.push(item),
        }
    }
    Ok(if array { Value::Array(items) } else { Value::Object(fields) })
}

/// `target[key]`, with what it threw (a getter, a proxy trap) as the error.
fn get(target: &JsValue, key: &JsValue) -> Result<JsValue, Unreadable> {
    Reflect::get(target, key).map_err(|e| threw(&e))
}

fn threw(error: &JsValue) -> Unreadable {
    Unreadable::Threw { message: thrown(error) }
}

/// A JS string as UTF-8 (a lone surrogate becomes U+FFFD), refused past the text budget before it is copied.
fn read_string(value: &JsValue) -> Result<String, Unreadable> {
    let Some(text) = value.dyn_ref::<JsString>() else {
        return Err(Unreadable::NotAString);
    };
    if text.length() as usize > options::MAX_TEXT_BYTES {
        return Err(Unreadable::LongString { mib: options::MAX_TEXT_BYTES >> 20 });
    }
    Ok(value.as_string().unwrap_or_default())
}

/// Reads a string argument; `what` names it ("query").
#[inline(never)]
fn string_arg(value: &JsValue, what: &str) -> Result<String, JsError> {
    if !value.is_string() {
        let got = if value.is_undefined() {
            "undefined".to_string()
        } else if value.is_null() {
            "null".to_string()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        };
        return Err(JsError::new(&format!("{what} must be a string, got {got}")));
    }
    read_string(value).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// Reads optional options; `undefined` and `null` mean defaults.
fn read_options<T: DeserializeOwned + Default>(
    value: Option<JsValue>,
    what: &str,
) -> Result<T, JsError> {
    options::read(&copy_options(value, what)?, what).map_err(fail)
}

/// The options value copied out of JS (not generic: one copy for every option type).
#[inline(never)]
fn copy_options(value: Option<JsValue>, what: &str) -> Result<Value, JsError> {
    let Some(value) = value else { return Ok(Value::Null) };
    to_value(&value, 0, &mut Budget::default()).map_err(|UnreadableAt { path, why }| {
        let at = path.strip_prefix('.').unwrap_or(&path);
        JsError::new(&clip(
            &if at.is_empty() { format!("{what}: {why}") } else { format!("{what}: {at}: {why}") },
            MAX_MESSAGE_CHARS,
        ))
    })
}

/// The search result crosses as one JSON string that `JSON.parse` turns into objects: its many
/// small strings and arrays cost one call each through serde-wasm-bindgen. Measured in Chromium over
/// the benchmark's 41 queries: serializing went from 38 % to 12 % of a search's time (about 93 → 77 µs
/// a query at ×1). The other, rarer results keep serde-wasm-bindgen values.
fn to_js_by_json<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json)
        .map_err(|_| JsError::new("the search result could not be read as JSON"))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Panics inside the engine, in a build compiled with `CORPUS_EXPLORER_PANIC_PROBE` set (the browser tests'
/// hostile build), so a test can see how a page meets a panic; any other build throws. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __panicForTests, skip_typescript)]
pub fn panic_for_tests() -> Result<(), JsError> {
    install_panic_hook();
    run(|_| match option_env!("CORPUS_EXPLORER_PANIC_PROBE") {
        Some(_) => panic!("panic probe of a test build"),
        None => Err(EngineError::NotATestBuild),
    })
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
        install_panic_hook();
        Ok(Explorer { engine: run(Ok)? })
    }

    /// Counts and the blob's format version.
    #[wasm_bindgen(unchecked_return_type = "Stats")]
    pub fn stats(&self) -> Result<JsValue, JsError> {
        to_js(&run(|_| Ok(self.engine.stats()))?)
    }

    /// Documents passing the filter, oldest first.
    #[wasm_bindgen(unchecked_return_type = "DocumentSummary[]")]
    pub fn documents(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter")] filter: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "documents filter")?;
        to_js(&run(|_| self.engine.documents(&filter))?)
    }

    /// One document: metadata, cleaned text, paragraphs and entity mentions.
    #[wasm_bindgen(unchecked_return_type = "DocumentView")]
    pub fn document(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsError> {
        let id = string_arg(&id, "document id")?;
        to_js(&run(|_| self.engine.document(&id))?)
    }

    /// Ranked sentence hits, facets and matching entities.
    #[wasm_bindgen(unchecked_return_type = "SearchResult")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] query: JsValue,
        #[wasm_bindgen(unchecked_param_type = "SearchOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let query = string_arg(&query, "search query")?;
        let options: SearchOptions = read_options(options, "search options")?;
        to_js_by_json(&run(|_| self.engine.search(&query, &options))?)
    }

    /// Entities, then index terms, for the search box.
    #[wasm_bindgen(unchecked_return_type = "Suggestion[]")]
    pub fn suggest(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] prefix: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] limit: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let prefix = string_arg(&prefix, "suggest prefix")?;
        let limit: Option<u32> = read_options(limit, "suggest limit")?;
        to_js(&run(|_| self.engine.suggest(&prefix, limit))?)
    }

    /// Entities ranked by mentions in the documents the filter accepts.
    #[wasm_bindgen(unchecked_return_type = "EntitySummary[]")]
    pub fn entities(
        &self,
        #[wasm_bindgen(unchecked_param_type = "EntityFilter")] filter: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let filter: EntityFilter = read_options(filter, "entities filter")?;
        to_js(&run(|_| self.engine.entities(&filter))?)
    }

    /// The profile of one entity.
    #[wasm_bindgen(unchecked_return_type = "EntityView")]
    pub fn entity(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsError> {
        let id = string_arg(&id, "entity id")?;
        to_js(&run(|_| self.engine.entity(&id))?)
    }

    /// Links of an entity with their evidence sentences.
    #[wasm_bindgen(unchecked_return_type = "Link[]")]
    pub fn neighbors(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "NeighborOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let id = string_arg(&id, "entity id")?;
        let options: NeighborOptions = read_options(options, "neighbors options")?;
        to_js(&run(|_| self.engine.neighbors(&id, &options))?)
    }

    /// The shortest chain of links between two entities, each hop with its evidence.
    #[wasm_bindgen(unchecked_return_type = "PathView")]
    pub fn path(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] from: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] to: JsValue,
        #[wasm_bindgen(unchecked_param_type = "PathOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let from = string_arg(&from, "path from")?;
        let to = string_arg(&to, "path to")?;
        let options: PathOptions = read_options(options, "path options")?;
        to_js(&run(|_| self.engine.path(&from, &to, &options))?)
    }

    /// The network to draw: nodes with a deterministic layout, edges with evidence counts.
    #[wasm_bindgen(unchecked_return_type = "GraphView")]
    pub fn graph(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter")] filter: Option<JsValue>,
        #[wasm_bindgen(unchecked_param_type = "GraphOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "graph filter")?;
        let options: GraphOptions = read_options(options, "graph options")?;
        to_js(&run(|_| self.engine.graph(&filter, &options))?)
    }

    /// Dated events, oldest first, each with its sentence and entities.
    #[wasm_bindgen(unchecked_return_type = "TimelineEvent[]")]
    pub fn timeline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter")] filter: Option<JsValue>,
        #[wasm_bindgen(unchecked_param_type = "TimelineOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "timeline filter")?;
        let options: TimelineOptions = read_options(options, "timeline options")?;
        to_js(&run(|_| self.engine.timeline(&filter, &options))?)
    }

    /// Figures grouped by topic, with disagreement flagged.
    #[wasm_bindgen(unchecked_return_type = "FigureGroup[]")]
    pub fn figures(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter")] filter: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "figures filter")?;
        to_js(&run(|_| self.engine.figures(&filter))?)
    }

    /// Quotes in reading order: who said what, to which outlet.
    #[wasm_bindgen(unchecked_return_type = "Quote[]")]
    pub fn quotes(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Filter")] filter: Option<JsValue>,
        #[wasm_bindgen(unchecked_param_type = "QuoteOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let filter: Filter = read_options(filter, "quotes filter")?;
        let options: QuoteOptions = read_options(options, "quotes options")?;
        to_js(&run(|_| self.engine.quotes(&filter, &options))?)
    }

    /// The knowledge graph as a string: `json`, `graphml`, `csv` (nodes) or `csv-edges`.
    pub fn export(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ExportFormat")] format: JsValue,
    ) -> Result<String, JsError> {
        let format = string_arg(&format, "export format")?;
        run(|_| self.engine.export(&format))
    }
}
