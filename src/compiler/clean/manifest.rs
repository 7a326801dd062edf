//! Reads `corpus.toml`: for each capture file, its stories with their metadata and where each begins and ends.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::lines::Lines;
use crate::compiler::error::Error;
use crate::model::is_date_prefix;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    capture: Vec<RawCapture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCapture {
    file: Spanned<String>,
    #[serde(default)]
    story: Vec<RawStory>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStory {
    id: Spanned<String>,
    title: Spanned<String>,
    outlet: Spanned<String>,
    #[serde(default)]
    authors: Vec<String>,
    published: Spanned<String>,
    begin: Spanned<String>,
    end: Spanned<String>,
    #[serde(default)]
    drop: Vec<RawDrop>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDrop {
    line: Spanned<String>,
    reason: String,
}

/// One capture file and the stories it holds, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Capture {
    pub file: String,
    /// Line of `file = …` in the manifest.
    pub manifest_line: usize,
    pub stories: Vec<StorySpec>,
}

/// One story: metadata plus the text of its first and last lines (prefixes, whitespace-trimmed).
#[derive(Debug, Clone, PartialEq)]
pub struct StorySpec {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub authors: Vec<String>,
    pub published: String,
    pub begin: Located,
    pub end: Located,
    /// Lines of the story that are chrome no rule can recognise, each with why it is dropped.
    pub drops: Vec<CuratedDrop>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub text: String,
    pub manifest_line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CuratedDrop {
    pub line: Located,
    pub reason: String,
}

/// Parses the manifest text; `file` names it in errors.
pub fn parse(file: &Path, text: &str) -> Result<Vec<Capture>, Error> {
    let lines = Lines::new(text);
    let line_of = |at: usize| lines.of(at);
    let manifest_error = |at: usize, reason: String| Error::Manifest {
        file: file.to_path_buf(),
        line: line_of(at),
        reason,
    };
    let raw: RawManifest = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |span| span.start);
        manifest_error(at, e.message().to_string())
    })?;
    if raw.capture.is_empty() {
        return Err(manifest_error(0, "the manifest lists no [[capture]]".into()));
    }
    let located = |value: &Spanned<String>| Located {
        text: value.get_ref().trim().to_string(),
        manifest_line: line_of(value.span().start),
    };
    let mut seen_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut seen_files: BTreeSet<String> = BTreeSet::new();
    let mut captures = Vec::new();
    for capture in raw.capture {
        let name = capture.file.get_ref().clone();
        let at = capture.file.span().start;
        if name.is_empty() || name.contains('/') || name.contains('\\') || name.starts_with('.') {
            return Err(manifest_error(
                at,
                format!(
                    "capture file {name:?} must be a plain file name inside the corpus directory"
                ),
            ));
        }
        if seen_files.contains(&name) {
            return Err(manifest_error(at, format!("capture file {name:?} is listed twice")));
        }
        seen_files.insert(name.clone());
        if capture.story.is_empty() {
            return Err(manifest_error(at, format!("capture {name:?} has no [[capture.story]]")));
        }
        let mut stories = Vec::new();
        for story in capture.story {
            let id = story.id.get_ref().clone();
            let id_at = story.id.span().start;
            if id.is_empty()
                || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(manifest_error(
                    id_at,
                    format!("story id {id:?} must be lower-case letters, digits and hyphens"),
                ));
            }
            if let Some(first) = seen_ids.get(&id) {
                return Err(manifest_error(
                    id_at,
                    format!("duplicate story id {id:?} (first used on line {first})"),
                ));
            }
            seen_ids.insert(id.clone(), line_of(id_at));
            for (field, value) in [
                ("title", &story.title),
                ("outlet", &story.outlet),
                ("begin", &story.begin),
                ("end", &story.end),
            ] {
                if value.get_ref().trim().is_empty() {
                    return Err(manifest_error(
                        value.span().start,
                        format!("story {id:?}: {field} is empty"),
                    ));
                }
            }
            let published = story.published.get_ref().trim().to_string();
            if !is_date_prefix(&published) {
                return Err(manifest_error(
                    story.published.span().start,
                    format!(
                        "story {id:?}: published {published:?} is not YYYY, YYYY-MM or YYYY-MM-DD"
                    ),
                ));
            }
            stories.push(StorySpec {
                id,
                title: story.title.get_ref().trim().to_string(),
                outlet: story.outlet.get_ref().trim().to_string(),
                authors: story.authors.iter().map(|a| a.trim().to_string()).collect(),
                published,
                begin: located(&story.begin),
                end: located(&story.end),
                drops: story
                    .drop
                    .iter()
                    .map(|d| CuratedDrop {
                        line: located(&d.line),
                        reason: d.reason.trim().to_string(),
                    })
                    .collect(),
            });
        }
        captures.push(Capture { file: name, manifest_line: line_of(at), stories });
    }
    Ok(captures)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "[[capture]]\nfile = \"a.txt\"\n\n[[capture.story]]\nid = \"one\"\ntitle = \"T\"\noutlet = \"O\"\nauthors = [\"A\"]\npublished = \"2021-03\"\nbegin = \"First\"\nend = \"Last\"\n";

    /// (name, manifest text, expected error line, expected words in the reason)
    const BAD: &[(&str, &str, usize, &str)] = &[
        ("syntax error", "[[capture]]\nfile = \"a.txt\nid = 3\n", 2, ""),
        ("unknown field", "[[capture]]\nfile = \"a.txt\"\ncolour = \"red\"\n", 3, "unknown field"),
        ("no capture", "# nothing\n", 1, "no [[capture]]"),
        ("capture without story", "[[capture]]\nfile = \"a.txt\"\n", 2, "no [[capture.story]]"),
        ("path in file name", "[[capture]]\nfile = \"../a.txt\"\n", 2, "plain file name"),
    ];

    #[test]
    fn malformed_manifests_fail_with_their_line() {
        for (name, text, line, words) in BAD {
            let error = parse(Path::new("corpus.toml"), text).expect_err(name);
            match &error {
                Error::Manifest { line: got, reason, .. } => {
                    assert_eq!(got, line, "{name}: {error}");
                    assert!(reason.contains(words), "{name}: {reason}");
                }
                other => panic!("{name}: unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn duplicate_ids_name_both_lines() {
        let text = format!("{STORY}\n{}", STORY.replace("file = \"a.txt\"", "file = \"b.txt\""));
        let error = parse(Path::new("corpus.toml"), &text).unwrap_err().to_string();
        assert_eq!(error, "corpus.toml:17: duplicate story id \"one\" (first used on line 5)");
    }

    #[test]
    fn bad_dates_and_empty_fields_are_rejected() {
        let cases = [
            ("published = \"2021-03\"", "published = \"March 2021\"", "not YYYY"),
            ("title = \"T\"", "title = \" \"", "title is empty"),
        ];
        for (from, to, words) in cases {
            let error =
                parse(Path::new("corpus.toml"), &STORY.replace(from, to)).unwrap_err().to_string();
            assert!(error.contains(words), "{error}");
        }
    }

    #[test]
    fn a_good_manifest_reads_every_field() {
        let captures = parse(Path::new("corpus.toml"), STORY).unwrap();
        let story = &captures[0].stories[0];
        assert_eq!(
            (
                story.id.as_str(),
                story.published.as_str(),
                story.begin.text.as_str(),
                story.begin.manifest_line
            ),
            ("one", "2021-03", "First", 10)
        );
    }
}
