//! Kinship constructions whose owner stands apart from the kin noun: `The husband, Y,`, `the couple's children`, `her husband's brother`.

use super::{kin_kind, KinPhrase, Reader, Via, NOBODY, STOPS};
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

    /// `the researcher Y,` starting at `j`: a determiner, one to three lower-case describing words,
    /// then one person closed by a comma, a full stop or the end (not a list: `the men Y and Z`).
    pub(super) fn described_appositive(&self, j: usize) -> Option<u32> {
        if !self.items.get(j).is_some_and(|x| matches!(x.lower.as_str(), "the" | "a" | "an")) {
            return None;
        }
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
        ((1..=3).contains(&words) && closed && !list).then(|| self.person(at)).flatten()
    }
}
