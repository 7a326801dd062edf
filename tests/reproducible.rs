//! Reproducible build: the same corpus gives byte-identical blobs, compiled twice in one process, in two
//! fresh processes of the CLI, and by the build script that embeds it in the wasm. (The wasm itself is
//! compared by `./build.sh repro`, which builds twice into separate target directories.)

use std::path::{Path, PathBuf};
use std::process::Command;

use corpus_explorer::blob;
use corpus_explorer::compiler::compile;

const CORPORA: &[&str] =
    &["corpus", "tests/fixtures/heldout-a", "tests/fixtures/heldout-b", "tests/fixtures/hostile"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The blob `corpus-explorer compile` writes for `dir`, from a process of its own.
fn cli_blob(dir: &Path, out: &Path) -> Vec<u8> {
    let output = Command::new(env!("CARGO_BIN_EXE_corpus-explorer"))
        .arg("compile")
        .arg("--corpus")
        .arg(dir)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}: {}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read(out).unwrap()
}

#[test]
fn the_same_corpus_gives_the_same_blob() {
    let scratch: PathBuf =
        std::env::temp_dir().join(format!("corpus-explorer-repro-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    for name in CORPORA {
        let dir = root().join(name);
        let first = blob::encode(&compile(&dir).unwrap().corpus);
        let second = blob::encode(&compile(&dir).unwrap().corpus);
        assert!(first == second, "{name}: two compilations in one process differ");
        let one = cli_blob(&dir, &scratch.join("one.bin"));
        let two = cli_blob(&dir, &scratch.join("two.bin"));
        assert!(one == two, "{name}: two CLI processes wrote different blobs");
        assert!(one == first, "{name}: the CLI and the library differ");
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

#[test]
fn the_wasm_embeds_the_blob_the_cli_writes() {
    if std::env::var_os("CORPUS_DIR").is_some() {
        return; // built from another corpus: nothing to compare with corpus/
    }
    let expected = blob::encode(&compile(&root().join("corpus")).unwrap().corpus);
    assert!(
        corpus_explorer::engine::EMBEDDED_BLOB == expected.as_slice(),
        "build.rs embedded a blob other than the one the corpus compiles to"
    );
}
