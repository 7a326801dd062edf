//! Compiles the corpus directory (env `CORPUS_DIR`, default `corpus/`) into `$OUT_DIR/corpus.bin`, which the engine embeds.
//!
//! The compiler modules are shared with the library through `#[path]`, so the wasm always carries the
//! blob of the corpus it was built from: editing a capture or the manifest re-runs this script.

#![allow(dead_code, unused_imports)]

#[path = "src/blob.rs"]
mod blob;
#[path = "src/compiler/mod.rs"]
#[allow(clippy::disallowed_methods)]
// native only: the one-sort rule is the wasm engine's (clippy.toml)
mod compiler;
#[path = "src/model.rs"]
mod model;
#[path = "src/text/mod.rs"]
mod text;

use std::path::PathBuf;

fn main() {
    let package =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    let dir = match std::env::var_os("CORPUS_DIR") {
        Some(dir) if !dir.is_empty() => package.join(PathBuf::from(dir)),
        _ => package.join("corpus"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for source in ["src/blob.rs", "src/compiler", "src/model.rs", "src/text"] {
        println!("cargo:rerun-if-changed={source}");
    }
    let compiled = match compiler::compile(&dir) {
        Ok(compiled) => compiled,
        Err(error) => {
            eprintln!("error: corpus does not compile: {error}");
            std::process::exit(1);
        }
    };
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, blob::encode(&compiled.corpus)).unwrap_or_else(|e| {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    });
}
