//! Reads each capture, cuts it into the stories the manifest names, and drops page chrome, recording every dropped line with its reason.

use std::path::Path;

use super::chrome::{classify, DropReason, StoryFacts, Verdict};
use super::manifest::{Capture, StorySpec};
use crate::compiler::error::Error;
use crate::model::ParagraphKind;

/// A kept line of a story.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptLine {
    /// 1-based line in the capture.
    pub line: usize,
    pub text: String,
    pub kind: ParagraphKind,
}

/// A story cut out of its capture, chrome removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub spec: StorySpec,
    pub file: String,
    pub first_line: usize,
    pub last_line: usize,
    pub lines: Vec<KeptLine>,
}

/// A line that is not part of any document, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct DroppedLine {
    pub file: String,
    pub line: usize,
    pub reason: DropReason,
    pub text: String,
}

/// Longest line a story may hold, in bytes (64 KiB, sixty times the longest paragraph of the seed corpus):
/// a longer one is not a paragraph (a capture of minified markup, a file without line breaks).
pub const MAX_LINE_BYTES: usize = 64 << 10;
/// Most text one story may keep, in bytes (256 KiB, ten times the longest seed story). The extractor's
/// work grows with the square of a story's names, so a story this long is refused before it stalls the
/// build: it is most likely an `end` line found far too late.
pub const MAX_STORY_BYTES: usize = 256 << 10;

/// Reads a capture as UTF-8 text (a byte-order mark is dropped, CRLF read as LF).
pub fn read_capture(path: &Path) -> Result<String, Error> {
    read_text(path, "capture")
}

/// Reads a file as UTF-8 text (a byte-order mark is dropped, CRLF read as LF); a byte that is not UTF-8
/// is an [`Error::Capture`] naming its line. `what` names the file in an error ("capture", "manifest").
pub fn read_text(path: &Path, what: &str) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        file: path.to_path_buf(),
        reason: format!("cannot read the {what}: {e}"),
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::Capture {
            file: path.to_path_buf(),
            line,
            reason: format!("not UTF-8 text (invalid byte at offset {valid})"),
        }
    })?;
    Ok(text.replace("\r\n", "\n"))
}

/// Splits one capture's text into its stories; returns them and the dropped lines.
pub fn ingest(
    capture: &Capture,
    text: &str,
    capture_path: &Path,
    manifest_path: &Path,
) -> Result<(Vec<Story>, Vec<DroppedLine>), Error> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut stories = Vec::new();
    let mut dropped = Vec::new();
    let mut cursor = 0;
    let not_found =
        |what: &str, spec: &StorySpec, manifest_line: usize, needle: &str, after: usize| {
            Error::Manifest {
                file: manifest_path.to_path_buf(),
                line: manifest_line,
                reason: format!(
                    "story {:?}: {what} line {needle:?} not found in {} after line {after}",
                    spec.id,
                    capture_path.display()
                ),
            }
        };
    for spec in &capture.stories {
        let begin = (cursor..lines.len())
            .find(|&i| lines[i].trim().starts_with(&spec.begin.text))
            .ok_or_else(|| {
                not_found("begin", spec, spec.begin.manifest_line, &spec.begin.text, cursor)
            })?;
        let end = (begin..lines.len())
            .find(|&i| lines[i].trim().starts_with(&spec.end.text))
            .ok_or_else(|| not_found("end", spec, spec.end.manifest_line, &spec.end.text, begin))?;
        if let Some(long) = (begin..=end).find(|&i| lines[i].len() > MAX_LINE_BYTES) {
            return Err(Error::Capture {
                file: capture_path.to_path_buf(),
                line: long + 1,
                reason: format!("story {:?}: a line of {} bytes; a story line may hold at most {MAX_LINE_BYTES} bytes (is this a capture of text?)", spec.id, lines[long].len()),
            });
        }
        dropped.extend(outside(capture, &lines, cursor, begin));
        let content: Vec<usize> = (begin..=end).filter(|&i| !lines[i].trim().is_empty()).collect();
        let texts: Vec<&str> = content.iter().map(|&i| lines[i]).collect();
        let curated: Vec<(String, String)> =
            spec.drops.iter().map(|d| (d.line.text.clone(), d.reason.clone())).collect();
        for drop in &spec.drops {
            if !texts.iter().any(|t| t.trim().starts_with(&drop.line.text)) {
                return Err(Error::Manifest {
                    file: manifest_path.to_path_buf(),
                    line: drop.line.manifest_line,
                    reason: format!(
                        "story {:?}: drop line {:?} is not inside the story",
                        spec.id, drop.line.text
                    ),
                });
            }
        }
        let mut kept = Vec::new();
        let facts = StoryFacts { curated: &curated, authors: &spec.authors, outlet: &spec.outlet };
        for ((&i, text), verdict) in content.iter().zip(&texts).zip(classify(&texts, &facts)) {
            match verdict {
                Verdict::Keep(kind) => {
                    kept.push(KeptLine { line: i + 1, text: text.trim().to_string(), kind })
                }
                Verdict::Drop(reason) => dropped.push(DroppedLine {
                    file: capture.file.clone(),
                    line: i + 1,
                    reason,
                    text: text.trim().to_string(),
                }),
            }
        }
        if kept.iter().all(|line| line.kind != ParagraphKind::Body) {
            return Err(Error::Manifest {
                file: manifest_path.to_path_buf(),
                line: spec.begin.manifest_line,
                reason: format!(
                    "story {:?} is empty: lines {}-{} of {} hold no body text",
                    spec.id,
                    begin + 1,
                    end + 1,
                    capture_path.display()
                ),
            });
        }
        let size: usize = kept.iter().map(|line| line.text.len()).sum();
        if size > MAX_STORY_BYTES {
            return Err(Error::Manifest {
                file: manifest_path.to_path_buf(),
                line: spec.end.manifest_line,
                reason: format!(
                    "story {:?} keeps {size} bytes of text (lines {}-{} of {}); a story may keep at most {MAX_STORY_BYTES} bytes: is its end line right?",
                    spec.id,
                    begin + 1,
                    end + 1,
                    capture_path.display()
                ),
            });
        }
        stories.push(Story {
            spec: spec.clone(),
            file: capture.file.clone(),
            first_line: begin + 1,
            last_line: end + 1,
            lines: kept,
        });
        cursor = end + 1;
    }
    dropped.extend(outside(capture, &lines, cursor, lines.len()));
    Ok((stories, dropped))
}

/// Lines between stories: a story's printed headline, or page chrome.
fn outside(capture: &Capture, lines: &[&str], from: usize, to: usize) -> Vec<DroppedLine> {
    let is_headline = |text: &str| capture.stories.iter().any(|s| s.title == text);
    (from..to)
        .filter(|&i| !lines[i].trim().is_empty())
        .map(|i| {
            let text = lines[i].trim().to_string();
            let reason =
                if is_headline(&text) { DropReason::Headline } else { DropReason::OutsideStory };
            DroppedLine { file: capture.file.clone(), line: i + 1, reason, text }
        })
        .collect()
}
