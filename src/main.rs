//! The native command line: `report`, `export`, `sentences`, `compile` and `serve` over a corpus directory.

mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use corpus_explorer::compiler::{self, Compiled};
use corpus_explorer::engine::Explorer;

const USAGE: &str = "usage: corpus-explorer <command> [options]

commands:
  report  [--corpus DIR]                 list every dropped capture line with its reason
  export  [--corpus DIR] [--format F]    print the knowledge graph (same bytes as the wasm API);
                                         F: json (default), graphml, csv (nodes), csv-edges
  sentences [--corpus DIR]               print each document's cleaned text and sentence spans as JSON
                                         (UTF-16 offsets; the benchmark's peers index these passages)
  compile [--corpus DIR] --out FILE      write the binary corpus blob
  serve   [--dir DIR] [--port N]         serve the explorer page on http://127.0.0.1:N/

--corpus defaults to $CORPUS_DIR, then ./corpus";

/// Parsed `--name value` options of one command.
struct Options {
    pairs: Vec<(String, String)>,
}

impl Options {
    fn parse(args: &[String], allowed: &[&str]) -> Result<Options, String> {
        let mut pairs = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let name = arg.strip_prefix("--").filter(|n| allowed.contains(n)).ok_or_else(|| {
                format!("unknown argument {arg:?}; allowed: --{}", allowed.join(", --"))
            })?;
            let value = rest.next().ok_or_else(|| format!("argument --{name} needs a value"))?;
            pairs.push((name.to_string(), value.clone()));
        }
        Ok(Options { pairs })
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn corpus_dir(&self) -> PathBuf {
        self.get("corpus")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("CORPUS_DIR").filter(|d| !d.is_empty()).map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("corpus"))
    }

    fn compile(&self) -> Result<Compiled, String> {
        compiler::compile(&self.corpus_dir()).map_err(|e| e.to_string())
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.into());
    };
    match command.as_str() {
        "report" => {
            let compiled = Options::parse(rest, &["corpus"])?.compile()?;
            print!("{}", compiler::report(&compiled));
            eprintln!(
                "{} lines dropped from {} captures; {} documents kept",
                compiled.dropped.len(),
                compiled.inputs.len() - 1,
                compiled.corpus.documents.len()
            );
            Ok(())
        }
        "export" => {
            let options = Options::parse(rest, &["corpus", "format"])?;
            let explorer = Explorer::from_corpus(options.compile()?.corpus);
            print!(
                "{}",
                explorer
                    .export(options.get("format").unwrap_or("json"))
                    .map_err(|e| e.to_string())?
            );
            Ok(())
        }
        "sentences" => {
            let corpus = Options::parse(rest, &["corpus"])?.compile()?.corpus;
            print!("{}", sentences_json(&corpus));
            Ok(())
        }
        "compile" => {
            let options = Options::parse(rest, &["corpus", "out"])?;
            let out = options.get("out").ok_or("compile needs --out FILE")?;
            let compiled = options.compile()?;
            std::fs::write(out, corpus_explorer::blob::encode(&compiled.corpus))
                .map_err(|e| format!("{out}: {e}"))
        }
        "serve" => {
            let options = Options::parse(rest, &["dir", "port"])?;
            let port = options.get("port").unwrap_or("8080");
            let port: u16 =
                port.parse().map_err(|_| format!("--port {port:?} is not a port number"))?;
            serve::serve(&PathBuf::from(options.get("dir").unwrap_or("www")), port)
                .map_err(|e| e.to_string())
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("corpus-explorer: {message}");
            ExitCode::FAILURE
        }
    }
}
