//! Matches a pattern written as a short line of text against a sentence's items, binding entities to its slots.
//!
//! Takes a pattern written as a short line of text and a sentence's items and gives every way the
//! pattern matches, with the entities bound to its slots.
//!
//! A pattern is a space-separated row of elements:
//!
//! | element            | matches                                                                  |
//! |--------------------|--------------------------------------------------------------------------|
//! | `$A:per`           | a mention of a person, bound to slot `A` (`org`, `pla`, `grp`, `any`; `per|org` for either) |
//! | `$A:per~`          | the same, or a pronoun that refers to one (`his`, `she`, `its`)          |
//! | `$A:per+`          | the same, and any entities of the kind coordinated with it (`X, Y and Z`) |
//! | `$B:org>`          | an organization, or the last of a possessive chain from it (`RFE/RL's Kazakh Service`) |
//! | `$C:nat`           | a place mention, or a nationality word naming a place of the corpus (`Kazakh`) |
//! | `$M:org=ministry`  | a mention whose words include `ministry` (the filter comes last)          |
//! | `#num`             | (as a word alternative) any number: `?, ?#num ?,` reads an age aside      |
//! | `met|meets`        | one of these words (lower case; `'s` is the possessive)                  |
//! | `?the|a|an`        | optionally one of these words                                            |
//! | `@spokes`          | a word of the named class (classes are given with the patterns)          |
//! | `...4`             | up to 4 items inside the clause: no commas, quotes, brackets, dashes, semicolons, and no person named |
//! | `...,8`            | up to 8 such items, commas allowed                                       |
//! | `^4`               | up to 4 title words: capitalised words, `of`, `and`, and non-person mentions |
//! | `{app}`            | optionally an appositive or aside: `, … ,`, `( … )` or `, who …`; or the comma closing a name set off before it (`The chairman, X, told`) |
//! | `{end}`            | a noun phrase ends here: no lower-case noun follows (`the [Almaty] firm` does not end) |
//! | `<`                | a clause starts here: sentence start, punctuation, a conjunction or a speech verb before (an article may stand between) |
//! | `,` `(` `"`        | that punctuation mark                                                    |
//!
//! Matching is anchored at every item in turn and prefers the shortest skips.

use super::sentence_items::{Item, ItemKind};
use crate::model::EntityKind;
use reach::*;

#[path = "pattern_reach.rs"]
mod reach;

/// Entity kinds a slot accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct KindSet {
    pub person: bool,
    pub organization: bool,
    pub place: bool,
    pub group: bool,
    /// A nationality word resolving to a place.
    pub nationality: bool,
}

impl KindSet {
    fn accepts(&self, kind: EntityKind) -> bool {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organization => self.organization,
            EntityKind::Place => self.place || self.nationality,
            EntityKind::Group => self.group,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Element {
    Slot {
        name: char,
        kinds: KindSet,
        pronoun: bool,
        coordinated: bool,
        chained: bool,
        /// A word the mention must contain.
        word: Option<String>,
    },
    Words {
        alternatives: Vec<String>,
        optional: bool,
    },
    Skip {
        max: usize,
        commas: bool,
    },
    Titles {
        max: usize,
    },
    Appositive,
    ClauseStart,
    PhraseEnd,
}

/// A compiled pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    elements: Vec<Element>,
}

/// What a pattern needs to know about the corpus besides the items.
pub struct Context<'a> {
    /// Kind of every entity, by index.
    pub kinds: &'a [EntityKind],
    /// Resolves a nationality word (lower case) to a place entity, if the corpus has it.
    pub nationality: &'a dyn Fn(&str) -> Option<u32>,
    /// Whether an entity may fill slots (unnamed relatives may be excluded from some readers).
    pub eligible: &'a dyn Fn(u32) -> bool,
}

/// One match: the span of items it covers and the entities bound to each slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub first: usize,
    pub end: usize,
    pub slots: Vec<(char, Vec<u32>)>,
}

impl Match {
    pub fn slot(&self, name: char) -> &[u32] {
        self.slots.iter().find(|(n, _)| *n == name).map_or(&[], |(_, e)| e.as_slice())
    }
}

/// Compiles `source`; `classes` names the word classes `@name` may use. Panics on a malformed
/// pattern: patterns are constants, and a test compiles every one.
pub fn compile(source: &str, classes: &[(&str, &[&str])]) -> Pattern {
    let elements = source
        .split_whitespace()
        .map(|token| {
            if let Some(slot) = token.strip_prefix('$') {
                let mut chars = slot.chars();
                let name =
                    chars.next().unwrap_or_else(|| panic!("slot without a name in {source:?}"));
                let rest: String = chars.collect();
                let spec = rest
                    .strip_prefix(':')
                    .unwrap_or_else(|| panic!("slot {name} without kinds in {source:?}"));
                let (spec, word) = match spec.split_once('=') {
                    Some((spec, word)) => (spec, Some(word.to_string())),
                    None => (spec, None),
                };
                let chained = spec.ends_with('>');
                let spec = spec.trim_end_matches('>');
                let coordinated = spec.ends_with('+');
                let spec = spec.trim_end_matches('+');
                let pronoun = spec.ends_with('~');
                let spec = spec.trim_end_matches('~');
                let mut kinds = KindSet::default();
                for kind in spec.split('|') {
                    match kind {
                        "per" => kinds.person = true,
                        "org" => kinds.organization = true,
                        "pla" => kinds.place = true,
                        "grp" => kinds.group = true,
                        "nat" => kinds.nationality = true,
                        "any" => {
                            kinds = KindSet {
                                person: true,
                                organization: true,
                                place: true,
                                group: true,
                                nationality: false,
                            }
                        }
                        other => panic!("unknown slot kind {other:?} in {source:?}"),
                    }
                }
                Element::Slot { name, kinds, pronoun, coordinated, chained, word }
            } else if let Some(max) = token.strip_prefix("...,") {
                Element::Skip { max: max.parse().unwrap_or(8), commas: true }
            } else if let Some(max) = token.strip_prefix("...") {
                Element::Skip { max: max.parse().unwrap_or(4), commas: false }
            } else if let Some(max) = token.strip_prefix('^').filter(|m| !m.is_empty()) {
                Element::Titles {
                    max: max.parse().unwrap_or_else(|_| panic!("bad title count in {source:?}")),
                }
            } else if token == "{app}" {
                Element::Appositive
            } else if token == "{end}" {
                Element::PhraseEnd
            } else if token == "<" {
                Element::ClauseStart
            } else {
                let (optional, words) = match token.strip_prefix('?') {
                    Some(words) => (true, words),
                    None => (false, token),
                };
                let mut alternatives = Vec::new();
                for word in words.split('|') {
                    match word.strip_prefix('@') {
                        Some(class) => {
                            let members = classes
                                .iter()
                                .find(|(n, _)| *n == class)
                                .unwrap_or_else(|| panic!("unknown class @{class} in {source:?}"))
                                .1;
                            alternatives.extend(members.iter().map(|m| m.to_string()));
                        }
                        None => alternatives.push(word.to_string()),
                    }
                }
                Element::Words { alternatives, optional }
            }
        })
        .collect();
    Pattern { elements }
}

impl Pattern {
    /// Every match, one per anchor item at most (the first found).
    pub fn matches(&self, items: &[Item], context: &Context) -> Vec<Match> {
        let mut found = Vec::new();
        for first in 0..items.len() {
            let mut slots = Vec::new();
            if let Some(end) = self.walk(0, items, first, context, &mut slots) {
                found.push(Match { first, end, slots });
            }
        }
        found
    }

    /// Matches elements `e..` from item `at`: tries each way element `e` can be read there, in order
    /// of preference, and returns the end of the first full match.
    fn walk(
        &self,
        e: usize,
        items: &[Item],
        at: usize,
        context: &Context,
        slots: &mut Vec<(char, Vec<u32>)>,
    ) -> Option<usize> {
        let Some(element) = self.elements.get(e) else { return Some(at) };
        for Step { next, binding } in element.steps(items, at, context) {
            let bound = binding.is_some();
            slots.extend(binding);
            if let Some(end) = self.walk(e + 1, items, next, context, slots) {
                return Some(end);
            }
            if bound {
                slots.pop();
            }
        }
        None
    }
}

/// One way to read an element: where the next element starts, and what slot binding it makes.
#[derive(Debug, PartialEq)]
struct Step {
    next: usize,
    binding: Option<(char, Vec<u32>)>,
}

impl Step {
    fn to(next: usize) -> Step {
        Step { next, binding: None }
    }
}

impl Element {
    /// The ways this element can be read at item `at`, most preferred first (none: no match here).
    fn steps(&self, items: &[Item], at: usize, context: &Context) -> Vec<Step> {
        match self {
            Element::Slot { name, kinds, pronoun, coordinated, chained, word } => {
                let Some(first) = items
                    .get(at)
                    .filter(|i| word.as_ref().is_none_or(|w| i.lower.split(' ').any(|x| x == w)))
                    .and_then(|i| fills(i, *kinds, *pronoun, context))
                else {
                    return Vec::new();
                };
                let (mut entity, mut next) = (first, at + 1);
                if *chained {
                    (entity, next) = possessive_chain(items, entity, next, *kinds, context);
                }
                let mut bound = vec![entity];
                if *coordinated {
                    next = conjuncts(items, next, *kinds, context, &mut bound);
                }
                vec![Step { next, binding: Some((*name, bound)) }]
            }
            Element::Words { alternatives, optional } => {
                let matched = items.get(at).is_some_and(|i| {
                    i.entity().is_none()
                        && (alternatives.contains(&i.lower)
                            || (i.kind == ItemKind::Number
                                && alternatives.iter().any(|a| a == "#num")))
                });
                let word = matched.then(|| Step::to(at + 1));
                let without = optional.then(|| Step::to(at));
                word.into_iter().chain(without).collect()
            }
            Element::Skip { max, commas } => {
                let skips = |i: &Item| skippable(i, *commas, context) || abbreviation_dot(items, i);
                run_lengths(items, at, *max, skips)
            }
            Element::Titles { max } => run_lengths(items, at, *max, |i| title_word(i, context)),
            Element::ClauseStart => {
                if clause_starts(items, at) {
                    vec![Step::to(at)]
                } else {
                    Vec::new()
                }
            }
            Element::PhraseEnd => {
                if phrase_ends(items, at) {
                    vec![Step::to(at)]
                } else {
                    Vec::new()
                }
            }
            Element::Appositive => std::iter::once(at)
                .chain(closes_an_apposed_name(items, at).then_some(at + 1))
                .chain(appositive_ends(items, at))
                .map(Step::to)
                .collect(),
        }
    }
}

#[cfg(test)]
#[path = "pattern_tests.rs"]
mod tests;
