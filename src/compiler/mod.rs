//! The build-time corpus compiler: manifest + captures in, [`Corpus`] and a report of every dropped line out.
//!
//! Stages, one module each: [`manifest`] → [`ingest`] (with [`chrome`]) → [`segment`] → [`extract`]
//! → [`relate`]. The result is encoded by [`crate::blob`]; the search index is built by the engine when it opens the corpus.

mod acronyms;
mod aliases;
mod anaphora;
mod candidates;
pub mod chrome;
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
pub mod ingest;
mod kinship;
pub mod manifest;
mod ministries;
mod names;
mod overrides;
mod page_lines;
mod pattern;
mod peoples;
mod quotes;
pub mod relate;
mod relation_patterns;
mod relations;
mod resolve;
mod roles;
pub mod segment;
mod sentence_items;
mod titles;
mod typing;
mod words;

use std::path::Path;

pub use error::Error;
use ingest::DroppedLine;

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
    let manifest_path = dir.join(MANIFEST);
    let manifest_text =
        ingest::read_text(&manifest_path, "manifest").map_err(|error| match error {
            Error::Capture { file, line, reason } => Error::Manifest { file, line, reason },
            other => other,
        })?;
    let captures = manifest::parse(&manifest_path, &manifest_text)?;
    let mut inputs = vec![manifest_path.clone()];
    let mut corpus = Corpus::default();
    let mut dropped = Vec::new();
    for capture in &captures {
        let capture_path = dir.join(&capture.file);
        if !capture_path.is_file() {
            let problem =
                if capture_path.exists() { "is not a regular file" } else { "does not exist" };
            return Err(Error::Manifest {
                file: manifest_path.clone(),
                line: capture.manifest_line,
                reason: format!("capture file {} {problem}", capture_path.display()),
            });
        }
        let text = ingest::read_capture(&capture_path)?;
        let (stories, lost) = ingest::ingest(capture, &text, &capture_path, &manifest_path)?;
        dropped.extend(lost);
        for story in &stories {
            let (document, sentences) = segment::segment(
                story,
                corpus.documents.len() as u32,
                corpus.sentences.len() as u32,
            );
            corpus.documents.push(document);
            corpus.sentences.extend(sentences);
        }
        inputs.push(capture_path);
    }
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
    Ok(Compiled { corpus, dropped, inputs })
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
