//! The command line's surface, run as a separate process: every command has `--help`, usage errors name the
//! argument and exit with status 1, like every other error.

use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corpus-explorer")).args(args).output().unwrap()
}

/// (command, words its `--help` must show)
#[rustfmt::skip]
const HELP_CASES: &[(&str, &[&str])] = &[
    ("report", &["Usage: corpus-explorer report", "--corpus <DIR>", "$CORPUS_DIR, then ./corpus"]),
    ("export", &["Usage: corpus-explorer export", "--corpus <DIR>", "--format <F>", "graphml", "csv-edges", "[default: json]"]),
    ("sentences", &["Usage: corpus-explorer sentences", "--corpus <DIR>", "UTF-16"]),
    ("compile", &["Usage: corpus-explorer compile", "--corpus <DIR>", "--out <FILE>"]),
    ("serve", &["Usage: corpus-explorer serve", "--dir <DIR>", "--port <N>", "[default: www]", "[default: 8080]", "--cross-origin-isolated"]),
];

#[test]
fn every_command_prints_its_help_and_succeeds() {
    for (command, words) in HELP_CASES {
        for help in [vec![*command, "--help"], vec!["help", command]] {
            let output = cli(&help);
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(
                output.status.success(),
                "{help:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            for word in *words {
                assert!(stdout.contains(word), "{help:?}: {word:?} missing from {stdout}");
            }
        }
    }
}

#[test]
fn the_top_level_help_lists_every_command() {
    let output = cli(&["--help"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    for (command, _) in HELP_CASES {
        assert!(stdout.contains(&format!("  {command} ")), "{command} missing from {stdout}");
    }
}

/// (case name, arguments, words the error on stderr must show)
#[rustfmt::skip]
const ERROR_CASES: &[(&str, &[&str], &[&str])] = &[
    ("no command prints the usage", &[], &["Usage: corpus-explorer <COMMAND>"]),
    ("unknown command is named", &["frobnicate"], &["'frobnicate'"]),
    ("unknown argument is named", &["report", "--bogus"], &["'--bogus'"]),
    ("argument of another command is named", &["report", "--out", "x"], &["'--out'"]),
    ("missing value is named", &["report", "--corpus"], &["--corpus <DIR>"]),
    ("compile without --out names it", &["compile"], &["--out <FILE>"]),
    ("unknown export format is named", &["export", "--format", "xml"], &["'xml'", "--format", "csv-edges"]),
    ("port out of range is named", &["serve", "--port", "99999"], &["'99999'", "--port"]),
    ("port that is not a number is named", &["serve", "--port", "http"], &["'http'", "--port"]),
    ("missing corpus names the directory", &["report", "--corpus", "/nonexistent/corpus-dir"], &["/nonexistent/corpus-dir"]),
    ("missing served directory names it", &["serve", "--dir", "/nonexistent/www-dir", "--port", "0"], &["cannot serve /nonexistent/www-dir"]),
];

#[test]
fn errors_name_what_is_wrong_and_exit_with_status_1() {
    for (name, args, words) in ERROR_CASES {
        let output = cli(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "case '{name}': {stderr}");
        for word in *words {
            assert!(stderr.contains(word), "case '{name}': {word:?} missing from {stderr}");
        }
    }
}
