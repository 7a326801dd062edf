//! Reads a sentence's kinship phrases: whose relative is spoken of, how they are related, and the relative's name if given.
//!
//! Takes one sentence's items (pronouns resolved) and gives its kinship phrases: whose relative is
//! spoken of, how they are related, and the relative's name where the text gives it (`X’s husband,
//! Y`), or the phrase that stands for an unnamed one (`three of her sons`).
//!
//! A phrase is a kin noun (`sons`, `husband`, `daughters-in-law`, `associates`) owned by a person:
//! through a possessive pronoun that refers to them (`her three sons`), a possessive name
//! (`Bilash's former associates`), `whose` right after their name or appositive (`X, a musician
//! whose relatives`), a list continuing an owned kin noun (`her sons, daughters-in-law, and 14
//! grandchildren`), `born to … parents`, or `who married a … man`. A few words may stand between
//! owner and noun (`her more than dozen grandchildren`). The relation runs from the owner:
//! `X parent-of [sons]`, `X child-of [mother]`, `X spouse-of [husband]`.

#[path = "kinship_constructions.rs"]
mod constructions;

use super::sentence_items::{Item, ItemKind, SentenceItems};
use crate::model::{EntityKind, RelationKind};

/// Kin nouns and how the owner relates to the relative.
const KIN: &[(&[&str], RelationKind)] = &[
    (
        &[
            "son", "sons", "daughter", "daughters", "child", "children", "kids", "stepson",
            "stepdaughter",
        ],
        RelationKind::ParentOf,
    ),
    (&["mother", "father", "parent", "parents", "stepmother", "stepfather"], RelationKind::ChildOf),
    (&["husband", "wife", "spouse", "widow", "widower"], RelationKind::SpouseOf),
    (&["brother", "brothers", "sister", "sisters", "sibling", "siblings"], RelationKind::SiblingOf),
    (
        &[
            "grandson", "grandsons", "granddaughter", "granddaughters", "grandchild",
            "grandchildren", "grandmother", "grandfather", "grandparents", "aunt", "aunts",
            "uncle", "uncles", "nephew", "nephews", "niece", "nieces", "cousin", "cousins",
            "relative", "relatives", "daughter-in-law", "daughters-in-law", "son-in-law",
            "sons-in-law", "mother-in-law", "father-in-law", "brother-in-law", "sister-in-law",
            "in-laws",
        ],
        RelationKind::RelativeOf,
    ),
    (&["associate", "associates", "colleague", "colleagues"], RelationKind::AssociateOf),
];

/// Words that cannot stand between an owner and a kin noun.
const STOPS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "to", "for", "with", "in", "on", "at", "by", "from",
    "that", "who", "which", "whose", "is", "are", "was", "were", "has", "have", "had", "his",
    "her", "their", "its", "my", "our", "your",
];
/// Quantifiers of a partitive (`three of her sons`), folded into the phrase's span.
const PARTITIVES: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "some",
    "both", "many", "several", "most", "each", "none",
];
const MODIFIERS: usize = 4;

/// How the owner relates to the relative named by a kin noun.
pub fn kin_kind(noun: &str) -> Option<RelationKind> {
    KIN.iter().find(|(nouns, _)| nouns.contains(&noun)).map(|&(_, kind)| kind)
}

/// How a kinship phrase gives its owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// In the sentence itself (`her sons`, `X's wife`, `whose father`): `owner` is set.
    Owner,
    /// `The husband, Y,` opening a sentence: the owner of the one husband spoken of just before.
    Definite,
    /// `the couple's three children`: both partners of the one couple the document names.
    Couple,
    /// `her husband's elder brother`: the relative (`label`, `kind` from `owner`) is the owner.
    Relative { label: String, kind: RelationKind },
    /// `her mother, Y` where `her` refers to nobody the text leaves no doubt about: no relation,
    /// but Y is somebody's mother, so `her mother` said of Y is not Y's own.
    Unowned,
}

/// Stands for the owner of a phrase whose owner the document, not the sentence, gives.
pub const NOBODY: u32 = u32::MAX;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KinPhrase {
    pub owner: u32,
    /// The kin noun(s) as printed, lower case: `sons`, `aunt and uncle`.
    pub label: String,
    /// Owner → relative.
    pub kind: RelationKind,
    /// The relative, where the sentence names them.
    pub named: Vec<u32>,
    /// How the owner is given: `his`, `X's` or `whose`, or a construction the document resolves.
    pub via: Via,
    /// UTF-16 span of the phrase standing for the relative.
    pub start: u32,
    pub end: u32,
}

struct Reader<'a> {
    items: &'a [Item],
    kinds: &'a [EntityKind],
    eligible: &'a dyn Fn(u32) -> bool,
}

impl Reader<'_> {
    fn person(&self, i: usize) -> Option<u32> {
        let item = self.items.get(i)?;
        match item.kind {
            ItemKind::Mention(e)
                if self.kinds[e as usize] == EntityKind::Person && (self.eligible)(e) =>
            {
                Some(e)
            }
            _ => None,
        }
    }

    /// The person a `whose` at `i` belongs to: named right before it, or before an appositive noun phrase.
    fn whose_owner(&self, i: usize) -> Option<u32> {
        let mut j = i.checked_sub(1)?;
        if let Some(owner) = self.person(j) {
            return Some(owner);
        }
        for _ in 0..MODIFIERS {
            let item = &self.items[j];
            if item.lower == "," {
                return self.person(j.checked_sub(1)?);
            }
            if item.kind != ItemKind::Word {
                return None;
            }
            j = j.checked_sub(1)?;
        }
        None
    }

    /// The nearest person before item `i`, directly or through a resolved pronoun.
    fn subject_before(&self, i: usize) -> Option<u32> {
        self.items[..i].iter().rev().find_map(|item| match item.kind {
            ItemKind::Mention(e)
                if self.kinds[e as usize] == EntityKind::Person && (self.eligible)(e) =>
            {
                Some(e)
            }
            ItemKind::Word if matches!(item.lower.as_str(), "he" | "she") => item.refers,
            _ => None,
        })
    }

    /// The relative named in front of an appositive kin phrase that runs from `owner_at` to `end`:
    /// `X` in `X, Y's wife, told …` or `X, his brother,` (the phrase closed by a comma or the end).
    fn named_before(&self, owner_at: usize, end: usize, owner: u32) -> Option<u32> {
        let comma = owner_at.checked_sub(1).filter(|&c| self.items[c].lower == ",")?;
        let closed = self.items.get(end + 1).is_none_or(|x| matches!(x.lower.as_str(), "," | "."));
        // `X, Y's wife, and two others` or `A, X, Y's wife`: a list of people, not an appositive.
        let and_follows =
            self.items.get(end + 2).is_some_and(|x| matches!(x.lower.as_str(), "and" | "or"));
        let name_at = comma.checked_sub(1)?;
        // `A, X, Y's wife`: a name before the comma lists; `another activist, X, son of Y` does not.
        let listed_before = name_at
            .checked_sub(2)
            .is_some_and(|b| self.items[b + 1].lower == "," && self.items[b].entity().is_some());
        let relative = self.person(name_at).filter(|&p| p != owner)?;
        (closed && !and_follows && !listed_before).then_some(relative)
    }

    /// The relatives named right after the kin noun at `i`: `husband, Y`, `relative Y`, `sons Y and Z`,
    /// or after a described appositive (`brother, the researcher Y,`).
    fn named_after(&self, i: usize, owner: u32) -> Vec<u32> {
        let mut j = i + 1;
        if self.items.get(j).is_some_and(|x| x.lower == ",") {
            j += 1;
            if let Some(person) = self.described_appositive(j).filter(|&p| p != owner) {
                return vec![person];
            }
        }
        let mut named = Vec::new();
        while let Some(person) = self.person(j).filter(|&p| p != owner) {
            named.push(person);
            if self.items.get(j + 1).is_some_and(|x| x.lower == "and") {
                j += 2;
            } else {
                break;
            }
        }
        named
    }
}

/// The kinship phrases of one sentence. `eligible` says which entities may own or be relatives.
pub fn kin_phrases(
    sentence: &SentenceItems,
    kinds: &[EntityKind],
    eligible: &dyn Fn(u32) -> bool,
) -> Vec<KinPhrase> {
    let reader = Reader { items: &sentence.items, kinds, eligible };
    let items = &sentence.items;
    let mut phrases: Vec<KinPhrase> = Vec::new();
    // Index of the last kin noun read, with its owner, for lists (`her sons, daughters-in-law, and …`).
    let mut last_owned: Option<(usize, u32)> = None;
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        let Some(kind) = (item.kind == ItemKind::Word).then(|| kin_kind(&item.lower)).flatten()
        else {
            if item.lower == "married" {
                if let Some(phrase) = married(&reader, i) {
                    phrases.push(phrase);
                }
            }
            i += 1;
            continue;
        };
        // Walk back over modifiers to what owns the noun.
        let mut j = i;
        let mut owner = None;
        let mut start = i;
        // Where the owner is printed (`Y` of `Y's wife`, `his` of `his wife`), for an appositive before it.
        let mut owner_at = None;
        if let Some(to) =
            (kind == RelationKind::ChildOf).then(|| born_to(items, kinds, i)).flatten()
        {
            owner = reader.subject_before(to - 1);
            start = to + 1;
            j = 0;
        }
        for _ in 0..=MODIFIERS * usize::from(owner.is_none()) {
            let Some(back) = j.checked_sub(1) else { break };
            let before = &items[back];
            let lower = before.lower.as_str();
            if matches!(lower, "his" | "her" | "my") {
                owner = before
                    .refers
                    .filter(|&e| kinds[e as usize] == EntityKind::Person && eligible(e));
                start = back;
                owner_at = Some(back);
                break;
            }
            if lower == "'s" {
                owner = back.checked_sub(1).and_then(|p| reader.person(p));
                start = back + 1;
                owner_at = back.checked_sub(1);
                break;
            }
            if lower == "whose" {
                owner = reader.whose_owner(back);
                start = back;
                break;
            }
            if lower == "," || lower == "and" {
                let mut k = back;
                while k > 0 && matches!(items[k - 1].lower.as_str(), "," | "and") {
                    k -= 1;
                }
                if let Some((end, listed)) = last_owned.filter(|&(end, _)| end + 1 == k) {
                    let _ = end;
                    owner = Some(listed);
                    start = j;
                }
                break;
            }
            let modifier = match before.kind {
                ItemKind::Number => true,
                ItemKind::Word => !STOPS.contains(&lower) && !before.is_capitalized(),
                _ => false,
            };
            if !modifier {
                break;
            }
            j = back;
        }
        let Some(owner) = owner else {
            let unowned = owner_at.and_then(|at| reader.unowned(at, start, i, kind));
            phrases.extend(unowned.or_else(|| reader.ownerless(i, j, kind)));
            i += 1;
            continue;
        };
        // `three of her sons`: the partitive belongs to the phrase.
        if start >= 2
            && items[start - 1].lower == "of"
            && (PARTITIVES.contains(&items[start - 2].lower.as_str())
                || items[start - 2].kind == ItemKind::Number)
        {
            start -= 2;
        }
        let mut end = i;
        let mut label = item.lower.clone();
        // `his aunt and uncle`: two singular kin nouns under one possessive are one group.
        if items.get(i + 1).is_some_and(|x| x.lower == "and")
            && items.get(i + 2).is_some_and(|x| {
                x.kind == ItemKind::Word
                    && kin_kind(&x.lower).is_some()
                    && !x.lower.ends_with('s')
                    && !item.lower.ends_with('s')
            })
        {
            end = i + 2;
            label = format!("{} and {}", item.lower, items[i + 2].lower);
        }
        let kind = if end > i && kin_kind(&items[end].lower) != Some(kind) {
            RelationKind::RelativeOf
        } else {
            kind
        };
        let mut named = reader.named_after(end, owner);
        if named.is_empty() {
            named.extend(owner_at.and_then(|at| reader.named_before(at, end, owner)));
        }
        phrases.push(KinPhrase {
            owner,
            label,
            kind,
            named,
            via: Via::Owner,
            start: items[start].start,
            end: items[end].end,
        });
        last_owned = Some((end, owner));
        i = end + 1;
    }
    phrases
}

/// In `born to Kazakh and Uyghur parents`, the index of `to` before the kin noun at `noun`.
fn born_to(items: &[Item], kinds: &[EntityKind], noun: usize) -> Option<usize> {
    let mut k = noun.checked_sub(1)?;
    for _ in 0..=MODIFIERS {
        let item = &items[k];
        if item.lower == "to" {
            return (k >= 1 && items[k - 1].lower == "born").then_some(k);
        }
        let describes = match item.kind {
            ItemKind::Word => true,
            ItemKind::Mention(e) => kinds[e as usize] == EntityKind::Group,
            _ => false,
        };
        if !describes {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// `X, who married an ethnic Kazakh man`: an unnamed spouse of the person before.
fn married(reader: &Reader, at: usize) -> Option<KinPhrase> {
    let owner = reader.subject_before(at)?;
    let items = reader.items;
    let first = at + 1;
    if !items.get(first).is_some_and(|x| matches!(x.lower.as_str(), "a" | "an")) {
        return None;
    }
    for k in first + 1..(first + 1 + MODIFIERS).min(items.len()) {
        let label = match items[k].lower.as_str() {
            "man" => "husband",
            "woman" => "wife",
            _ if items[k].kind == ItemKind::Word
                || items[k]
                    .entity()
                    .is_some_and(|e| reader.kinds[e as usize] == EntityKind::Group) =>
            {
                continue
            }
            _ => return None,
        };
        return Some(KinPhrase {
            owner,
            label: label.into(),
            kind: RelationKind::SpouseOf,
            named: vec![],
            via: Via::Owner,
            start: items[first].start,
            end: items[k].end,
        });
    }
    None
}

#[cfg(test)]
#[path = "kinship_tests.rs"]
mod tests;
