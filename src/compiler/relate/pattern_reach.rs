//! What a pattern element may reach among a sentence's items: skips, clause and phrase bounds, title words, appositives, possessive chains, conjuncts.

use super::{Context, KindSet, Step};
use crate::compiler::relate::sentence_items::{Item, ItemKind};
use crate::model::EntityKind;

const MAX_APPOSITIVE: usize = 30;

/// Whether a skip may step over this item.
pub(super) fn skippable(item: &Item, commas: bool, context: &Context) -> bool {
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
pub(super) fn abbreviation_dot(items: &[Item], item: &Item) -> bool {
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
pub(super) fn clause_starts(items: &[Item], at: usize) -> bool {
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
pub(super) fn phrase_ends(items: &[Item], at: usize) -> bool {
    items.get(at).is_none_or(|item| {
        item.kind != ItemKind::Word
            || item.is_capitalized()
            || item.lower == "'s"
            || PHRASE_FOLLOWERS.contains(&item.lower.as_str())
    })
}

const TITLE_JOINERS: &[&str] = &["of", "and", "for", "the", "'s"];

pub(super) fn title_word(item: &Item, context: &Context) -> bool {
    match item.kind {
        ItemKind::Mention(e) => context.kinds[e as usize] != EntityKind::Person,
        ItemKind::Word => item.is_capitalized() || TITLE_JOINERS.contains(&item.lower.as_str()),
        _ => false,
    }
}

/// The entity an item fills a slot with, if any.
pub(super) fn fills(item: &Item, kinds: KindSet, pronoun: bool, context: &Context) -> Option<u32> {
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
pub(super) fn closes_an_apposed_name(items: &[Item], at: usize) -> bool {
    at >= 2
        && items.get(at).is_some_and(|i| i.lower == ",")
        && items[at - 1].entity().is_some()
        && items[at - 2].lower == ","
}

/// Where an appositive or aside starting at `at` may end (exclusive), shortest first.
pub(super) fn appositive_ends(items: &[Item], at: usize) -> Vec<usize> {
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

/// Follows a possessive chain from `entity` (whose mention ends before `next`) to its last owner of
/// the slot's kinds: `RFE/RL's Kazakh Service`, `Radio Free Europe/Radio Liberty (RFE/RL)'s Kazakh
/// service`. Gives the last entity and the item after it.
pub(super) fn possessive_chain(
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
pub(super) fn conjuncts(
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
pub(super) fn run_lengths(
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
