//! Shapes that leave a person pronoun without a named antecedent: an unnamed relative opening the sentence, a name after `in`, a shared surname.
//!
//! Each is a small named rule over one sentence's items, used by [`super`] when it looks for
//! antecedents:
//! - [`opens_with_unnamed_kin`]: `One of her sons moved; he …`, `X's elder son went to look for
//!   his father`: the pronoun of the relative's gender is the relative's, who has no name here;
//! - [`after_place_preposition`]: a name right after `in` or `at` (`published verse in X`, `studies
//!   at X`) is a place or an outlet, whatever its type says, unless it owns something (`in X's case`);
//! - [`shared_surnames`]: a surname alone that two people of the document bear (`Gulzhan Myr` and
//!   her brother `Askar Myr`) does not say which of them it is: a pronoun it is nearest to stays
//!   unresolved ([`SOMEONE`]).

use std::collections::{BTreeMap, BTreeSet};

use super::super::gender;
use super::super::kinship::kin_kind;
use super::super::sentence_items::{Item, ItemKind, SentenceItems};
use crate::model::EntityKind;

/// Stands for an antecedent the text leaves open (a surname two people bear): no pronoun resolves to it.
pub const SOMEONE: u32 = u32::MAX;

/// Prepositions after which a name is no person's (`in X`, `at X`).
const NON_PERSON_PREPOSITIONS: &[&str] = &["in", "at"];
/// Determiners and possessors that can open a sentence's unnamed kin phrase (`Her son`, `The son`).
const KIN_OPENERS: &[&str] = &["his", "her", "their", "my", "the"];
/// Quantifiers of a partitive opening a kin phrase (`One of her sons`).
const PARTITIVES: &[&str] = &["one", "two", "three", "four", "all", "some", "both", "each"];
/// Lower-case words that end a kin phrase's modifiers: they are not modifiers (`her son and …`).
const NOT_MODIFIERS: &[&str] = &["of", "and", "or", "who", "which", "that", "was", "is", "has"];
/// How many modifiers may stand between the opener and the kin noun (`Her two elder sons`).
const MODIFIERS: usize = 3;

/// Whether the sentence of `items` opens with an unnamed relative of the gender of the pronoun at
/// `pronoun` (`One of her sons …; he`, `X's elder son … his father`, `The son was held … his`).
pub fn opens_with_unnamed_kin(items: &[Item], pronoun: usize) -> bool {
    let Some(wanted) = gender::of_pronoun(&items[pronoun].lower) else { return false };
    let mut k = usize::from(items.first().is_some_and(|x| x.lower == "\""));
    let word = |k: usize| items.get(k).filter(|x| x.kind != ItemKind::Punct);
    if word(k).is_some_and(|x| PARTITIVES.contains(&x.lower.as_str()) || x.kind == ItemKind::Number)
        && items.get(k + 1).is_some_and(|x| x.lower == "of")
    {
        k += 2;
    }
    k += match word(k) {
        Some(x) if x.kind == ItemKind::Word && KIN_OPENERS.contains(&x.lower.as_str()) => 1,
        Some(x) if x.entity().is_some() && items.get(k + 1).is_some_and(|p| p.lower == "'s") => 2,
        _ => return false,
    };
    for _ in 0..=MODIFIERS {
        let Some(x) = word(k).filter(|x| x.kind != ItemKind::Punct) else { return false };
        if x.kind == ItemKind::Word && kin_kind(&x.lower).is_some() {
            return k < pronoun
                && gender::of_kin(&x.lower) == Some(wanted)
                && !named_after(items, k);
        }
        let modifier = x.kind == ItemKind::Number
            || x.kind == ItemKind::Word
                && !x.is_capitalized()
                && !NOT_MODIFIERS.contains(&x.lower.as_str());
        if !modifier {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether the kin noun at `noun` is followed by the relative's name (`Her son Alibek`, `Her son, Alibek,`).
fn named_after(items: &[Item], noun: usize) -> bool {
    let at = if items.get(noun + 1).is_some_and(|x| x.lower == ",") { noun + 2 } else { noun + 1 };
    items.get(at).is_some_and(|x| x.entity().is_some())
}

/// Whether the mention at `i` stands right after `in` or `at` and owns nothing (`in X`, not `in X's case`).
pub fn after_place_preposition(items: &[Item], i: usize) -> bool {
    i > 0
        && NON_PERSON_PREPOSITIONS.contains(&items[i - 1].lower.as_str())
        && items.get(i + 1).is_none_or(|x| x.lower != "'s")
}

/// The surnames (last words of persons' names of two words or more) that two or more persons of
/// one document's `sentences` bear, lower case.
pub fn shared_surnames(sentences: &[SentenceItems], kinds: &[EntityKind]) -> BTreeSet<String> {
    let mut bearers: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for item in sentences.iter().flat_map(|s| &s.items) {
        let Some(e) = item.entity().filter(|&e| kinds[e as usize] == EntityKind::Person) else {
            continue;
        };
        let mut words = item.lower.split_whitespace();
        if let (Some(_), Some(last)) = (words.next(), words.next_back()) {
            bearers.entry(last.to_string()).or_default().insert(e);
        }
    }
    bearers.into_iter().filter(|(_, people)| people.len() >= 2).map(|(name, _)| name).collect()
}

/// Whether `item` is a one-word mention of a surname in `shared`.
pub fn is_shared_surname(item: &Item, shared: &BTreeSet<String>) -> bool {
    item.entity().is_some() && !item.lower.contains(' ') && shared.contains(&item.lower)
}
