//! English stems for search (Snowball, from the `rust-stemmers` crate) and the edit budget for typos.

use rust_stemmers::{Algorithm, Stemmer};

/// The English stem of a folded word made of letters (`protesting` → `protest`); none for numbers and short words.
pub fn stem(folded: &str) -> Option<String> {
    if folded.chars().count() < 4 || !folded.chars().all(char::is_alphabetic) {
        return None;
    }
    Some(Stemmer::create(Algorithm::English).stem(folded).into_owned())
}

/// How many edits a typed word may be away from a word of the text: none up to 4 letters, one up to 7, two beyond.
pub fn typo_budget(word: &str) -> usize {
    match word.chars().count() {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// Edit distance (insertions, deletions, substitutions, adjacent swaps) between two words.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, word, expected stem)
    #[test]
    fn stems_join_inflections() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("plural", "protests", Some("protest")),
            ("gerund", "protesting", Some("protest")),
            ("past", "detained", Some("detain")),
            ("numbers have none", "1782", None),
            ("short words have none", "was", None),
        ];
        for (name, word, expected) in cases {
            assert_eq!(stem(word).as_deref(), *expected, "{name}");
        }
    }

    /// (name, typed, text word, within budget)
    #[test]
    fn typo_budget_grows_with_length() {
        let cases: &[(&str, &str, &str, bool)] = &[
            ("a doubled letter", "kunbolatt", "kunbolat", true),
            ("a changed letter", "sauytbai", "sauytbay", true),
            ("a dropped letter", "dabanchen", "dabancheng", true),
            ("short words get no budget", "camq", "camp", false),
            ("two edits in a long word", "kazakhstna", "kazakhstan", true),
            ("too far", "sauytbai", "sarsenbai", false),
        ];
        for (name, typed, word, within) in cases {
            assert_eq!(distance(typed, word) <= typo_budget(typed), *within, "{name}");
        }
    }
}
