//! Chrome scores against the gold: page chrome left in a document's text and article lines lost from it.
//!
//! The story span is the capture's lines from the manifest's `begin` line to its `end` line. The
//! headline (the `begin` line) is not scored. A gold `[[chrome]]` entry names a line by its first
//! words, and with `occurrence = N` only the Nth line of the span so named. Without it, when more
//! lines start with those words than the gold has entries for them (a caption printed twice), the
//! first copies are article text and the last ones chrome. Every other non-blank line of the span is article text and must be in the document.

use std::collections::BTreeSet;
use std::path::Path;

use corpus_explorer::model::Corpus;

use super::gold::Gold;

#[derive(Default)]
pub struct ChromeScore {
    pub chrome_lines: usize,
    pub body_lines: usize,
    pub chrome_kept: Vec<String>,
    pub body_lost: Vec<String>,
    /// Gold chrome entries that name no line of any story span (a gold error).
    pub unknown: Vec<String>,
}

impl ChromeScore {
    pub fn add(&mut self, other: ChromeScore) {
        self.chrome_lines += other.chrome_lines;
        self.body_lines += other.body_lines;
        self.chrome_kept.extend(other.chrome_kept);
        self.body_lost.extend(other.body_lost);
        self.unknown.extend(other.unknown);
    }
}

/// One story of the manifest: its capture file, id and the first words of its first and last lines.
struct Story {
    file: String,
    id: String,
    begin: String,
    end: String,
}

fn stories(dir: &Path) -> Vec<Story> {
    let manifest = dir.join("corpus.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap();
    let mut out = Vec::new();
    for capture in value["capture"].as_array().unwrap() {
        for story in capture["story"].as_array().unwrap() {
            let field = |name: &str| story[name].as_str().unwrap().to_string();
            out.push(Story {
                file: capture["file"].as_str().unwrap().to_string(),
                id: field("id"),
                begin: field("begin"),
                end: field("end"),
            });
        }
    }
    out
}

/// Scores the chrome of every story of the fixture in `dir`.
pub fn score(dir: &Path, corpus: &Corpus, gold: &Gold) -> ChromeScore {
    let mut score = ChromeScore::default();
    let mut named = vec![false; gold.chrome.len()];
    for story in stories(dir) {
        let text = std::fs::read_to_string(dir.join(&story.file)).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let Some(first) = lines.iter().position(|l| l.starts_with(&story.begin)) else { continue };
        let Some(last) = (first..lines.len()).find(|&i| lines[i].starts_with(&story.end)) else {
            continue;
        };
        let Some(document) = corpus.documents.iter().find(|d| d.id == story.id) else { continue };
        let kept: BTreeSet<usize> = document.paragraphs.iter().map(|p| p.line as usize).collect();
        let chrome_lines = chrome_line_numbers(&lines[first..=last], gold, &mut named);
        for (i, &line) in lines.iter().enumerate().take(last + 1).skip(first) {
            let chrome = chrome_lines.contains(&(i - first));
            if i == first || line.is_empty() {
                continue;
            }
            let is_kept = kept.contains(&(i + 1));
            let where_ = format!("{}:{}: {}", story.file, i + 1, clip(line));
            if chrome {
                score.chrome_lines += 1;
                if is_kept {
                    score.chrome_kept.push(where_);
                }
            } else {
                score.body_lines += 1;
                if !is_kept {
                    score.body_lost.push(where_);
                }
            }
        }
    }
    for (c, _) in named.iter().enumerate().filter(|(_, &n)| !n) {
        score.unknown.push(format!(
            "{}: chrome line not in a story span: {:?}",
            dir.display(),
            gold.chrome[c].line
        ));
    }
    score
}

/// The positions in `span` of the lines the gold calls chrome; marks in `named` each entry that names a line.
fn chrome_line_numbers(span: &[&str], gold: &Gold, named: &mut [bool]) -> BTreeSet<usize> {
    let mut chrome = BTreeSet::new();
    let starts = |line: &str, words: &str| !line.is_empty() && line.starts_with(words);
    for (c, entry) in gold.chrome.iter().enumerate() {
        let matching: Vec<usize> =
            (0..span.len()).filter(|&i| starts(span[i], &entry.line)).collect();
        let chosen: Vec<usize> = match entry.occurrence {
            Some(n) => matching.get(n.wrapping_sub(1)).copied().into_iter().collect(),
            None => {
                let entries = gold
                    .chrome
                    .iter()
                    .filter(|e| e.occurrence.is_none() && e.line == entry.line)
                    .count();
                matching[matching.len().saturating_sub(entries)..].to_vec()
            }
        };
        named[c] |= !chosen.is_empty();
        chrome.extend(chosen);
    }
    chrome
}

fn clip(line: &str) -> String {
    match line.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}
