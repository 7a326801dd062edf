//! Malformed corpora fail with an error that names the file and line; harmless variations (CRLF, BOM) compile.

use std::path::PathBuf;

use corpus_explorer::compiler::{compile, Error};

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

/// A fresh corpus directory holding the given files.
fn corpus(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corpus-explorer-faults-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

/// (name, manifest, capture bytes (None: no capture file), file named in the error, line, words in the error)
fn faults() -> Vec<(&'static str, Option<String>, Option<Vec<u8>>, &'static str, Option<usize>, &'static str)> {
    let m = MANIFEST.to_string();
    let c = CAPTURE.as_bytes().to_vec();
    vec![
        ("missing manifest", None, Some(c.clone()), "corpus.toml", None, "cannot read the manifest"),
        ("missing capture file", Some(m.clone()), None, "corpus.toml", Some(2), "does not exist"),
        ("bad TOML", Some(m.replace("title = \"A story\"", "title = \"A story")), Some(c.clone()), "corpus.toml", Some(6), ""),
        ("unknown field", Some(m.replace("outlet = \"Outlet\"", "outlet = \"Outlet\"\ncolour = \"red\"")), Some(c.clone()), "corpus.toml", Some(8), "unknown field `colour`"),
        ("duplicate id", Some(format!("{m}\n{}", &m[m.find("[[capture.story]]").unwrap()..])), Some(c.clone()), "corpus.toml", Some(14), "duplicate story id"),
        ("story boundary not found", Some(m.replace("begin = \"First line\"", "begin = \"Nowhere\"")), Some(c.clone()), "corpus.toml", Some(10), "begin line \"Nowhere\" not found"),
        ("end before begin", Some(m.replace("end = \"Last line\"", "end = \"Menu\"")), Some(c.clone()), "corpus.toml", Some(11), "end line \"Menu\" not found"),
        ("empty story", Some(m.replace("end = \"Last line\"", "end = \"First line\"")), Some(b"First line\n".to_vec()), "corpus.toml", Some(10), "is empty"),
        ("drop line outside the story", Some(m.replace("end = \"Last line\"", "end = \"Last line\"\ndrop = [{ line = \"Footer\", reason = \"r\" }]")), Some(c.clone()), "corpus.toml", Some(12), "not inside the story"),
        ("non-UTF-8 capture", Some(m.clone()), Some(b"Menu\n\nFirst line \xff of the story.\n".to_vec()), "a.txt", Some(3), "not UTF-8"),
        ("bad date", Some(m.replace("2021-03", "2021-13")), Some(c.clone()), "corpus.toml", Some(9), "not YYYY"),
    ]
}

#[test]
fn malformed_corpora_fail_naming_file_and_line() {
    for (name, manifest, capture, file, line, words) in faults() {
        let mut files: Vec<(&str, Vec<u8>)> = Vec::new();
        if let Some(manifest) = &manifest {
            files.push(("corpus.toml", manifest.clone().into_bytes()));
        }
        if let Some(capture) = &capture {
            files.push(("a.txt", capture.clone()));
        }
        let borrowed: Vec<(&str, &[u8])> = files.iter().map(|(f, b)| (*f, b.as_slice())).collect();
        let dir = corpus(&name.replace(' ', "-"), &borrowed);
        let error = compile(&dir).err().unwrap_or_else(|| panic!("{name}: compiled"));
        let message = error.to_string();
        let (got_file, got_line) = match &error {
            Error::Io { file, .. } => (file.clone(), None),
            Error::Manifest { file, line, .. } | Error::Capture { file, line, .. } => (file.clone(), Some(*line)),
        };
        assert!(got_file.ends_with(file), "{name}: {message}");
        assert_eq!(got_line, line, "{name}: {message}");
        assert!(message.contains(words), "{name}: {message}");
        assert!(message.contains(file), "{name}: the message names the file: {message}");
    }
}

#[test]
fn crlf_and_byte_order_mark_captures_compile_like_plain_ones() {
    let plain = compile(&corpus("plain", &[("corpus.toml", MANIFEST.as_bytes()), ("a.txt", CAPTURE.as_bytes())])).unwrap();
    let crlf = format!("\u{feff}{}", CAPTURE.replace('\n', "\r\n"));
    let windows = compile(&corpus("crlf-bom", &[("corpus.toml", MANIFEST.as_bytes()), ("a.txt", crlf.as_bytes())])).unwrap();
    assert_eq!(plain.corpus.documents[0].text, "First line of the story.\n\nLast line of the story.");
    assert_eq!(windows.corpus, plain.corpus);
    let report: Vec<(usize, &str)> = plain.dropped.iter().map(|d| (d.line, d.text.as_str())).collect();
    assert_eq!(report, [(1, "Menu"), (7, "Footer")]);
}
