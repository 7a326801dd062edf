//! Stage 1, clean: reads `corpus.toml` and the captures it names, and gives the stories with page chrome dropped.
//!
//! Steps: [`manifest`] parses the manifest (with [`lines`] for its error lines); [`ingest`] reads each
//! capture, cuts it into stories and drops page chrome that [`chrome`] recognises (with the line
//! shapes of [`page_lines`] and [`page_labels`], the bylines of [`bylines`], and the neighbour rules of [`neighbours`]),
//! recording every dropped line with its reason.

mod bylines;
mod chrome;
mod credits;
mod ingest;
mod lines;
mod manifest;
mod neighbours;
mod page_labels;
mod page_lines;
mod site_labels;

use std::path::{Path, PathBuf};

pub use chrome::DropReason;
#[cfg(test)]
pub(in crate::compiler) use ingest::KeptLine;
pub(in crate::compiler) use ingest::Story;
pub use ingest::{DroppedLine, MAX_LINE_BYTES, MAX_STORY_BYTES};
#[cfg(test)]
pub(in crate::compiler) use manifest::{Located, StorySpec};

use super::error::Error;
use super::MANIFEST;

/// The stories of a corpus directory, the lines left out of them, and the files read.
pub(super) struct Cleaned {
    /// Every story, in manifest order.
    pub stories: Vec<Story>,
    /// Every non-blank capture line that is in no story, in capture and line order.
    pub dropped: Vec<DroppedLine>,
    /// Files read: the manifest, then each capture.
    pub inputs: Vec<PathBuf>,
}

/// Reads the manifest of `dir` and every capture it names into stories.
pub(super) fn clean(dir: &Path) -> Result<Cleaned, Error> {
    let manifest_path = dir.join(MANIFEST);
    let manifest_text =
        ingest::read_text(&manifest_path, "manifest").map_err(|error| match error {
            Error::Capture { file, line, reason } => Error::Manifest { file, line, reason },
            other => other,
        })?;
    let captures = manifest::parse(&manifest_path, &manifest_text)?;
    let mut inputs = vec![manifest_path.clone()];
    let mut stories = Vec::new();
    let mut dropped = Vec::new();
    for capture in &captures {
        let capture_path = dir.join(&capture.file);
        if !capture_path.is_file() {
            let problem =
                if capture_path.exists() { "is not a regular file" } else { "does not exist" };
            return Err(Error::Manifest {
                file: manifest_path.clone(),
                line: capture.manifest_line,
                reason: format!("capture file {} {problem}", capture_path.display()),
            });
        }
        let text = ingest::read_capture(&capture_path)?;
        let (found, lost) = ingest::ingest(capture, &text, &capture_path, &manifest_path)?;
        stories.extend(found);
        dropped.extend(lost);
        inputs.push(capture_path);
    }
    Ok(Cleaned { stories, dropped, inputs })
}
