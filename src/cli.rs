//! The command line's commands and flags, declared with clap's derive: what each takes, its defaults, its help.
//!
//! `main` parses with [`Cli::try_parse`] and runs the [`Command`]; every error, a usage error
//! included, exits with status 1, and `--help` on any command exits with 0.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Compiles raw news captures into a searchable knowledge graph and serves the explorer page.
#[derive(Debug, Parser)]
#[command(name = "corpus-explorer", version, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every dropped capture line with its reason (file:line, reason, text; tab-separated).
    Report(CorpusArg),
    /// Print the knowledge graph (the same bytes as the wasm API's export).
    Export {
        #[command(flatten)]
        corpus: CorpusArg,
        /// Output format.
        #[arg(long, value_name = "F", value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Print each document's cleaned text and sentence spans as JSON (UTF-16 offsets).
    ///
    /// The benchmark's peer engines index these passages.
    Sentences(CorpusArg),
    /// Write the binary corpus blob.
    Compile {
        #[command(flatten)]
        corpus: CorpusArg,
        /// The blob file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Serve a directory (the explorer page) on http://127.0.0.1:N/ under the strict CSP.
    ///
    /// Prints `Serving DIR on http://127.0.0.1:N/` once listening.
    Serve {
        /// The directory to serve.
        #[arg(long, value_name = "DIR", default_value = "www")]
        dir: PathBuf,
        /// The port to listen on; 0 picks a free one.
        #[arg(long, value_name = "N", default_value_t = 8080)]
        port: u16,
        /// Also send COOP/COEP, so pages may measure their memory (the benchmark does).
        #[arg(long)]
        cross_origin_isolated: bool,
    },
}

/// `--corpus DIR`, shared by every command that compiles a corpus.
#[derive(Debug, Args)]
pub struct CorpusArg {
    /// The corpus directory (corpus.toml and its captures) [default: $CORPUS_DIR, then ./corpus].
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
}

impl CorpusArg {
    /// `--corpus`, else a non-empty `$CORPUS_DIR`, else `./corpus`.
    pub fn dir(&self) -> PathBuf {
        self.corpus
            .clone()
            .or_else(|| std::env::var_os("CORPUS_DIR").filter(|d| !d.is_empty()).map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("corpus"))
    }
}

/// The export formats of the engine's `export`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// Documents, entities, relations and facts as JSON.
    Json,
    /// The graph as GraphML.
    Graphml,
    /// The nodes as CSV.
    Csv,
    /// The edges as CSV.
    CsvEdges,
}

impl ExportFormat {
    /// The name the engine's `export` takes.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Csv => "csv",
            ExportFormat::CsvEdges => "csv-edges",
        }
    }
}
