//! Nothing lost, nothing invented, in every corpus we ship or test with: each non-blank line of each
//! capture is either a paragraph of exactly one document (its text, trimmed, at the paragraph's offsets)
//! or a line of `corpus-explorer report` (file, line, reason and the same text); never both, never
//! neither. Every capture in the corpus directory is named by its manifest.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use corpus_explorer::compiler::{compile, MANIFEST};

const CORPORA: &[&str] =
    &["corpus", "tests/fixtures/heldout-a", "tests/fixtures/heldout-b", "tests/fixtures/hostile"];

/// `corpus-explorer report --corpus DIR`, parsed: (file, line) → (reason, text).
fn report(dir: &Path) -> BTreeMap<(String, usize), (String, String)> {
    let output = Command::new(env!("CARGO_BIN_EXE_corpus-explorer"))
        .arg("report")
        .arg("--corpus")
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}: {}",
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let mut lines = BTreeMap::new();
    for row in String::from_utf8(output.stdout).unwrap().lines() {
        let mut fields = row.splitn(3, '\t');
        let (place, reason, text) = (
            fields.next().unwrap(),
            fields.next().unwrap_or_default(),
            fields.next().unwrap_or_default(),
        );
        let (file, line) = place
            .rsplit_once(':')
            .unwrap_or_else(|| panic!("{row:?} does not start with file:line"));
        assert!(!reason.trim().is_empty(), "{row:?} gives no reason");
        let earlier = lines.insert(
            (file.to_string(), line.parse().unwrap()),
            (reason.to_string(), text.to_string()),
        );
        assert!(earlier.is_none(), "{place} is reported twice");
    }
    lines
}

#[test]
fn every_capture_line_is_in_a_document_or_in_the_report() {
    for name in CORPORA {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        let compiled = compile(&dir).unwrap();
        let reported = report(&dir);
        assert_eq!(
            reported.len(),
            compiled.dropped.len(),
            "{name}: the report prints every dropped line"
        );
        // (file, line) → the paragraph's text, as the document holds it.
        let mut kept: BTreeMap<(String, usize), String> = BTreeMap::new();
        for doc in &compiled.corpus.documents {
            let file = doc.source.split(':').next().unwrap().to_string();
            let units: Vec<u16> = doc.text.encode_utf16().collect();
            for p in &doc.paragraphs {
                let text = String::from_utf16(&units[p.start as usize..p.end as usize]).unwrap();
                let twice = kept.insert((file.clone(), p.line as usize), text);
                assert!(twice.is_none(), "{name}: {file}:{} is in two paragraphs", p.line);
            }
        }
        let manifest = std::fs::read_to_string(dir.join(MANIFEST)).unwrap();
        let mut captures = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            assert!(
                manifest.contains(&format!("file = \"{file}\"")),
                "{name}: {file} is in the corpus directory but not in its manifest"
            );
            captures += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, line) in text.trim_start_matches('\u{feff}').split('\n').enumerate() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                let at = (file.clone(), i + 1);
                match (kept.get(&at), reported.get(&at)) {
                    (Some(paragraph), None) => assert_eq!(
                        paragraph,
                        line,
                        "{name}: {file}:{} is kept with other words",
                        i + 1
                    ),
                    (None, Some((_, reported_text))) => assert_eq!(
                        reported_text,
                        line,
                        "{name}: {file}:{} is reported with other words",
                        i + 1
                    ),
                    (Some(_), Some(_)) => {
                        panic!("{name}: {file}:{} is both kept and reported", i + 1)
                    }
                    (None, None) => panic!(
                        "{name}: {file}:{} is lost: neither kept nor reported: {line:?}",
                        i + 1
                    ),
                }
            }
        }
        assert_eq!(
            captures + 1,
            compiled.inputs.len(),
            "{name}: every capture the manifest names was read"
        );
    }
}
