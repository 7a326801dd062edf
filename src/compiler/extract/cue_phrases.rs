//! Phrase-level cues for a name's kind that look past its neighbours: an article, an apposition after an object, a noun a name follows.

use super::cues::{is_plain_space, FRONTING};
use super::words::{SentenceWords, Shape};
use crate::compiler::lexicon::{is_speech_verb, noun_kind};
use crate::model::EntityKind;

/// `the Almaty firm Adilet Partners`, `the Almaty freight company Zhibek Logistics`: a name before
/// an organization noun that a name follows says where the organization is, it is not the organization.
pub(super) fn names_what_follows(words: &SentenceWords, start: usize) -> bool {
    let w = &words.words;
    let noun_at = (start..w.len().min(start + 2))
        .take_while(|&i| w[i].shape == Shape::Lower)
        .find(|&i| noun_kind(&w[i].folded) == Some(EntityKind::Organization) && !w[i].possessive);
    noun_at.is_some_and(|i| {
        (start + 1..=i).all(|k| is_plain_space(w[k].gap))
            && w.get(i + 1).is_some_and(|n| {
                is_plain_space(n.gap) && matches!(n.shape, Shape::Capitalized | Shape::Acronym)
            })
    })
}

/// `it` and an auxiliary right after a speech verb (`X says it will …`, `X said it had …`).
pub(super) fn followed_by_it(words: &SentenceWords, at: usize) -> bool {
    let w = &words.words;
    w.get(at).is_some_and(|w| w.folded == "it" && is_plain_space(w.gap))
        && w.get(at + 1).is_some_and(|a| {
            matches!(a.folded.as_str(), "will" | "would" | "has" | "had" | "plans" | "intends")
        })
}

/// `told the X,`, `for the X.`: a name after a lower-case `the` that ends its phrase names an
/// organization (people's names take no article; `the X family`, `the X case` go on, and are no cue).
pub(super) fn takes_an_article(words: &SentenceWords, first: usize, last: usize) -> bool {
    let w = &words.words;
    let article = first > 0
        && w[first - 1].text == "the"
        && is_plain_space(w[first].gap)
        && !w[last].possessive;
    let after = words.after(last);
    let elided = after.contains('…') || after.contains("..");
    let ends = w.get(last + 1).is_none_or(|n| !is_plain_space(n.gap) || n.shape != Shape::Lower)
        || w.get(last + 1).is_some_and(|n| n.shape == Shape::Lower && is_connector_word(&n.folded));
    article && ends && !elided
}

/// Words that end a name's phrase without describing it (`the X in …`); `and`, `or` may join two names.
fn is_connector_word(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "at"
            | "and"
            | "or"
            | "to"
            | "for"
            | "from"
            | "with"
            | "who"
            | "which"
            | "that"
    )
}

/// `volunteered with X, an unregistered group`: after `with`, `to`, `by` (not a place preposition,
/// whose comma may close an adverbial: `in X, a lawyer said`), an apposition opening with `a` or `an`
/// describes X.
pub(super) fn indefinite_after_object(
    words: &SentenceWords,
    first: usize,
    apposition: usize,
) -> bool {
    let w = &words.words;
    let object = first > 0 && matches!(w[first - 1].folded.as_str(), "with" | "to" | "by")
        || first > 1
            && w[first - 1].folded == "the"
            && matches!(w[first - 2].folded.as_str(), "with" | "to" | "by");
    let fronted = FRONTING.contains(&w[0].folded.as_str()) && first <= 2;
    object && !fronted && w.get(apposition).is_some_and(|a| matches!(a.folded.as_str(), "a" | "an"))
}

/// `published verse in X, a literary quarterly in Urumqi`: after `in`, `at` or `from` inside the
/// sentence, an indefinite apposition naming an organization describes X, unless a verb of saying
/// follows it (`in X, a rights group said`, where the comma closes an adverbial).
pub(super) fn indefinite_body_after_place(
    words: &SentenceWords,
    first: usize,
    apposition: usize,
    kind: EntityKind,
) -> bool {
    let w = &words.words;
    let inside = first > 1 && matches!(w[first - 1].folded.as_str(), "in" | "at" | "from");
    let indefinite = w.get(apposition).is_some_and(|a| matches!(a.folded.as_str(), "a" | "an"));
    let says = w.iter().skip(apposition).take(8).any(|x| is_speech_verb(&x.folded));
    inside && indefinite && kind == EntityKind::Organization && !says
}

/// Kin nouns a relative's name may stand in apposition to (`my younger brother, Daniyar,`).
const KIN_NOUNS: &[&str] = &[
    "brother", "sister", "son", "daughter", "husband", "wife", "father", "mother", "uncle", "aunt",
    "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother",
];

/// `my younger brother, Daniyar, drove`: a name set off by commas right after a kin noun is the
/// relative's, a person's, even a given name alone (not when the comma closes something else:
/// `after her brother, Almaty police said` goes on without a second comma).
pub(super) fn kin_appositive(words: &SentenceWords, first: usize, last: usize) -> bool {
    let w = &words.words;
    let kin = first > 0
        && w[first].gap == ", "
        && w[first - 1].shape == Shape::Lower
        && !w[first - 1].possessive
        && KIN_NOUNS.contains(&w[first - 1].folded.as_str());
    let after = words.after(last);
    kin && !w[last].possessive && (after.starts_with([',', ';']) || after.trim() == ".")
}

/// `now leads a rival organization, Bosaga.`: a name set off by a comma right after an indefinite
/// organization noun names it (not after `the`: `leaving the company, X, 45, moved` is a person's).
pub(super) fn org_noun_appositive(words: &SentenceWords, first: usize, last: usize) -> bool {
    let w = &words.words;
    let noun = first > 0
        && w[first].gap == ", "
        && w[first - 1].shape == Shape::Lower
        && !w[first - 1].possessive
        && !w[first - 1].folded.ends_with('s')
        && noun_kind(&w[first - 1].folded) == Some(EntityKind::Organization);
    let indefinite = noun
        && (first.saturating_sub(4)..first - 1).any(|k| {
            matches!(w[k].folded.as_str(), "a" | "an")
                && w[k + 1..first - 1].iter().all(|x| is_plain_space(x.gap) || x.gap == "-")
        });
    let after = words.after(last);
    indefinite && !w[last].possessive && (after.starts_with([',', ';']) || after.trim() == ".")
}
