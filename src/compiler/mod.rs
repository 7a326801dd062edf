//! The build-time corpus compiler: manifest + captures in, [`Corpus`] and a report of every dropped line out.
//!
//! Stages, one module each: [`manifest`] → [`ingest`] (with [`chrome`]) → [`segment`] → [`extract`]
//! → [`relate`]. The result is encoded by [`crate::blob`]; the search index is built by the engine when it opens the corpus.

mod error;

mod clean;
mod extract;
mod facts;
mod lexicon;
pub(crate) mod relate;
mod resolve;
pub(crate) mod segment;

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
    let found = extract::extract(&corpus.documents, &corpus.sentences);
    corpus.entities = resolve::resolve(&corpus.documents, &corpus.sentences, &found);
    extract::attach_roles(&mut corpus.entities, &corpus.documents, &found);
    let typed = relate::typed_relations(&corpus.documents, &corpus.sentences, &mut corpus.entities);
    corpus.relations = relate::with_co_mentions(typed, relate::co_mentions(&corpus.entities));
    corpus.events = facts::events(&corpus.documents, &corpus.sentences, &corpus.entities);
    let items = relate::sentence_items(&corpus.documents, &corpus.sentences, &corpus.entities);
    let kinds: Vec<_> = corpus.entities.iter().map(|e| e.kind).collect();
    corpus.quotes = facts::quotes(&corpus.documents, &items, &kinds);
    corpus.figures =
        facts::figures(&corpus.documents, &corpus.sentences, &corpus.entities, &corpus.quotes);
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
