//! What went wrong in a query, as an enum with named fields; its `Display` is the message JavaScript sees.
//!
//! Values a caller typed are shown quoted and cut (see [`quoted`]); the longest message stays under
//! [`MAX_MESSAGE_CHARS`], so an error never echoes a megabyte of input back.

use core::fmt;

use super::relation_types::FAMILIES;
use super::{clip, quoted, quoted_within, MAX_MESSAGE_CHARS};

/// How much of an unknown relation type its message echoes: the message also lists every family and
/// type, and must stay under `MAX_MESSAGE_CHARS`.
const NAME_IN_TYPE_LIST_CHARS: usize = 32;
use crate::blob::DecodeError;
use crate::model::RelationKind;

/// An error a caller can act on; its message says what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    /// The blob did not decode.
    Decode { reason: DecodeError },
    /// No entity has this id.
    UnknownEntity { id: String },
    /// No document has this id.
    UnknownDocument { id: String },
    /// An error about one option, named first: "filter related: no entity with id …".
    InOption { option: &'static str, error: Box<EngineError> },
    /// A count outside `1..=most`: "limit must be between 1 and 100, not 0".
    CountOutOfRange { option: &'static str, most: u32, got: u32 },
    /// A graph depth outside `1..=most`.
    DepthOutOfRange { most: u32, got: u32 },
    /// A search offset past `most`.
    OffsetTooLarge { most: u32, got: u32 },
    /// A filter date (`from` or `to`) that is not YYYY, YYYY-MM or YYYY-MM-DD.
    NotADate { field: &'static str, value: String },
    /// A filter `types` name that is no entity type.
    UnknownEntityType { name: String },
    /// A `types` name that is neither a relation type nor a family.
    UnknownRelationType { name: String },
    /// An export format other than [`super::export::FORMATS`].
    UnknownExportFormat { format: String },
    /// Options that do not read as their struct: `argument` ("search options"), the `field` that was
    /// wrong on its own, if one was, and why.
    Options { argument: String, field: Option<String>, reason: String },
    /// The panic probe was called in a build without one.
    NotATestBuild,
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::Decode { reason } => write!(f, "{reason}"),
            EngineError::UnknownEntity { id } => write!(f, "no entity with id {}", quoted(id)),
            EngineError::UnknownDocument { id } => write!(f, "no document with id {}", quoted(id)),
            EngineError::InOption { option, error } => write!(f, "{option}: {error}"),
            EngineError::CountOutOfRange { option, most, got } => {
                write!(f, "{option} must be between 1 and {most}, not {got}")
            }
            EngineError::DepthOutOfRange { most, got } => {
                write!(f, "graph depth must be 1 or {most}, not {got}")
            }
            EngineError::OffsetTooLarge { most, got } => {
                write!(f, "offset must be at most {most}, not {got}")
            }
            EngineError::NotADate { field, value } => write!(
                f,
                "filter {field}: {} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                quoted(value)
            ),
            EngineError::UnknownEntityType { name } => write!(
                f,
                "filter types: unknown entity type {} (person, organization, place or group)",
                quoted(name)
            ),
            EngineError::UnknownRelationType { name } => write!(
                f,
                "unknown relation type {} (families: {}; types: {})",
                quoted_within(name, NAME_IN_TYPE_LIST_CHARS),
                FAMILIES.join(", "),
                RelationKind::ALL.map(RelationKind::as_str).join(", ")
            ),
            EngineError::UnknownExportFormat { format } => write!(
                f,
                "unknown export format {} (known: {})",
                quoted(format),
                super::export::FORMATS.join(", ")
            ),
            EngineError::Options { argument, field, reason } => {
                let message = match field {
                    Some(field) => format!("{argument}: {}: {reason}", clip(field, 64)),
                    None => format!("{argument}: {reason}"),
                };
                f.write_str(&clip(&message, MAX_MESSAGE_CHARS))
            }
            EngineError::NotATestBuild => f.write_str("not a test build"),
        }
    }
}

impl From<DecodeError> for EngineError {
    fn from(reason: DecodeError) -> Self {
        EngineError::Decode { reason }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_what_was_wrong() {
        let unknown = || Box::new(EngineError::UnknownEntity { id: "x\ny".into() });
        let cases: &[(&str, EngineError, &str)] = &[
            (
                "a damaged blob",
                EngineError::Decode { reason: DecodeError::BadMagic },
                "corpus blob does not start with the CEXP magic",
            ),
            ("an unknown entity, escaped", *unknown(), "no entity with id \"x\\ny\""),
            (
                "an unknown document",
                EngineError::UnknownDocument { id: "d".into() },
                "no document with id \"d\"",
            ),
            (
                "in an option",
                EngineError::InOption { option: "graph focus", error: unknown() },
                "graph focus: no entity with id \"x\\ny\"",
            ),
            (
                "a count",
                EngineError::CountOutOfRange { option: "maxHops", most: 8, got: 9 },
                "maxHops must be between 1 and 8, not 9",
            ),
            (
                "a depth",
                EngineError::DepthOutOfRange { most: 2, got: 3 },
                "graph depth must be 1 or 2, not 3",
            ),
            (
                "an offset",
                EngineError::OffsetTooLarge { most: 10, got: 11 },
                "offset must be at most 10, not 11",
            ),
            (
                "a date",
                EngineError::NotADate { field: "from", value: "May".into() },
                "filter from: \"May\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            ),
            (
                "an entity type",
                EngineError::UnknownEntityType { name: "people".into() },
                "filter types: unknown entity type \"people\" (person, organization, place or group)",
            ),
            (
                "an export format",
                EngineError::UnknownExportFormat { format: "xml".into() },
                "unknown export format \"xml\" (known: json, graphml, csv, csv-edges)",
            ),
            (
                "options with a field",
                EngineError::Options {
                    argument: "path options".into(),
                    field: Some("maxHops".into()),
                    reason: "expected a list".into(),
                },
                "path options: maxHops: expected a list",
            ),
            (
                "options without a field",
                EngineError::Options {
                    argument: "path options".into(),
                    field: None,
                    reason: "expected an object, got a list".into(),
                },
                "path options: expected an object, got a list",
            ),
            ("the panic probe", EngineError::NotATestBuild, "not a test build"),
        ];
        for (name, error, message) in cases {
            assert_eq!(error.to_string(), *message, "{name}");
        }
    }

    #[test]
    fn an_options_message_is_cut() {
        let error = EngineError::Options {
            argument: "search options".into(),
            field: Some("f".repeat(1000)),
            reason: "r".repeat(1000),
        };
        let message = error.to_string();
        assert!(message.starts_with(&format!("search options: {}…: r", "f".repeat(64))));
        assert_eq!(message.chars().count(), MAX_MESSAGE_CHARS + 1, "cut, with an ellipsis");
    }
}
