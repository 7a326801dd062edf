//! Query-word expansion: the index terms a typed word matches, and the nearest spelling to suggest when nothing matches.
//!
//! A word matches itself, its other spellings, other forms of the English word, the words it begins, and
//! typo corrections when the text lacks it.

use std::collections::BTreeMap;

use super::order;
use super::stem::{distance, stem, typo_budget};
use super::Explorer;
use crate::text::{fold, translit_key};

/// Most index terms one prefix (or one typo) expands to.
pub const MAX_PREFIX_TERMS: usize = 64;
/// Weight of a match by another spelling, and by a word's beginning, against an exact match.
const VARIANT_WEIGHT: f32 = 0.9;
const PREFIX_WEIGHT: f32 = 0.8;
/// Weight of another form of the same English word (`protesting` for `protests`), and of a typo's correction.
const STEM_WEIGHT: f32 = 0.85;
const TYPO_WEIGHT: f32 = 0.6;

/// An index term a query word matched, and how well.
#[derive(Clone, Copy)]
pub struct Expansion {
    pub term: u32,
    pub weight: f32,
}

impl Explorer {
    pub(super) fn term(&self, folded: &str) -> Option<u32> {
        super::index::term(&self.corpus.index, folded)
    }

    /// The terms a word matches: itself, its other spellings, and (for a prefix) the words it begins.
    pub(super) fn expand(&self, word: &str, prefix: bool) -> Vec<Expansion> {
        let index = &self.corpus.index;
        let mut found: BTreeMap<u32, f32> = BTreeMap::new();
        if let Some(t) = self.term(word) {
            found.insert(t, 1.0);
        }
        let key = translit_key(word);
        let first = index.variants.partition_point(|(k, _)| k.as_str() < key.as_str());
        for (k, t) in &index.variants[first..] {
            if *k != key {
                break;
            }
            found.entry(*t).or_insert(VARIANT_WEIGHT);
        }
        if let Some(stem) = stem(word) {
            let first = index.stems.partition_point(|(s, _)| s.as_str() < stem.as_str());
            for (s, t) in &index.stems[first..] {
                if *s != stem {
                    break;
                }
                found.entry(*t).or_insert(STEM_WEIGHT);
            }
        }
        if prefix {
            let first = index.terms.partition_point(|t| t.text.as_str() < word);
            for (i, t) in index.terms[first..].iter().enumerate().take(MAX_PREFIX_TERMS) {
                if !t.text.starts_with(word) {
                    break;
                }
                found.entry((first + i) as u32).or_insert(PREFIX_WEIGHT);
            }
            // Words whose spelling key begins with the typed word's key: `Akit` finds `Akytkhan`.
            let first = index.variants.partition_point(|(k, _)| k.as_str() < key.as_str());
            for (k, t) in index.variants[first..].iter().take(MAX_PREFIX_TERMS) {
                if !k.starts_with(key.as_str()) {
                    break;
                }
                found.entry(*t).or_insert(PREFIX_WEIGHT * VARIANT_WEIGHT);
            }
        }
        // A word the text does not have may be mistyped: take the words within its edit budget.
        if found.is_empty() {
            for (term, _) in self.near_terms(word, typo_budget(word)) {
                found.insert(term, TYPO_WEIGHT);
            }
        }
        found.into_iter().map(|(term, weight)| Expansion { term, weight }).collect()
    }

    /// Index terms of letters within `budget` edits of `word`, nearest first (then the more frequent), at most [`MAX_PREFIX_TERMS`].
    fn near_terms(&self, word: &str, budget: usize) -> Vec<(u32, usize)> {
        if budget == 0 {
            return Vec::new();
        }
        let length = word.chars().count();
        let letters = letter_counts(word);
        let mut near: Vec<(u32, usize)> = Vec::new();
        for (i, term) in self.corpus.index.terms.iter().enumerate() {
            let other = term.text.chars().count();
            if other.abs_diff(length) > budget
                || !term.text.chars().all(char::is_alphabetic)
                || bag_distance(&letters, &term.text) > budget
            {
                continue;
            }
            let d = distance(word, &term.text);
            if d <= budget {
                near.push((i as u32, d));
            }
        }
        let terms = &self.corpus.index.terms;
        order::sort_by(&mut near, |a, b| {
            a.1.cmp(&b.1)
                .then(terms[b.0 as usize].postings.len().cmp(&terms[a.0 as usize].postings.len()))
        });
        near.truncate(MAX_PREFIX_TERMS);
        near
    }

    /// The query with each word the text lacks replaced by its nearest spelling in the text, if that changes anything.
    pub(super) fn nearest_spelling(&self, raw: &str) -> Option<String> {
        let mut changed = false;
        let words: Vec<String> = raw
            .split_whitespace()
            .map(|word| {
                let folded = fold(word.trim_matches(|c: char| !c.is_alphanumeric()));
                if folded.is_empty()
                    || self.term(&folded).is_some()
                    || !self.expand(&folded, false).is_empty()
                {
                    return word.to_string();
                }
                match self.near_terms(&folded, typo_budget(&folded) + 1).first() {
                    Some(&(term, _)) => {
                        changed = true;
                        self.corpus.index.terms[term as usize].text.clone()
                    }
                    None => word.to_string(),
                }
            })
            .collect();
        changed.then(|| words.join(" "))
    }
}

/// Letters of a word counted in 32 buckets (by code point), for [`bag_distance`].
fn letter_counts(word: &str) -> [i16; 32] {
    let mut counts = [0i16; 32];
    for c in word.chars() {
        counts[c as usize % 32] += 1;
    }
    counts
}

/// A lower bound of the edit distance (with transpositions) between the word counted in `letters` and
/// `other`: letters one has and the other lacks each need an edit. It costs one pass and no allocation,
/// so most of the vocabulary is ruled out before the distance itself is computed.
fn bag_distance(letters: &[i16; 32], other: &str) -> usize {
    let mut difference = *letters;
    for c in other.chars() {
        difference[c as usize % 32] -= 1;
    }
    let (surplus, lack) = difference.iter().fold((0usize, 0usize), |(s, l), &d| {
        if d > 0 {
            (s + d as usize, l)
        } else {
            (s, l + (-d) as usize)
        }
    });
    surplus.max(lack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_bound_never_exceeds_the_edit_distance() {
        let cases: &[(&str, &str, &str)] = &[
            ("transposition is free", "xinjaing", "xinjiang"),
            ("one insertion", "kunbolatt", "kunbolat"),
            ("substitution", "sauytbai", "sauytbay"),
            ("unrelated words", "akytkhan", "protest"),
            ("Cyrillic", "алматы", "алмата"),
            ("empty", "", "camp"),
        ];
        for (name, a, b) in cases {
            assert!(bag_distance(&letter_counts(a), b) <= distance(a, b), "{name}: {a} / {b}");
        }
        assert_eq!(bag_distance(&letter_counts("akytkhan"), "protest"), 7, "rules out far words");
    }
}
