//! Any bytes as JSON options, read the way the wasm bindings read them (`engine::options::read`) into
//! every option type, then passed to the engine: each read gives a value or an error with a message.

#![no_main]

use std::sync::OnceLock;

use corpus_explorer::engine::entities::EntityFilter;
use corpus_explorer::engine::options::{read, Value};
use corpus_explorer::engine::{Explorer, Filter, GraphOptions, NeighborOptions, PathOptions, SearchOptions, MAX_MESSAGE_CHARS};
use libfuzzer_sys::fuzz_target;

fn explorer() -> &'static Explorer {
    static EXPLORER: OnceLock<Explorer> = OnceLock::new();
    EXPLORER.get_or_init(|| Explorer::open_embedded().expect("the embedded corpus opens"))
}

fn short<T>(result: corpus_explorer::engine::Result<T>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(error) => {
            assert!(!error.0.is_empty() && error.0.chars().count() <= MAX_MESSAGE_CHARS + 1, "{error}");
            None
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(data) else { return };
    let e = explorer();
    let id = e.corpus().entities[0].id.clone();
    if let Some(o) = short(read::<SearchOptions>(&value, "search options")) {
        short(e.search("Akitkhan", &o));
    }
    if let Some(f) = short(read::<EntityFilter>(&value, "entities filter")) {
        short(e.entities(&f));
    }
    if let Some(f) = short(read::<Filter>(&value, "filter")) {
        short(e.documents(&f));
        short(e.timeline(&f, &Default::default()));
        short(e.figures(&f));
        short(e.quotes(&f, &Default::default()));
    }
    if let Some(o) = short(read::<GraphOptions>(&value, "graph options")) {
        short(e.graph(&Filter::default(), &o));
    }
    if let Some(o) = short(read::<NeighborOptions>(&value, "neighbors options")) {
        short(e.neighbors(&id, &o));
    }
    if let Some(o) = short(read::<PathOptions>(&value, "path options")) {
        short(e.path(&id, &e.corpus().entities[e.corpus().entities.len() - 1].id, &o));
    }
    short(read::<Option<u32>>(&value, "suggest limit"));
});
