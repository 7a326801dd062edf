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
            print!("{}", explorer.export(format.name()).map_err(|e| e.0)?);
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

/// `{"documents":[{"id","title","outlet","published","authors":[],"text","sentences":[[start,end],…]}]}`.
fn sentences_json(corpus: &corpus_explorer::model::Corpus) -> String {
    fn string(out: &mut String, value: &str) {
        out.push('"');
        for c in value.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                    out.push_str(&format!("\\u{:04x}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    let mut out = String::from("{\"documents\":[");
    for (i, doc) in corpus.documents.iter().enumerate() {
        out.push_str(if i == 0 { "\n{" } else { ",\n{" });
        for (key, value) in [
            ("id", &doc.id),
            ("title", &doc.title),
            ("outlet", &doc.outlet),
            ("published", &doc.published),
        ] {
            string(&mut out, key);
            out.push(':');
            string(&mut out, value);
            out.push(',');
        }
        out.push_str("\"authors\":[");
        for (j, author) in doc.authors.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            string(&mut out, author);
        }
        out.push_str("],\"text\":");
        string(&mut out, &doc.text);
        out.push_str(",\"sentences\":[");
        let first = doc.first_sentence as usize;
        for (j, sentence) in
            corpus.sentences[first..first + doc.sentence_count as usize].iter().enumerate()
        {
            out.push_str(&format!(
                "{}[{},{}]",
                if j > 0 { "," } else { "" },
                sentence.start,
                sentence.end
            ));
        }
        out.push_str("]}");
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
