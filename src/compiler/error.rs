//! The compiler's errors: each names the file, and where it can the 1-based line, that caused it.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A file could not be read.
    Io { file: PathBuf, reason: String },
    /// The manifest is malformed or names something that is not there.
    Manifest { file: PathBuf, line: usize, reason: String },
    /// A capture cannot be used as text.
    Capture { file: PathBuf, line: usize, reason: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { file, reason } => write!(f, "{}: {reason}", file.display()),
            Error::Manifest { file, line, reason } | Error::Capture { file, line, reason } => {
                write!(f, "{}:{line}: {reason}", file.display())
            }
        }
    }
}

impl std::error::Error for Error {}

/// The line starts of a text, so that the line of any byte offset is one binary search (a manifest of
/// thousands of stories asks for thousands of lines).
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(text: &str) -> Lines {
        Lines(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect())
    }

    /// 1-based line number of byte offset `at`: one more than the line breaks before it.
    pub fn of(&self, at: usize) -> usize {
        self.0.partition_point(|&newline| newline < at) + 1
    }
}
