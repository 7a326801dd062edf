//! House-style gates over the sources: every module opens with a one-sentence `//!` summary.
//!
//! rustdoc shows a module's first doc line as its summary in every listing, so it must be one
//! short sentence; details go in the lines after it.

#![allow(clippy::disallowed_methods)] // the one-sort rule (clippy.toml) is the wasm engine's, not the tests'

use std::path::{Path, PathBuf};

/// The longest first line we accept, in characters (`//! ` included).
const MAX_SUMMARY_CHARS: usize = 160;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// What is wrong with a module's first line, if anything.
fn summary_problem(first_line: &str) -> Option<&'static str> {
    let Some(summary) = first_line.strip_prefix("//! ") else {
        return Some("does not open with a `//! ` summary line");
    };
    if first_line.chars().count() > MAX_SUMMARY_CHARS {
        return Some("summary line is longer than 160 characters");
    }
    if !summary.ends_with('.') {
        return Some("summary line does not end a sentence with a full stop");
    }
    // A full stop followed by a space and a capital starts a second sentence (`e.g.` and `U.S.` do not).
    let bytes: Vec<char> = summary.chars().collect();
    let second_sentence =
        bytes.windows(3).any(|w| w[0] == '.' && w[1] == ' ' && w[2].is_uppercase());
    if second_sentence {
        return Some("summary line holds more than one sentence");
    }
    None
}

#[test]
fn summary_rules_read_as_intended() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("one sentence", "//! Reads the manifest.", None),
        ("no doc line", "use std::fmt;", Some("does not open with a `//! ` summary line")),
        (
            "no full stop",
            "//! Reads the manifest",
            Some("summary line does not end a sentence with a full stop"),
        ),
        (
            "two sentences",
            "//! Reads it. Then writes it.",
            Some("summary line holds more than one sentence"),
        ),
        (
            "an abbreviation is no new sentence",
            "//! Names like `U.S.` and e.g. dates stay whole.",
            None,
        ),
    ];
    for (name, line, expected) in cases {
        assert_eq!(summary_problem(line), *expected, "{name}");
    }
}

#[test]
fn every_module_opens_with_a_one_sentence_summary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.push(root.join("build.rs"));
    files.sort();
    let problems: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            let first = text.lines().next().unwrap_or("");
            summary_problem(first)
                .map(|p| format!("{}: {p}", file.strip_prefix(root).unwrap().display()))
        })
        .collect();
    assert!(problems.is_empty(), "{} modules:\n{}", problems.len(), problems.join("\n"));
}
