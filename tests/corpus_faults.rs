//! Malformed corpora fail with an error that names the file and line; harmless variations (CRLF, BOM, a
//! 5 MB capture of chrome or of repeated lines) compile, and their report names the file and line of
//! every line left out.

use std::path::PathBuf;

use corpus_explorer::compiler::{compile, Compiled, Error};
use corpus_explorer::compiler::{MAX_LINE_BYTES, MAX_STORY_BYTES};

const MANIFEST: &str = r#"[[capture]]
file = "a.txt"

[[capture.story]]
id = "story-a"
title = "A story"
outlet = "Outlet"
authors = ["A. Writer"]
published = "2021-03"
begin = "First line"
end = "Last line"
"#;

const CAPTURE: &str = "Menu\n\nFirst line of the story.\n\nLast line of the story.\n\nFooter\n";

const MB: usize = 1 << 20;

/// A fresh corpus directory holding the given files (a name ending in `/` is a directory).
fn corpus(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("corpus-explorer-faults-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        match file.strip_suffix('/') {
            Some(directory) => std::fs::create_dir_all(dir.join(directory)).unwrap(),
            None => std::fs::write(dir.join(file), bytes).unwrap(),
        }
    }
    dir
}

/// One malformed corpus: its files (manifest `None`: no corpus.toml; capture `None`: no a.txt) and
/// the file, line and words its error must carry.
struct Fault {
    name: &'static str,
    manifest: Option<Vec<u8>>,
    capture: Option<Vec<u8>>,
    file: &'static str,
    line: Option<usize>,
    words: &'static str,
}

fn fault(
    name: &'static str,
    manifest: Option<String>,
    capture: Option<Vec<u8>>,
    file: &'static str,
    line: Option<usize>,
    words: &'static str,
) -> Fault {
    Fault { name, manifest: manifest.map(String::into_bytes), capture, file, line, words }
}

fn faults() -> Vec<Fault> {
    let m = MANIFEST.to_string();
    let c = CAPTURE.as_bytes().to_vec();
    let story = &m[m.find("[[capture.story]]").unwrap()..];
    let long_line = format!(
        "Menu\nFirst line of the story.\n{}.\nLast line of the story.\n",
        "word ".repeat(MB)
    );
    let long_story: String = std::iter::once("First line of the story.\n".to_string())
        .chain(
            (0..MAX_STORY_BYTES / 40)
                .map(|i| format!("Sentence {i} of a story that goes on and on.\n")),
        )
        .chain(std::iter::once("Last line of the story.\n".to_string()))
        .collect();
    let mut bom_and_bad_byte = b"\xEF\xBB\xBF".to_vec();
    bom_and_bad_byte.extend_from_slice(m.replace("A story", "A st\u{0}ory").as_bytes());
    let bad_byte_manifest = [
        &m.as_bytes()[..m.find("title").unwrap()],
        b"title = \"\xC3\x28\"\n",
        &m.as_bytes()[m.find("outlet").unwrap()..],
    ]
    .concat();
    vec![
        fault(
            "missing manifest",
            None,
            Some(c.clone()),
            "corpus.toml",
            None,
            "cannot read the manifest",
        ),
        fault(
            "missing capture file",
            Some(m.clone()),
            None,
            "corpus.toml",
            Some(2),
            "a.txt does not exist",
        ),
        fault(
            "empty manifest",
            Some(String::new()),
            Some(c.clone()),
            "corpus.toml",
            Some(1),
            "lists no [[capture]]",
        ),
        fault(
            "bad TOML",
            Some(m.replace("title = \"A story\"", "title = \"A story")),
            Some(c.clone()),
            "corpus.toml",
            Some(6),
            "",
        ),
        fault(
            "a table where a list belongs",
            Some(m.replace("authors = [\"A. Writer\"]", "authors = \"A. Writer\"")),
            Some(c.clone()),
            "corpus.toml",
            Some(8),
            "expected a sequence",
        ),
        fault(
            "unknown field",
            Some(m.replace("outlet = \"Outlet\"", "outlet = \"Outlet\"\ncolour = \"red\"")),
            Some(c.clone()),
            "corpus.toml",
            Some(8),
            "unknown field `colour`",
        ),
        fault(
            "missing field",
            Some(m.replace("outlet = \"Outlet\"\n", "")),
            Some(c.clone()),
            "corpus.toml",
            Some(4),
            "missing field `outlet`",
        ),
        fault(
            "duplicate id",
            Some(format!("{m}\n{story}")),
            Some(c.clone()),
            "corpus.toml",
            Some(14),
            "duplicate story id \"story-a\" (first used on line 5)",
        ),
        fault(
            "id with capitals",
            Some(m.replace("story-a", "Story-A")),
            Some(c.clone()),
            "corpus.toml",
            Some(5),
            "lower-case letters",
        ),
        fault(
            "capture listed twice",
            Some(format!(
                "{m}\n[[capture]]\nfile = \"a.txt\"\n\n{}",
                story.replace("story-a", "story-b")
            )),
            Some(c.clone()),
            "corpus.toml",
            Some(14),
            "listed twice",
        ),
        fault(
            "a path out of the corpus",
            Some(m.replace("file = \"a.txt\"", "file = \"../a.txt\"")),
            Some(c.clone()),
            "corpus.toml",
            Some(2),
            "plain file name",
        ),
        fault(
            "story boundary not found",
            Some(m.replace("begin = \"First line\"", "begin = \"Nowhere\"")),
            Some(c.clone()),
            "corpus.toml",
            Some(10),
            "begin line \"Nowhere\" not found in",
        ),
        fault(
            "end before begin",
            Some(m.replace("end = \"Last line\"", "end = \"Menu\"")),
            Some(c.clone()),
            "corpus.toml",
            Some(11),
            "end line \"Menu\" not found",
        ),
        fault(
            "empty capture",
            Some(m.clone()),
            Some(Vec::new()),
            "corpus.toml",
            Some(10),
            "begin line \"First line\" not found",
        ),
        fault(
            "empty story",
            Some(m.replace("end = \"Last line\"", "end = \"First line\"")),
            Some(b"First line\n".to_vec()),
            "corpus.toml",
            Some(10),
            "is empty",
        ),
        fault(
            "empty title",
            Some(m.replace("title = \"A story\"", "title = \"  \"")),
            Some(c.clone()),
            "corpus.toml",
            Some(6),
            "title is empty",
        ),
        fault(
            "drop line outside the story",
            Some(m.replace(
                "end = \"Last line\"",
                "end = \"Last line\"\ndrop = [{ line = \"Footer\", reason = \"r\" }]",
            )),
            Some(c.clone()),
            "corpus.toml",
            Some(12),
            "not inside the story",
        ),
        fault(
            "bad date",
            Some(m.replace("2021-03", "2021-13")),
            Some(c.clone()),
            "corpus.toml",
            Some(9),
            "not YYYY",
        ),
        fault(
            "non-UTF-8 capture",
            Some(m.clone()),
            Some(b"Menu\n\nFirst line \xff of the story.\n".to_vec()),
            "a.txt",
            Some(3),
            "not UTF-8",
        ),
        fault(
            "UTF-16 capture",
            Some(m.clone()),
            Some(b"\xFF\xFEF\0i\0r\0s\0t\0".to_vec()),
            "a.txt",
            Some(1),
            "not UTF-8",
        ),
        Fault {
            name: "non-UTF-8 manifest",
            manifest: Some(bad_byte_manifest),
            capture: Some(c.clone()),
            file: "corpus.toml",
            line: Some(6),
            words: "not UTF-8",
        },
        Fault {
            name: "BOM manifest with a NUL in a string",
            manifest: Some(bom_and_bad_byte),
            capture: Some(c.clone()),
            file: "corpus.toml",
            line: Some(6),
            words: "",
        },
        fault(
            "a 5 MB line in a story",
            Some(m.clone()),
            Some(long_line.into_bytes()),
            "a.txt",
            Some(3),
            "a story line may hold at most",
        ),
        fault(
            "a story of more than 256 KiB",
            Some(m.clone()),
            Some(long_story.into_bytes()),
            "corpus.toml",
            Some(11),
            "is its end line right?",
        ),
    ]
}

#[test]
fn malformed_corpora_fail_naming_file_and_line() {
    for Fault { name, manifest, capture, file, line, words } in faults() {
        let mut files: Vec<(&str, &[u8])> = Vec::new();
        if let Some(manifest) = &manifest {
            files.push(("corpus.toml", manifest));
        }
        if let Some(capture) = &capture {
            files.push(("a.txt", capture));
        }
        let dir = corpus(&name.replace(' ', "-"), &files);
        let error = compile(&dir).err().unwrap_or_else(|| panic!("{name}: compiled"));
        let message = error.to_string();
        let (got_file, got_line) = match &error {
            Error::Io { file, .. } => (file.clone(), None),
            Error::Manifest { file, line, .. } | Error::Capture { file, line, .. } => {
                (file.clone(), Some(*line))
            }
        };
        assert!(got_file.ends_with(file), "{name}: {message}");
        assert_eq!(got_line, line, "{name}: {message}");
        assert!(message.contains(words), "{name}: {message}");
        let place = match line {
            Some(line) => format!("{file}:{line}: "),
            None => format!("{file}: "),
        };
        assert!(message.contains(&place), "{name}: the message names {place:?}: {message}");
        assert!(message.len() < 1000, "{name}: a message of {} bytes", message.len());
    }
}

#[test]
fn a_capture_that_is_a_directory_is_named() {
    let dir = corpus("directory", &[("corpus.toml", MANIFEST.as_bytes()), ("a.txt/", b"")]);
    let message = compile(&dir).unwrap_err().to_string();
    assert!(
        message.contains("corpus.toml:2: ") && message.contains("is not a regular file"),
        "{message}"
    );
}

/// Every dropped line names its file and line, and its text is that line of the capture, trimmed.
fn assert_report_names_lines(name: &str, compiled: &Compiled, capture: &str) {
    let lines: Vec<&str> = capture.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    for dropped in &compiled.dropped {
        assert_eq!(dropped.file, "a.txt", "{name}");
        let expected = lines[dropped.line - 1].trim().trim_start_matches('\u{feff}');
        assert_eq!(dropped.text, expected, "{name}: a.txt:{}", dropped.line);
    }
    let report = corpus_explorer::compiler::report(compiled);
    assert!(
        report.lines().all(|l| l.starts_with("a.txt:")),
        "{name}: every report line starts with file:line"
    );
}

#[test]
fn crlf_and_byte_order_mark_captures_compile_like_plain_ones() {
    let plain = compile(&corpus(
        "plain",
        &[("corpus.toml", MANIFEST.as_bytes()), ("a.txt", CAPTURE.as_bytes())],
    ))
    .unwrap();
    let crlf = format!("\u{feff}{}", CAPTURE.replace('\n', "\r\n"));
    let windows = compile(&corpus(
        "crlf-bom",
        &[("corpus.toml", MANIFEST.as_bytes()), ("a.txt", crlf.as_bytes())],
    ))
    .unwrap();
    assert_eq!(
        plain.corpus.documents[0].text,
        "First line of the story.\n\nLast line of the story."
    );
    assert_eq!(windows.corpus, plain.corpus);
    let report: Vec<(usize, &str)> =
        plain.dropped.iter().map(|d| (d.line, d.text.as_str())).collect();
    assert_eq!(report, [(1, "Menu"), (7, "Footer")]);
    assert_report_names_lines("crlf-bom", &windows, &crlf);
    let manifest = format!("\u{feff}{}", MANIFEST.replace('\n', "\r\n"));
    let both = compile(&corpus(
        "crlf-bom-manifest",
        &[("corpus.toml", manifest.as_bytes()), ("a.txt", crlf.as_bytes())],
    ))
    .unwrap();
    assert_eq!(both.corpus, plain.corpus, "a CRLF manifest with a byte-order mark reads the same");
}

#[test]
fn five_megabyte_captures_compile_and_report_every_line() {
    let chrome = format!(
        "{}First line of the story.\n\nLast line of the story.\n{}",
        "Navigation link to another page\n".repeat(5 * MB / 64 + 1),
        "Footer link\n".repeat(5 * MB / 24 + 1)
    );
    let caption = "The caption printed under every photograph of the story.\n";
    let repeated = format!(
        "Menu\nFirst line of the story.\n{}Last line of the story.\n",
        caption.repeat(5 * MB / caption.len() + 1)
    );
    for (name, capture) in [
        ("5 MB of chrome around a short story", chrome),
        ("5 MB of one line printed again and again", repeated),
    ] {
        assert!(capture.len() >= 5 * MB - 64, "{name}: {} bytes", capture.len());
        let compiled = compile(&corpus(
            &name.replace(' ', "-"),
            &[("corpus.toml", MANIFEST.as_bytes()), ("a.txt", capture.as_bytes())],
        ))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        let document = &compiled.corpus.documents[0];
        assert!(document.source.starts_with("a.txt:"), "{name}: {}", document.source);
        assert!(document.text.len() <= MAX_STORY_BYTES);
        let kept: usize = document.paragraphs.len();
        let lines = capture.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(
            kept + compiled.dropped.len(),
            lines,
            "{name}: every non-blank line is kept or reported"
        );
        assert_report_names_lines(name, &compiled, &capture);
    }
    const { assert!(MAX_LINE_BYTES < 5 * MB) };
}
