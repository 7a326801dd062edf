//! Any bytes as a corpus blob: `Explorer::open` refuses them with a message or opens a corpus that then
//! answers a sweep of queries without panicking. Seed it with real blobs (see README.md).

#![no_main]

use corpus_explorer::engine::{entities::EntityFilter, Explorer, Filter, GraphOptions, PathOptions, SearchOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let explorer = match Explorer::open(data) {
        Ok(explorer) => explorer,
        Err(error) => {
            assert!(error.0.starts_with("corpus blob "), "{error}");
            return;
        }
    };
    let corpus = explorer.corpus();
    let _ = explorer.stats();
    let _ = explorer.documents(&Filter { from: Some("2000".into()), ..Default::default() });
    for doc in corpus.documents.iter().take(3) {
        let _ = explorer.document(&doc.id);
    }
    for query in ["the", "\"in the\"", "a", "Akitkhan -camps"] {
        let _ = explorer.search(query, &SearchOptions { limit: Some(100), ..Default::default() });
        let _ = explorer.suggest(query, Some(50));
    }
    let _ = explorer.entities(&EntityFilter::default());
    let ids: Vec<&str> = corpus.entities.iter().take(4).map(|e| e.id.as_str()).collect();
    for id in &ids {
        let _ = explorer.entity(id);
        let _ = explorer.graph(&Filter { related: Some(id.to_string()), ..Default::default() }, &GraphOptions { focus: Some(id.to_string()), depth: Some(2), ..Default::default() });
        for other in &ids {
            let _ = explorer.path(id, other, &PathOptions { max_hops: Some(8), ..Default::default() });
        }
    }
    let _ = explorer.timeline(&Filter::default(), &Default::default());
    let _ = explorer.figures(&Filter::default());
    let _ = explorer.quotes(&Filter::default(), &Default::default());
    for format in ["json", "graphml", "csv", "csv-edges"] {
        let _ = explorer.export(format);
    }
});
