//! The build-time corpus compiler: manifest + captures in, [`Corpus`] and a report of every dropped line out.
//!
//! Stages, one module each: [`manifest`] → [`ingest`] (with [`chrome`]) → [`segment`] → [`extract`]
//! → [`relate`]. The result is encoded by [`crate::blob`]; the search index is built by the engine when it opens the corpus.

mod acronyms;
mod aliases;
mod anaphora;
mod candidates;
mod clean;
mod cues;
mod dates;
mod demonyms;
pub mod error;
mod events;
pub mod extract;
mod figures;
mod gazetteer;
mod groups;
mod headlines;
mod kinship;
mod ministries;
mod names;
mod overrides;
mod pattern;
mod peoples;
mod quotes;
pub mod relate;
mod relation_patterns;
mod relations;
mod resolve;
mod roles;
pub(crate) mod segment;
mod sentence_items;
mod titles;
mod typing;
mod words;

use std::path::Path;

pub use clean::{DropReason, DroppedLine, MAX_LINE_BYTES, MAX_STORY_BYTES};
pub use error::Error;

use crate::model::Corpus;

/// The file in a corpus directory that lists captures and stories.
pub const MANIFEST: &str = "corpus.toml";

/// What the compiler produced and what it left out.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub corpus: Corpus,
    /// Every non-blank capture line that is in no document, in capture and line order.
    pub dropped: Vec<DroppedLine>,
    /// Files read, for build-script change tracking.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Compiles the corpus directory `dir` (holding `corpus.toml` and the captures it names).
pub fn compile(dir: &Path) -> Result<Compiled, Error> {
    let cleaned = clean::clean(dir)?;
    let mut corpus = Corpus::default();
    (corpus.documents, corpus.sentences) = segment::segment_stories(&cleaned.stories);
    corpus.entities = extract::extract_entities(&corpus.documents, &corpus.sentences);
    let typed =
        relations::typed_relations(&corpus.documents, &corpus.sentences, &mut corpus.entities);
    corpus.relations = relations::with_co_mentions(typed, relate::co_mentions(&corpus.entities));
    corpus.events = events::events(&corpus.documents, &corpus.sentences, &corpus.entities);
    let items = relations::sentence_items(&corpus.documents, &corpus.sentences, &corpus.entities);
    let kinds: Vec<_> = corpus.entities.iter().map(|e| e.kind).collect();
    corpus.quotes = quotes::quotes(&corpus.documents, &items, &kinds);
    corpus.figures =
        figures::figures(&corpus.documents, &corpus.sentences, &corpus.entities, &corpus.quotes);
    Ok(Compiled { corpus, dropped: cleaned.dropped, inputs: cleaned.inputs })
}

/// The report of dropped lines, one per line: `file:line<TAB>reason<TAB>text`.
pub fn report(compiled: &Compiled) -> String {
    let mut out = String::new();
    for line in &compiled.dropped {
        out.push_str(&format!(
            "{}:{}\t{}\t{}\n",
            line.file,
            line.line,
            line.reason.describe(),
            line.text
        ));
    }
    out
}
