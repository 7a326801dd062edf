//! Fills in what pronouns (`he`, `his`) and organization anaphors (`its`, `the group`) stand for, where the text leaves no doubt.
//!
//! Takes the items of a document's sentences and fills in what personal pronouns (`he`, `her`,
//! `his`) and organization anaphors (`its`, `the organization`, `the group`) stand for, where the
//! text leaves no doubt.
//!
//! A person pronoun refers to the nearest person named before it in its own sentence. Failing
//! that, to the one person named (or already referred to) in the nearest of the two sentences
//! before it; if that sentence names two or more people, the pronoun stays unresolved. `its`, `the
//! organization` and `the group` work the same way with organizations. A pronoun outside quotation
//! marks never refers to someone named inside them (`“… [Alimuly] was stabbed,” she told RFE/RL`),
//! nor to someone buried in the fronted phrase of another clause (`In a letter to President X, he
//! says that his father …`: not X). Pronouns chain: a resolved
//! `she` carries her antecedent into the next sentence. Only entities `eligible` allows can be
//! antecedents (unnamed relatives, for one, are not).
//!
//! Some shapes leave a person pronoun unresolved ([`blocks`]): a sentence that opens with an
//! unnamed relative of the pronoun's gender (`One of her sons moved; he …`), a nearest name that
//! is a surname two people of the document bear; and a name right after `in` or `at` is no
//! person's antecedent.

#[path = "anaphora_blocks.rs"]
mod blocks;

use std::collections::BTreeSet;

use super::gender::{self, Genders};
use super::kinship::kin_kind;
use super::sentence_items::{Item, ItemKind, SentenceItems};
use super::speakers::speakers;
use crate::model::EntityKind;

const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "his", "her", "hers", "himself", "herself"];
const ORGANIZATION_NOUNS: &[&str] = &["organization", "organisation", "group"];
/// How many sentences back a pronoun looks when its own sentence names nobody.
const LOOK_BACK: usize = 2;

/// Whether the item at `i` is an anaphor for an entity of `kind`: a pronoun, or for organizations
/// `the organization` / `the group`, with up to two lower-case words between (`the officially registered group`).
fn is_anaphor(
    items: &[crate::compiler::relate::sentence_items::Item],
    i: usize,
    kind: EntityKind,
) -> bool {
    let lower = items[i].lower.as_str();
    match kind {
        EntityKind::Person => PERSON_PRONOUNS.contains(&lower),
        _ if lower == "its" => true,
        // `the volunteer group Kokjal` names the group it describes: no anaphor.
        _ if ORGANIZATION_NOUNS.contains(&lower) && names_what_follows(items, i) => false,
        _ if ORGANIZATION_NOUNS.contains(&lower) => (1..=3).any(|back| {
            i >= back
                && items[i - back].lower == "the"
                && items[i - back + 1..i]
                    .iter()
                    .all(|w| w.kind == ItemKind::Word && !w.is_capitalized())
        }),
        _ => false,
    }
}

/// Whether the noun at `i` is followed by the name it describes (`the group Qorgau`).
fn names_what_follows(items: &[crate::compiler::relate::sentence_items::Item], i: usize) -> bool {
    items.get(i + 1).is_some_and(|next| next.entity().is_some() || next.is_capitalized())
}

/// What may be an antecedent in one document: the entities' kinds, which of them are `eligible`,
/// and the surnames several of its persons bear.
struct Pool<'a> {
    kinds: &'a [EntityKind],
    eligible: &'a dyn Fn(u32) -> bool,
    shared: BTreeSet<String>,
}

/// Entities (named or referred to) of `kind` before the `pronoun` (all of them in an earlier
/// sentence), in order; outside quotations only when `outside` (what a quoted speaker says names
/// no antecedent for the narrator's pronouns). A person named by a surname others share is
/// [`blocks::SOMEONE`]; a name after `in` or `at` is no person.
fn candidates(
    sentence: &SentenceItems,
    quoted: &[bool],
    pronoun: Option<usize>,
    outside: bool,
    kind: EntityKind,
    pool: &Pool,
) -> Vec<u32> {
    let (kinds, eligible) = (pool.kinds, pool.eligible);
    let person = kind == EntityKind::Person;
    let end = pronoun.unwrap_or(sentence.items.len());
    let mut found: Vec<(u32, bool)> = sentence.items[..end]
        .iter()
        .enumerate()
        .zip(quoted)
        .filter(|(_, &q)| !(outside && q))
        .filter(|((i, _), _)| !in_opening_phrase(&sentence.items, *i, end))
        .filter(|((i, _), _)| {
            !(pronoun.is_some() && heads_the_appositive(&sentence.items, *i, end))
        })
        .filter(|((i, _), _)| !(person && blocks::after_place_preposition(&sentence.items, *i)))
        .filter_map(|((i, item), _)| match item.kind {
            ItemKind::Mention(e) if kinds[e as usize] == kind && eligible(e) => {
                let shared = person && blocks::is_shared_surname(item, &pool.shared);
                Some((if shared { blocks::SOMEONE } else { e }, is_appositive(&sentence.items, i)))
            }
            _ => item.refers.filter(|&e| kinds[e as usize] == kind).map(|e| (e, false)),
        })
        .collect();
    // A name set off as an appositive to a noun (`asked an official, Gu Ming, for …`) is not the
    // nearest antecedent while someone else is named before it.
    if found.iter().any(|(_, appositive)| !appositive) {
        found.retain(|(_, appositive)| !appositive);
    }
    found.into_iter().map(|(e, _)| e).collect()
}

/// Prepositions that open a sentence's fronted phrase (`In a letter to X, he …`, `After meeting X, she …`).
const OPENING_PREPOSITIONS: &[&str] = &[
    "in", "with", "after", "before", "during", "at", "on", "from", "to", "for", "according",
    "following", "despite", "by", "under", "unlike", "like", "since", "through", "without",
];

/// Whether the mention at `i` is buried in the fronted prepositional phrase of a sentence whose
/// clause (with the pronoun at `pronoun`) starts after the phrase's comma: in `In a letter to
/// President X, he says that his father …`, `he` and `his` are not X.
fn in_opening_phrase(
    items: &[crate::compiler::relate::sentence_items::Item],
    i: usize,
    pronoun: usize,
) -> bool {
    let preposition = |w: &crate::compiler::relate::sentence_items::Item| {
        OPENING_PREPOSITIONS.contains(&w.lower.as_str())
    };
    let opens_with_preposition = items.first().is_some_and(preposition);
    let Some(comma) = items.iter().position(|w| w.lower == ",") else { return false };
    // The mention is the object of a preposition inside the phrase (titles may stand between:
    // `to President X`), not the subject of a fronted clause (`After X asked …, he …`).
    let governor = items[..i].iter().rposition(|w| w.kind != ItemKind::Word || !w.is_capitalized());
    let governed = governor.is_some_and(|g| g > 0 && preposition(&items[g]));
    opens_with_preposition && governed && i < comma && comma < pronoun
}

/// Whether the mention at `i` is the name an appositive holding the pronoun describes: in `X, his
/// brother,` the brother is not his own brother, so `his` is someone else.
fn heads_the_appositive(
    items: &[crate::compiler::relate::sentence_items::Item],
    i: usize,
    pronoun: usize,
) -> bool {
    // `X, his wife, and their son` lists X's relatives: there `his` is X.
    let in_a_list = items[pronoun..].iter().take(5).position(|w| w.lower == ",").is_some_and(|c| {
        items.get(pronoun + c + 1).is_some_and(|w| matches!(w.lower.as_str(), "and" | "or"))
    });
    pronoun == i + 2
        && items[i + 1].lower == ","
        && matches!(items[pronoun].lower.as_str(), "his" | "her")
        && !in_a_list
}

/// Whether the mention at `i` is an appositive to a common noun: `an official, Gu Ming,`.
fn is_appositive(items: &[crate::compiler::relate::sentence_items::Item], i: usize) -> bool {
    i >= 2
        && items[i - 1].lower == ","
        && items[i - 2].kind == ItemKind::Word
        && !items[i - 2].is_capitalized()
        && items.get(i + 1).is_some_and(|next| matches!(next.lower.as_str(), "," | "."))
}

/// For every item of every sentence, whether it stands inside double quotation marks; quotations
/// run across sentences but not across paragraphs.
pub fn quotation_marks(sentences: &[SentenceItems]) -> Vec<Vec<bool>> {
    let mut inside = false;
    let mut paragraph = None;
    sentences
        .iter()
        .map(|sentence| {
            if paragraph != Some((sentence.doc, sentence.paragraph)) {
                inside = false;
                paragraph = Some((sentence.doc, sentence.paragraph));
            }
            sentence
                .items
                .iter()
                .map(|item| {
                    if item.lower == "\"" {
                        inside = !inside;
                        true
                    } else {
                        inside
                    }
                })
                .collect()
        })
        .collect()
}

/// What a pronoun may refer to beyond its kind: a person of its gender, not the speaker of the
/// quotation it stands in (the speaker says `my`, not `his`).
struct Agreement<'a> {
    genders: &'a Genders,
    speakers: &'a [Option<u32>],
}

impl Agreement<'_> {
    fn allows(&self, e: u32, pronoun: &Item, sentence: usize, quoted: bool) -> bool {
        let speaker = quoted && self.speakers.get(sentence).copied().flatten() == Some(e);
        !speaker && self.genders.agrees(e, gender::of_pronoun(&pronoun.lower))
    }
}

/// Whether `items` speak of an unnamed relative of the pronoun's gender (`One of her sons …; he`):
/// the pronoun is then likely theirs, and no one named further back.
fn names_a_kin_of_its_gender(items: &[Item], pronoun: &Item) -> bool {
    let wanted = gender::of_pronoun(&pronoun.lower);
    wanted.is_some()
        && items.iter().any(|w| {
            w.kind == ItemKind::Word
                && kin_kind(&w.lower).is_some()
                && gender::of_kin(&w.lower) == wanted
        })
}

/// The referent of the anaphor at item `i` of sentence `s`, if the text leaves no doubt.
fn referent(
    sentences: &[SentenceItems],
    quoted: &[Vec<bool>],
    (s, i, kind): (usize, usize, EntityKind),
    pool: &Pool,
    agreement: &Agreement,
) -> Option<u32> {
    let pronoun = &sentences[s].items[i];
    if kind == EntityKind::Person && blocks::opens_with_unnamed_kin(&sentences[s].items, i) {
        return None;
    }
    let outside = !quoted[s][i];
    let allowed =
        |e: &u32| kind != EntityKind::Person || agreement.allows(*e, pronoun, s, !outside);
    let own: Vec<u32> = candidates(&sentences[s], &quoted[s], Some(i), outside, kind, pool)
        .into_iter()
        .filter(allowed)
        .collect();
    if let Some(&last) = own.last() {
        return (last != blocks::SOMEONE).then_some(last);
    }
    if names_a_kin_of_its_gender(&sentences[s].items[..i], pronoun) {
        return None;
    }
    for back in 1..=LOOK_BACK.min(s) {
        let earlier = &sentences[s - back];
        if earlier.doc != sentences[s].doc {
            break;
        }
        let mut found: Vec<u32> = candidates(earlier, &quoted[s - back], None, outside, kind, pool)
            .into_iter()
            .filter(allowed)
            .collect();
        if found.is_empty() {
            if kind == EntityKind::Person && names_a_kin_of_its_gender(&earlier.items, pronoun) {
                return None;
            }
            continue;
        }
        found.sort_unstable();
        found.dedup();
        return (found.len() == 1 && found[0] != blocks::SOMEONE).then(|| found[0]);
    }
    None
}

/// One pass over `sentences` giving every anaphor its referent under `agreement`.
fn resolve_pass(
    sentences: &mut [SentenceItems],
    quoted: &[Vec<bool>],
    pool: &Pool,
    agreement: &Agreement,
) {
    for s in 0..sentences.len() {
        for kind in [EntityKind::Person, EntityKind::Organization] {
            for i in 0..sentences[s].items.len() {
                if sentences[s].items[i].kind != ItemKind::Word
                    || !is_anaphor(&sentences[s].items, i, kind)
                {
                    continue;
                }
                let found = referent(sentences, quoted, (s, i, kind), pool, agreement);
                sentences[s].items[i].refers = found;
            }
        }
    }
}

/// `sentences` with only the person pronouns that had one candidate in their own sentence (or
/// none, and one further back) still resolved: what a first pass may vote on genders with.
fn unambiguous(
    sentences: &[SentenceItems],
    quoted: &[Vec<bool>],
    pool: &Pool,
) -> Vec<SentenceItems> {
    let mut certain = sentences.to_vec();
    for (s, sentence) in sentences.iter().enumerate() {
        for (i, item) in sentence.items.iter().enumerate() {
            if item.refers.is_none() || gender::of_pronoun(&item.lower).is_none() {
                continue;
            }
            let outside = !quoted[s][i];
            let mut own =
                candidates(sentence, &quoted[s], Some(i), outside, EntityKind::Person, pool);
            own.sort_unstable();
            own.dedup();
            if own.len() > 1 {
                certain[s].items[i].refers = None;
            }
        }
    }
    certain
}

/// Resolves the pronouns of `sentences` (one document's, in order) in place: a first pass learns
/// the persons' genders and the quotations' speakers, a second applies them; then a speaker's `my`
/// refers to the speaker.
pub fn resolve(
    sentences: &mut [SentenceItems],
    kinds: &[EntityKind],
    eligible: &dyn Fn(u32) -> bool,
) {
    let quoted = quotation_marks(sentences);
    let pool = Pool { kinds, eligible, shared: blocks::shared_surnames(sentences, kinds) };
    // The first pass already knows what names, titles and apposed kin nouns say of genders.
    let named = Genders::from_names(sentences);
    resolve_pass(sentences, &quoted, &pool, &Agreement { genders: &named, speakers: &[] });
    let genders = Genders::from_pronouns(&unambiguous(sentences, &quoted, &pool));
    let speakers = speakers(sentences, &quoted, kinds);
    let agreement = Agreement { genders: &genders, speakers: &speakers };
    resolve_pass(sentences, &quoted, &pool, &agreement);
    for (s, sentence) in sentences.iter_mut().enumerate() {
        let Some(speaker) = speakers[s].filter(|&e| eligible(e)) else { continue };
        for (item, &inside) in sentence.items.iter_mut().zip(&quoted[s]) {
            if inside && item.kind == ItemKind::Word && item.lower == "my" {
                item.refers = Some(speaker);
            }
        }
    }
}

#[cfg(test)]
#[path = "anaphora_tests.rs"]
mod tests;
