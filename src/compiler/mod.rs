//! The build-time corpus compiler: `corpus.toml` and its captures in, a [`Corpus`] and a report of every dropped line out.
//!
//! [`compile`] runs these stages in order; each lives in the folder it is named after:
//!
//! 1. [`clean::clean`] reads the manifest and the captures, cuts the stories and drops page chrome;
//! 2. [`segment::segment_stories`] turns each story into a document of paragraphs and sentences;
//! 3. [`extract::extract`] reads every sentence into candidate mentions, looking words up in the
//!    [`lexicon`] (world knowledge, the curated overrides, name keys; a folder, not a stage);
//! 4. [`resolve::resolve`] joins the candidates into entities: canonical name, spellings, mentions;
//! 5. [`extract::attach_roles`] reads the role lines of each person;
//! 6. [`relate::typed_relations`](fn@relate::typed_relations) reads the typed relations the sentences state (adding the unnamed
//!    relatives they speak of as entities);
//! 7. [`relate::co_mentions`](fn@relate::co_mentions) links entities named in one sentence;
//! 8. [`facts::events`] dates events;
//! 9. [`facts::quotes`] finds direct quotes, with speaker and outlet;
//! 10. [`facts::figures`] finds figures, with what they count and who gives them.
//!
//! The result is encoded by [`crate::blob`]; the search index is built by the engine when it opens
//! the corpus. [`error`] holds the one error type of every stage.

// The stage list above links the private stage folders: read it with `--document-private-items`.
#![allow(rustdoc::private_intra_doc_links)]

mod error;

// The stage folders in data-flow order; blank lines keep rustfmt from sorting them.

// Stage 1: captures → stories.
mod clean;

// Stage 2: stories → documents and sentences.
pub(crate) mod segment;

// Looked up by stages 3 to 6: world knowledge, the curated overrides, name keys.
mod lexicon;

// Stages 3 and 5: sentences → candidate mentions; role lines of people.
mod extract;

// Stage 4: candidate mentions → entities.
mod resolve;

// Stages 6 and 7: typed relations and co-mentions.
pub(crate) mod relate;

// Stages 8 to 10: events, quotes, figures.
mod facts;

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
    let items = relate::resolved_items(&corpus.documents, &corpus.sentences, &corpus.entities);
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
