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

const MAX_APPOSITIVE: usize = 30;

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

/// Whether a skip may step over this item.
fn skippable(item: &Item, commas: bool, context: &Context) -> bool {
    match item.kind {
        ItemKind::Mention(e) => context.kinds[e as usize] != EntityKind::Person,
        ItemKind::Punct => {
            (commas && item.lower == ",")
                || matches!(item.lower.as_str(), "-" | "/" | "&" | "$" | "%" | "'")
        }
        _ => true,
    }
}

/// Whether `item` is the dot of a short capitalised abbreviation inside the sentence, before a
/// lower-case word or a number (`on Feb. 24`): the sentence did not end there, so a skip may step over it.
fn abbreviation_dot(items: &[Item], item: &Item) -> bool {
    let Some(at) = items.iter().position(|i| std::ptr::eq(i, item)) else { return false };
    item.lower == "."
        && at + 1 < items.len()
        && at.checked_sub(1).is_some_and(|b| {
            let word = &items[b];
            word.kind == ItemKind::Word
                && word.is_capitalized()
                && (2..=4).contains(&word.text.chars().count())
                && items[at + 1].entity().is_none()
                && !items[at + 1].is_capitalized()
        })
}

/// What may stand right before the first word of a clause.
const CLAUSE_OPENERS: &[&str] = &[
    ",", "\"", "(", "—", ";", ":", "and", "but", "while", "when", "after", "before", "as",
    "because", "although", "though", "since", "said", "says", "told", "tells", "confirmed",
    "added", "noted", "wrote", "writes", "asked", "asks", "commented",
];

/// Whether a clause starts at item `at`.
fn clause_starts(items: &[Item], at: usize) -> bool {
    let mut back = at;
    // An article, and an age before the name (`The 54-year-old X`), stand before the clause's subject.
    while back > 0
        && (matches!(items[back - 1].lower.as_str(), "the" | "a" | "an")
            || items[back - 1].lower.ends_with("-year-old"))
        && items[back - 1].entity().is_none()
    {
        back -= 1;
    }
    back == 0
        || (items[back - 1].entity().is_none()
            && CLAUSE_OPENERS.contains(&items[back - 1].lower.as_str()))
}

/// Lower-case words that may follow a noun phrase's last word without extending it.
const PHRASE_FOLLOWERS: &[&str] = &[
    "in", "at", "on", "from", "for", "of", "with", "and", "or", "but", "since", "until", "as",
    "to", "by", "who", "which", "that", "where", "when", "says", "said", "told", "has", "have",
    "had", "is", "was", "are", "were", "will", "would", "also", "now", "until", "after", "before",
];

/// Whether a noun phrase may end before item `at`: what follows is no lower-case word of the phrase.
fn phrase_ends(items: &[Item], at: usize) -> bool {
    items.get(at).is_none_or(|item| {
        item.kind != ItemKind::Word
            || item.is_capitalized()
            || item.lower == "'s"
            || PHRASE_FOLLOWERS.contains(&item.lower.as_str())
    })
}

const TITLE_JOINERS: &[&str] = &["of", "and", "for", "the", "'s"];

fn title_word(item: &Item, context: &Context) -> bool {
    match item.kind {
        ItemKind::Mention(e) => context.kinds[e as usize] != EntityKind::Person,
        ItemKind::Word => item.is_capitalized() || TITLE_JOINERS.contains(&item.lower.as_str()),
        _ => false,
    }
}

/// The entity an item fills a slot with, if any.
fn fills(item: &Item, kinds: KindSet, pronoun: bool, context: &Context) -> Option<u32> {
    match item.kind {
        ItemKind::Mention(e)
            if kinds.accepts(context.kinds[e as usize]) && (context.eligible)(e) =>
        {
            Some(e)
        }
        ItemKind::Word if kinds.nationality => (context.nationality)(&item.lower),
        ItemKind::Word if pronoun => {
            item.refers.filter(|&e| kinds.accepts(context.kinds[e as usize]))
        }
        _ => None,
    }
}

/// Whether the comma at `at` closes a name set off by a comma before it (`The chairman, [X], told`,
/// `one of the protesters, [X], said`): the name is an appositive to the clause's subject.
fn closes_an_apposed_name(items: &[Item], at: usize) -> bool {
    at >= 2
        && items.get(at).is_some_and(|i| i.lower == ",")
        && items[at - 1].entity().is_some()
        && items[at - 2].lower == ","
}

/// Where an appositive or aside starting at `at` may end (exclusive), shortest first.
fn appositive_ends(items: &[Item], at: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let Some(open) = items.get(at) else { return ends };
    let closer = match open.lower.as_str() {
        "," => ",",
        "(" => ")",
        "—" => "—",
        _ => return ends,
    };
    let relative =
        items.get(at + 1).is_some_and(|i| matches!(i.lower.as_str(), "who" | "whose" | "which"));
    for (end, item) in items.iter().enumerate().take(at + MAX_APPOSITIVE).skip(at + 1) {
        if item.lower == "\"" || item.lower == ";" || item.lower == "." {
            break;
        }
        if relative && end > at + 2 {
            ends.push(end);
        }
        if item.lower == closer && end > at + 1 {
            ends.push(end + 1);
        }
    }
    ends.sort_unstable();
    ends.dedup();
    ends
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

/// Follows a possessive chain from `entity` (whose mention ends before `next`) to its last owner of
/// the slot's kinds: `RFE/RL's Kazakh Service`, `Radio Free Europe/Radio Liberty (RFE/RL)'s Kazakh
/// service`. Gives the last entity and the item after it.
fn possessive_chain(
    items: &[Item],
    mut entity: u32,
    mut next: usize,
    kinds: KindSet,
    context: &Context,
) -> (u32, usize) {
    loop {
        let mut step = next;
        if items.get(step).is_some_and(|i| i.lower == "(")
            && items.get(step + 2).is_some_and(|i| i.lower == ")")
        {
            step += 3;
        }
        if items.get(step).is_none_or(|i| i.lower != "'s") {
            return (entity, next);
        }
        match items.get(step + 1).and_then(|i| fills(i, kinds, false, context)) {
            Some(owned) => {
                entity = owned;
                next = step + 2;
            }
            None => return (entity, next),
        }
    }
}

/// `X, Y and Z`, `X and Y`: adds the conjuncts of the slot's kinds after item `next` to `bound` and
/// gives the item after the last one taken.
fn conjuncts(
    items: &[Item],
    mut next: usize,
    kinds: KindSet,
    context: &Context,
    bound: &mut Vec<u32>,
) -> usize {
    let mut probe = next;
    loop {
        let mut step = probe;
        let mut joined = false;
        while items.get(step).is_some_and(|i| i.lower == "," || i.lower == "and" || i.lower == "or")
        {
            joined = true;
            step += 1;
        }
        match items.get(step).filter(|_| joined).and_then(|i| fills(i, kinds, false, context)) {
            Some(other) => {
                bound.push(other);
                probe = step + 1;
                next = probe;
            }
            None => return next,
        }
    }
}

/// Runs of 0 to `max` items from `at` that `step_over` accepts, shortest first.
fn run_lengths(
    items: &[Item],
    at: usize,
    max: usize,
    step_over: impl Fn(&Item) -> bool,
) -> Vec<Step> {
    let mut steps = vec![Step::to(at)];
    for length in 1..=max {
        if !items.get(at + length - 1).is_some_and(&step_over) {
            break;
        }
        steps.push(Step::to(at + length));
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::sentence_items::testing::marked;

    fn run(pattern: &str, sentence: &str) -> Vec<String> {
        let classes: &[(&str, &[&str])] = &[("kin", &["husband", "wife"])];
        let (_, items, kinds, names) = marked(sentence);
        let mut sentences = vec![crate::compiler::relate::sentence_items::SentenceItems {
            sentence: 0,
            doc: 0,
            paragraph: 0,
            items,
        }];
        crate::compiler::relate::anaphora::resolve(&mut sentences, &kinds, &|_| true);
        let items = sentences.remove(0).items;
        let nationality = |word: &str| {
            (word == "norwegian")
                .then(|| names.iter().position(|n| n == "Norway").map(|p| p as u32))
                .flatten()
        };
        let context = Context { kinds: &kinds, nationality: &nationality, eligible: &|_| true };
        compile(pattern, classes)
            .matches(&items, &context)
            .into_iter()
            .map(|m| {
                m.slots
                    .iter()
                    .map(|(n, es)| {
                        format!(
                            "{n}={}",
                            es.iter()
                                .map(|&e| names[e as usize].as_str())
                                .collect::<Vec<_>>()
                                .join("+")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The steps the one element of `source` makes at item `at` of a marked sentence: where each goes
    /// on, with the names bound.
    fn steps(source: &str, sentence: &str, at: usize) -> Vec<String> {
        let (_, items, kinds, names) = marked(sentence);
        let context = Context { kinds: &kinds, nationality: &|_| None, eligible: &|_| true };
        let pattern = compile(source, &[]);
        assert_eq!(pattern.elements.len(), 1, "{source} is one element");
        pattern.elements[0]
            .steps(&items, at, &context)
            .into_iter()
            .map(|step| match step.binding {
                Some((slot, entities)) => {
                    let bound: Vec<&str> =
                        entities.iter().map(|&e| names[e as usize].as_str()).collect();
                    format!("{}:{slot}={}", step.next, bound.join("+"))
                }
                None => step.next.to_string(),
            })
            .collect()
    }

    /// (name, element, marked sentence, item, expected steps `next` or `next:slot=names`)
    #[test]
    fn each_element_reads_its_items() {
        const CASES: &[(&str, &str, &str, usize, &[&str])] = &[
            (
                "a slot binds its mention",
                "$A:per",
                "[Mira Tolash|per] left.",
                0,
                &["1:A=Mira Tolash"],
            ),
            ("a slot refuses another kind", "$A:org", "[Mira Tolash|per] left.", 0, &[]),
            (
                "a coordinated slot takes the conjuncts",
                "$A:per+",
                "[Mira Tolash|per], [Arman Dale|per] and [Ali Bek|per] left.",
                0,
                &["5:A=Mira Tolash+Arman Dale+Ali Bek"],
            ),
            (
                "a chained slot follows the possessives",
                "$B:org>",
                "[RFE/RL|org]'s [Kazakh Service|org] said.",
                0,
                &["3:B=Kazakh Service"],
            ),
            ("words match one alternative", "met|meets", "They met him.", 1, &["2"]),
            ("#num matches a number", "#num", "aged 38 ,", 1, &["2"]),
            ("#num matches no word", "#num", "aged thirty ,", 1, &[]),
            (
                "a slot's word filter takes a mention with that word",
                "$M:org=ministry",
                "[Steppe Ministry of Roads|org] said.",
                0,
                &["1:M=Steppe Ministry of Roads"],
            ),
            (
                "a slot's word filter refuses one without",
                "$M:org=ministry",
                "[Qorgau|org] said.",
                0,
                &[],
            ),
            ("optional words may also be left out", "?the|a", "the man", 0, &["1", "0"]),
            ("absent words do not match", "met|meets", "They saw him.", 1, &[]),
            ("a skip takes the shortest run first", "...2", "a b c d", 0, &["0", "1", "2"]),
            ("a skip stops at a comma", "...3", "a , b", 0, &["0", "1"]),
            ("a skip with commas steps over one", "...,3", "a , b", 0, &["0", "1", "2", "3"]),
            (
                "a skip steps over an abbreviation's dot",
                "...4",
                "on Feb . 24 and",
                0,
                &["0", "1", "2", "3", "4"],
            ),
            ("a skip stops at a full stop", "...4", "came Home . Then", 0, &["0", "1", "2"]),
            ("titles are capitalised words", "^3", "Deputy Minister said", 0, &["0", "1", "2"]),
            ("a phrase ends at a comma", "{end}", "the firm , said", 2, &["2"]),
            ("a phrase ends before a preposition", "{end}", "the firm in Oslo", 2, &["2"]),
            ("a phrase goes on into a noun", "{end}", "the Oslo firm said", 2, &[]),
            ("a clause starts after a comma", "<", "He said , she left", 3, &["3"]),
            ("a clause does not start mid-phrase", "<", "He met the man", 3, &[]),
            ("a clause starts before an age", "<", "The 54-year-old [Li Wen|per] left", 2, &["2"]),
            (
                "an appositive may be skipped or stepped over",
                "{app}",
                "Tolash , a teacher , left",
                1,
                &["1", "5"],
            ),
            (
                "the comma closing a name set off before it is stepped over",
                "{app}",
                "The chairman , [Mira Tolash|per] , told",
                4,
                &["4", "5"],
            ),
            (
                "a comma after a name not set off is no close",
                "{app}",
                "[Mira Tolash|per] , told",
                1,
                &["1"],
            ),
        ];
        for &(name, source, sentence, at, expected) in CASES {
            assert_eq!(steps(source, sentence, at), expected, "{name}");
        }
    }

    /// (name, pattern, marked sentence, expected bindings per match)
    #[test]
    fn patterns_bind_slots() {
        let cases: &[(&str, &str, &str, &[&str])] = &[
            (
                "literal words and slots",
                "$A:per met with $B:per",
                "[Mira Tolash|per] met with [Arman Dale|per].",
                &["A=Mira Tolash B=Arman Dale"],
            ),
            (
                "kind mismatch fails",
                "$A:per met with $B:per",
                "[Mira Tolash|per] met with [Oslo|pla].",
                &[],
            ),
            (
                "optional word",
                "$A:per , ?the head of $B:org",
                "[Mira Tolash|per], head of [Qorgau|org], spoke.",
                &["A=Mira Tolash B=Qorgau"],
            ),
            (
                "skip inside the clause",
                "$A:per , the head of ...4 $B:org",
                "[Mira Tolash|per], the head of the registered wing of [Qorgau|org].",
                &["A=Mira Tolash B=Qorgau"],
            ),
            (
                "skip stops at a comma",
                "$A:per met ...4 $B:per",
                "[Mira Tolash|per] met nobody, [Arman Dale|per] said.",
                &[],
            ),
            (
                "skip with commas",
                "$A:per met ...,4 $B:per",
                "[Mira Tolash|per] met her rival, [Arman Dale|per].",
                &["A=Mira Tolash B=Arman Dale"],
            ),
            (
                "skip never crosses a person",
                "$A:per ...4 $B:org",
                "[Mira Tolash|per] and [Arman Dale|per] joined [Qorgau|org].",
                &["A=Arman Dale B=Qorgau"],
            ),
            (
                "word class",
                "$A:per 's @kin , $B:per",
                "[Mira Tolash|per]’s husband, [Arman Dale|per], left.",
                &["A=Mira Tolash B=Arman Dale"],
            ),
            (
                "appositive",
                "$A:per {app} told $B:org",
                "[Mira Tolash|per], whose son [Arman Dale|per] is held, told [VNRL|org].",
                &["A=Mira Tolash B=VNRL"],
            ),
            (
                "relative clause without a closing comma",
                "$A:per {app} told $B:org",
                "[Mira Tolash|per], who was freed in May told [VNRL|org].",
                &["A=Mira Tolash B=VNRL"],
            ),
            (
                "aside in brackets",
                "$A:per {app} meets with $B:per",
                "[Mira Tolash|per] (right) meets with [Arman Dale|per].",
                &["A=Mira Tolash B=Arman Dale"],
            ),
            (
                "coordination",
                "$A:per+ helped $B:per",
                "[Mira Tolash|per], [Arman Dale|per] and [Ola Nord|per] helped [Li Wen|per].",
                &[
                    "A=Mira Tolash+Arman Dale+Ola Nord B=Li Wen",
                    "A=Arman Dale+Ola Nord B=Li Wen",
                    "A=Ola Nord B=Li Wen",
                ],
            ),
            (
                "nationality word",
                "$C:nat ^3 minister $A:per",
                "Norwegian Foreign Minister [Ola Nord|per] and [Norway|pla].",
                &["C=Norway A=Ola Nord"],
            ),
            (
                "title words",
                "ambassador to $C:pla ^4 $A:per",
                "ambassador to [Norway|pla] Mr [Ola Nord|per]",
                &["C=Norway A=Ola Nord"],
            ),
            (
                "clause start",
                "< $A:per told $B:org",
                "“Go,” [Ola Nord|per] told [VNRL|org]. The head of [Qorgau|org] told [VNRL|org].",
                &["A=Ola Nord B=VNRL"],
            ),
            (
                "possessive chain",
                "correspondent for $B:org>",
                "a correspondent for [VNRL|org] ([VN|org])’s [Steppe Service|org].",
                &["B=Steppe Service"],
            ),
            (
                "pronoun slot",
                "$A:per~ met $B:per",
                "[Ola Nord|per] said he met [Li Wen|per].",
                &["A=Ola Nord B=Li Wen"],
            ),
        ];
        for (name, pattern, sentence, expected) in cases {
            let got = run(pattern, sentence);
            assert_eq!(got, expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
        }
    }
}
