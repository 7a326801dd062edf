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
