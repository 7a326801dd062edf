//! Any bytes as a search query (and suggest prefix, and entity name filter) over the embedded corpus:
//! the query parser and everything a query reaches must return, never panic.
//! The first byte picks the page (limit 1–100, offset 0–…) and the suggestion count.

#![no_main]

use std::sync::OnceLock;

use corpus_explorer::engine::{entities::EntityFilter, Explorer, SearchOptions};
use libfuzzer_sys::fuzz_target;

fn explorer() -> &'static Explorer {
    static EXPLORER: OnceLock<Explorer> = OnceLock::new();
    EXPLORER.get_or_init(|| Explorer::open_embedded().expect("the embedded corpus opens"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let query = String::from_utf8_lossy(rest);
    let e = explorer();
    let options = SearchOptions { limit: Some(u32::from(first % 100) + 1), offset: Some(u32::from(first / 100) * 7), ..Default::default() };
    if let Ok(result) = e.search(&query, &options) {
        assert!(result.hits.len() <= 100);
        for hit in &result.hits {
            let units = hit.text.encode_utf16().count() as u32;
            assert!(hit.highlights.iter().all(|h| h[0] <= h[1] && h[1] <= units), "highlights inside the hit");
        }
    }
    if let Ok(suggestions) = e.suggest(&query, Some(u32::from(first % 50) + 1)) {
        assert!(suggestions.len() <= 50);
    }
    let _ = e.entities(&EntityFilter { query: Some(query.into_owned()), ..Default::default() });
});
