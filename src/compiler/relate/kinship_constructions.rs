//! Kinship constructions whose owner stands apart from the kin noun: `The husband, Y,`, `the couple's children`, `her husband's brother`, `the son of X`.

use super::{kin_kind, KinPhrase, Reader, Via, NOBODY, STOPS};
use crate::compiler::lexicon::{is_speech_verb, noun_kind};
use crate::compiler::relate::sentence_items::ItemKind;
use crate::model::{EntityKind, RelationKind};

impl Reader<'_> {
    /// A kin noun at `noun` (modifiers from `first`) owned by no person in the sentence: `The
    /// husband, Y,` opening it, `the couple's children`, or `her husband's elder brother`.
    pub(super) fn ownerless(
        &self,
        noun: usize,
        first: usize,
        kind: RelationKind,
    ) -> Option<KinPhrase> {
        let items = self.items;
        let label = items[noun].lower.clone();
        let phrase = |owner, via, start: usize, named| KinPhrase {
            owner,
            label: label.clone(),
            kind,
            named,
            via,
            start: items[start].start,
            end: items[noun].end,
        };
        if let Some(phrase) = self.kin_of(noun, first, kind) {
            return Some(phrase);
        }
        if first == 1 && items[0].lower == "the" {
            let named = self.named_after(noun, NOBODY);
            return (!named.is_empty()).then(|| phrase(NOBODY, Via::Definite, 0, named));
        }
        let possessive = first.checked_sub(1).filter(|&p| items[p].lower == "'s")?;
        let possessor = possessive.checked_sub(1)?;
        let word = &items[possessor];
        if word.lower == "couple" && possessor >= 1 && items[possessor - 1].lower == "the" {
            return Some(phrase(NOBODY, Via::Couple, possessor - 1, vec![]));
        }
        let inner = (word.kind == ItemKind::Word).then(|| kin_kind(&word.lower)).flatten()?;
        let owner = possessor
            .checked_sub(1)
            .filter(|&h| matches!(items[h].lower.as_str(), "his" | "her" | "my"))
            .and_then(|h| items[h].refers)
            .filter(|&e| self.kinds[e as usize] == EntityKind::Person && (self.eligible)(e))?;
        let via = Via::Relative { label: word.lower.clone(), kind: inner };
        Some(phrase(owner, via, possessor - 1, vec![]))
    }

    /// `her mother, Y` where `her` (at `pronoun`) refers to nobody the text leaves no doubt
    /// about: Y is somebody's relative ([`Via::Unowned`]). `None` for any other possessive.
    pub(super) fn unowned(
        &self,
        pronoun: usize,
        start: usize,
        noun: usize,
        kind: RelationKind,
    ) -> Option<KinPhrase> {
        let items = self.items;
        if !matches!(items[pronoun].lower.as_str(), "his" | "her") {
            return None;
        }
        let named = self.named_after(noun, NOBODY);
        (!named.is_empty()).then(|| KinPhrase {
            owner: NOBODY,
            label: items[noun].lower.clone(),
            kind,
            named,
            via: Via::Unowned,
            start: items[start].start,
            end: items[noun].end,
        })
    }

    /// `the daughter of X told …`, `Y, the mother of X, said`: a kin noun whose owner follows
    /// `of` (not `the son of X's lawyer`); the relative is the appositive's name before it, if any.
    fn kin_of(&self, noun: usize, first: usize, kind: RelationKind) -> Option<KinPhrase> {
        let items = self.items;
        let at = noun + 2;
        if items.get(noun + 1).is_none_or(|x| x.lower != "of")
            || items.get(at + 1).is_some_and(|x| x.lower == "'s")
        {
            return None;
        }
        let owner = self.person(at)?;
        let determiner =
            first.checked_sub(1).filter(|&d| matches!(items[d].lower.as_str(), "the" | "a" | "an"));
        let start = determiner.unwrap_or(first);
        let named = self.named_before(start, at, owner);
        Some(KinPhrase {
            owner,
            label: items[noun].lower.clone(),
            kind,
            named: named.into_iter().collect(),
            via: Via::Owner,
            start: items[start].start,
            end: items[noun].end,
        })
    }

    /// `the researcher Y,` starting at `j`: a determiner, one to three lower-case describing words,
    /// then one person closed by a comma, a full stop or the end (not a list: `the men Y and Z`).
    /// Without the determiner (`religious researcher Y,`) the last word must be a person noun and
    /// none a verb of saying (`said activist Y` is no description).
    pub(super) fn described_appositive(&self, j: usize) -> Option<u32> {
        let determined =
            self.items.get(j).is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an"));
        let j = if determined { j } else { j.checked_sub(1)? };
        let words = self.items[j + 1..]
            .iter()
            .take_while(|x| {
                x.kind == ItemKind::Word
                    && !x.is_capitalized()
                    && !STOPS.contains(&x.lower.as_str())
                    && kin_kind(&x.lower).is_none()
            })
            .count();
        let at = j + 1 + words;
        let closed =
            self.items.get(at + 1).is_none_or(|x| matches!(x.lower.as_str(), "," | "." | ";"));
        let list = self.items.get(at + 2).is_some_and(|x| matches!(x.lower.as_str(), "and" | "or"))
            && self.items.get(at + 1).is_some_and(|x| x.lower == ",");
        let described = &self.items[j + 1..at];
        let bare_ok =
            described.last().is_some_and(|w| noun_kind(&w.lower) == Some(EntityKind::Person))
                && !described.iter().any(|w| is_speech_verb(&w.lower));
        let shaped = (1..=3).contains(&words) && closed && !list && (determined || bare_ok);
        shaped.then(|| self.person(at)).flatten()
    }
}
