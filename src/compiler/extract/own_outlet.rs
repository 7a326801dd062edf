//! Votes organization for a name that is the document's own outlet (`Steppe Lantern asked his lawyer`), whatever its words look like.
//!
//! The manifest names the outlet that published each document. When the text names it (`the
//! Steppe Lantern`, `Steppe Lantern`), that name is the outlet, an organization, even where no cue
//! around it says so and its words could pass for a person's.

use super::Candidate;
use crate::model::{Document, EntityKind};
use crate::text::fold;

/// Votes for the outlet a name is: more than a personal-looking name's prior and a verb's vote.
const OUTLET_VOTE: f32 = 3.0;

/// A name's words, folded, without a leading `the`.
fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name.split_whitespace().map(fold).collect();
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    words
}

/// Whether `surface` names `outlet` (with or without `the`).
fn names_outlet(surface: &str, outlet: &str) -> bool {
    let outlet = words(outlet);
    !outlet.is_empty() && words(surface) == outlet
}

/// Adds an organization vote to every candidate that names its document's outlet.
pub(super) fn vote_own_outlet(documents: &[Document], candidates: &mut [Candidate]) {
    for candidate in candidates.iter_mut() {
        if names_outlet(&candidate.surface, &documents[candidate.doc as usize].outlet) {
            candidate.votes.add(EntityKind::Organization, OUTLET_VOTE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::names_outlet;

    #[test]
    fn the_document_outlet_is_named_with_or_without_its_article() {
        let cases: &[(&str, &str, &str, bool)] = &[
            ("the outlet's name", "Steppe Lantern", "Steppe Lantern", true),
            ("with the article", "the Steppe Lantern", "Steppe Lantern", true),
            ("the manifest with the article", "Steppe Lantern", "The Steppe Lantern", true),
            ("another case", "STEPPE LANTERN", "Steppe Lantern", true),
            ("a longer name", "Steppe Lantern Weekly", "Steppe Lantern", false),
            ("a glued person", "Steppe Lantern Mira Tolash", "Steppe Lantern", false),
            ("one of its words", "Lantern", "Steppe Lantern", false),
            ("no outlet", "Steppe Lantern", "", false),
        ];
        for (name, surface, outlet, expected) in cases {
            assert_eq!(names_outlet(surface, outlet), *expected, "{name}");
        }
    }
}
