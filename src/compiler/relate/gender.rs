//! Says which persons a document speaks of as a man or a woman, from its pronouns and gendered kin nouns.
//!
//! A pronoun (`he`, `her`) resolved to a person is a vote for that person's gender; a person the
//! text names as a gendered relative (`his sister, Y`) counts twice. The majority wins; a tie, or no
//! vote, leaves the gender unknown, and unknown agrees with everything.

use std::collections::BTreeMap;

use super::sentence_items::{ItemKind, SentenceItems};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Kin nouns that say the relative is a man.
const MALE_KIN: &[&str] = &[
    "father", "husband", "brother", "son", "widower", "stepfather", "stepson", "grandfather",
    "grandson", "uncle", "nephew", "son-in-law", "father-in-law", "brother-in-law",
];
/// Kin nouns that say the relative is a woman.
const FEMALE_KIN: &[&str] = &[
    "mother", "wife", "sister", "daughter", "widow", "stepmother", "stepdaughter", "grandmother",
    "granddaughter", "aunt", "niece", "daughter-in-law", "mother-in-law", "sister-in-law",
];

/// The gender a personal pronoun gives its antecedent.
pub fn of_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a kin noun gives the relative it names (`sons` too: each of them).
pub fn of_kin(noun: &str) -> Option<Gender> {
    let singular = match noun.strip_suffix("s-in-law") {
        Some(stem) => format!("{stem}-in-law"),
        None => noun.strip_suffix('s').unwrap_or(noun).to_string(),
    };
    let noun = if MALE_KIN.contains(&noun) || FEMALE_KIN.contains(&noun) {
        noun
    } else {
        singular.as_str()
    };
    if MALE_KIN.contains(&noun) {
        Some(Gender::Male)
    } else if FEMALE_KIN.contains(&noun) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Gender votes per entity.
#[derive(Default)]
pub struct Genders {
    votes: BTreeMap<u32, (u32, u32)>,
}

impl Genders {
    /// The votes of every resolved pronoun of `sentences` and of every person named right after a
    /// gendered kin noun (`his sister, Y`). A sentence that speaks of one person as both `he` and
    /// `she` has misread one of them: its pronouns give that person no vote.
    pub fn from_pronouns(sentences: &[SentenceItems]) -> Self {
        let mut genders = Genders::default();
        for sentence in sentences {
            let mut said: BTreeMap<u32, (bool, bool)> = BTreeMap::new();
            for item in &sentence.items {
                if let (ItemKind::Word, Some(e)) = (item.kind, item.refers) {
                    let (male, female) = said.entry(e).or_default();
                    match of_pronoun(&item.lower) {
                        Some(Gender::Male) => *male = true,
                        Some(Gender::Female) => *female = true,
                        None => {}
                    }
                }
            }
            for (e, said) in said {
                match said {
                    (true, false) => genders.vote(e, Gender::Male, 1),
                    (false, true) => genders.vote(e, Gender::Female, 1),
                    _ => {}
                }
            }
            let items = &sentence.items;
            for (k, item) in items.iter().enumerate().filter(|(_, w)| w.kind == ItemKind::Word) {
                let Some(gender) = of_kin(&item.lower) else { continue };
                let at =
                    if items.get(k + 1).is_some_and(|x| x.lower == ",") { k + 2 } else { k + 1 };
                if let Some(e) = items.get(at).and_then(|x| x.entity()) {
                    genders.vote(e, gender, 2);
                }
            }
        }
        genders
    }

    pub fn vote(&mut self, entity: u32, gender: Gender, weight: u32) {
        let (male, female) = self.votes.entry(entity).or_default();
        match gender {
            Gender::Male => *male += weight,
            Gender::Female => *female += weight,
        }
    }

    pub fn of(&self, entity: u32) -> Option<Gender> {
        match self.votes.get(&entity) {
            Some((m, f)) if m > f => Some(Gender::Male),
            Some((m, f)) if f > m => Some(Gender::Female),
            _ => None,
        }
    }

    /// Whether `entity` may be spoken of with `gender` (an unknown gender agrees with both).
    pub fn agrees(&self, entity: u32, gender: Option<Gender>) -> bool {
        gender.is_none() || self.of(entity).is_none() || self.of(entity) == gender
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kin_nouns_and_pronouns_have_genders() {
        let cases: &[(&str, Option<Gender>)] = &[
            ("sons", Some(Gender::Male)),
            ("wife", Some(Gender::Female)),
            ("daughters-in-law", Some(Gender::Female)),
            ("children", None),
            ("spouse", None),
            ("cousin", None),
        ];
        for (noun, gender) in cases {
            assert_eq!(of_kin(noun), *gender, "{noun}");
        }
        assert_eq!(of_pronoun("his"), Some(Gender::Male));
        assert_eq!(of_pronoun("they"), None);
        let mut genders = Genders::default();
        genders.vote(0, Gender::Female, 1);
        genders.vote(1, Gender::Male, 1);
        genders.vote(1, Gender::Female, 1);
        assert!(!genders.agrees(0, Some(Gender::Male)));
        assert!(genders.agrees(1, Some(Gender::Male)), "a tie is unknown");
        assert!(genders.agrees(2, Some(Gender::Female)), "no vote is unknown");
    }
}
