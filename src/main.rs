//! The native command line: `report`, `export`, `sentences`, `compile` and `serve` over a corpus directory.

mod cli;
mod serve;

use std::process::ExitCode;

use clap::Parser;
use cli::{Cli, Command, CorpusArg};
use corpus_explorer::compiler::{self, Compiled};
use corpus_explorer::engine::Explorer;

fn compile(corpus: &CorpusArg) -> Result<Compiled, String> {
    compiler::compile(&corpus.dir()).map_err(|e| e.to_string())
}

fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Report(corpus) => {
            let compiled = compile(&corpus)?;
            print!("{}", compiler::report(&compiled));
            eprintln!(
                "{} lines dropped from {} captures; {} documents kept",
                compiled.dropped.len(),
                compiled.inputs.len() - 1,
                compiled.corpus.documents.len()
            );
            Ok(())
        }
        Command::Export { corpus, format } => {
            let explorer = Explorer::from_corpus(compile(&corpus)?.corpus);
            print!("{}", explorer.export(format.name()).map_err(|e| e.to_string())?);
            Ok(())
        }
        Command::Sentences(corpus) => {
            print!("{}", sentences_json(&compile(&corpus)?.corpus));
            Ok(())
        }
        Command::Compile { corpus, out } => {
            let blob = corpus_explorer::blob::encode(&compile(&corpus)?.corpus);
            std::fs::write(&out, blob).map_err(|e| format!("{}: {e}", out.display()))
        }
        Command::Serve { dir, port, cross_origin_isolated } => {
            let headers = serve::HeaderPolicy { cross_origin_isolated };
            serve::serve(&serve::Options { dir, port, headers }).map_err(|e| e.to_string())
        }
    }
}

/// One document of the `sentences` command: metadata, cleaned text and sentence spans (UTF-16 offsets).
#[derive(serde::Serialize)]
struct SentencesDocument<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a str,
    published: &'a str,
    authors: &'a [String],
    text: &'a str,
    sentences: Vec<[u32; 2]>,
}

/// `{"documents":[{"id","title","outlet","published","authors":[],"text","sentences":[[start,end],…]}]}`,
/// one document a line.
fn sentences_json(corpus: &corpus_explorer::model::Corpus) -> String {
    let mut out = String::from("{\"documents\":[");
    for (i, doc) in corpus.documents.iter().enumerate() {
        let first = doc.first_sentence as usize;
        let document = SentencesDocument {
            id: &doc.id,
            title: &doc.title,
            outlet: &doc.outlet,
            published: &doc.published,
            authors: &doc.authors,
            text: &doc.text,
            sentences: corpus.sentences[first..first + doc.sentence_count as usize]
                .iter()
                .map(|s| [s.start, s.end])
                .collect(),
        };
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&serde_json::to_string(&document).expect("a document always serializes"));
    }
    out.push_str("\n]}\n");
    out
}

fn main() -> ExitCode {
    let command = match Cli::try_parse() {
        Ok(cli) => cli.command,
        Err(usage) => return print_usage(&usage),
    };
    match run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("corpus-explorer: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `--help` and `--version` go to stdout and succeed; a usage error goes to stderr and fails (status 1).
fn print_usage(usage: &clap::Error) -> ExitCode {
    let _ = usage.print();
    if usage.use_stderr() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
