//! Says which persons a document speaks of as a man or a woman, from its pronouns and gendered kin nouns.
//!
//! Evidence comes in two strengths. Certain evidence is what the printed name and its neighbours
//! say ([`certain_evidence`]): a title (`Mr.`, `Ms`), a patronymic, matronymic or surname ending
//! (`-uly`, `-kyzy`, `-ovna`, `-ova`, `-ov`) and a gendered kin noun in apposition (`his sister,
//! Y`). A pronoun (`he`, `her`) resolved to a person is a weaker vote. Certain evidence of one
//! gender decides; certain evidence of both leaves the gender unknown (two people may share one
//! entity); without it the pronouns' majority wins, and a tie, or no vote, leaves the gender
//! unknown. Unknown agrees with everything.

use std::collections::BTreeMap;

use super::sentence_items::{Item, ItemKind, SentenceItems};

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

/// Titles before a name that say the person is a man (`Mr. X`).
const MALE_TITLES: &[&str] = &["mr", "mister", "sir", "lord"];
/// Titles before a name that say the person is a woman (`Mrs X`, `Ms. X`).
const FEMALE_TITLES: &[&str] = &["mrs", "ms", "miss", "madam", "madame", "dame", "lady"];
/// Endings of a patronymic or surname borne by men (`Kunbolatuly`, `Osmon uulu`, `Petrovich`, `Tokayev`).
const MALE_NAME_ENDINGS: &[&str] = &["uly", "ulı", "uulu", "ovich", "evich", "ov", "ev"];
/// Endings of a matronymic, patronymic or surname borne by women (`Qosdauletqyzy`, `Ivanovna`, `Ospanova`).
const FEMALE_NAME_ENDINGS: &[&str] =
    &["kyzy", "qyzy", "kızı", "kizi", "qizi", "gyzy", "ovna", "evna", "ova", "eva"];
/// Shortest word a surname ending is read on (`Lev` and `Eva` are given names).
const SHORTEST_SURNAME: usize = 5;

/// The gender a title gives the name after it (`mr`, `ms`; lower case, no dot).
pub fn of_title(word: &str) -> Option<Gender> {
    if MALE_TITLES.contains(&word) {
        Some(Gender::Male)
    } else if FEMALE_TITLES.contains(&word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a person's printed name gives its bearer: the ending of a word after the first
/// (or of a name of one word, a surname alone), when every such ending agrees. `Osmon uulu` and
/// `Ospanova` say it; `Aigerim` and `Li Wen` do not.
pub fn of_name(name: &str) -> Option<Gender> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let family = if words.len() > 1 { &words[1..] } else { &words[..] };
    let mut found = None;
    for word in family {
        let word = word.to_lowercase();
        let ends = |endings: &[&str]| {
            endings.iter().any(|e| {
                word.ends_with(e) && (word.chars().count() >= SHORTEST_SURNAME || word == *e)
            })
        };
        let gender = match (ends(MALE_NAME_ENDINGS), ends(FEMALE_NAME_ENDINGS)) {
            (true, false) => Gender::Male,
            (false, true) => Gender::Female,
            _ => continue,
        };
        if found.is_some_and(|g| g != gender) {
            return None;
        }
        found = Some(gender);
    }
    found
}

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

/// Gender votes per entity: certain evidence and pronoun votes apart.
#[derive(Default)]
pub struct Genders {
    certain: BTreeMap<u32, (u32, u32)>,
    votes: BTreeMap<u32, (u32, u32)>,
}

impl Genders {
    /// The certain evidence of `sentences` alone: what a first pass, before any pronoun is
    /// resolved, may already rely on.
    pub fn from_names(sentences: &[SentenceItems]) -> Self {
        let mut genders = Genders::default();
        for sentence in sentences {
            for (e, gender) in certain_evidence(&sentence.items) {
                let (male, female) = genders.certain.entry(e).or_default();
                match gender {
                    Gender::Male => *male += 1,
                    Gender::Female => *female += 1,
                }
            }
        }
        genders
    }

    /// The certain evidence of `sentences` and the votes of every resolved pronoun. A sentence
    /// that speaks of one person as both `he` and `she` has misread one of them: its pronouns
    /// give that person no vote.
    pub fn from_pronouns(sentences: &[SentenceItems]) -> Self {
        let mut genders = Genders::from_names(sentences);
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

    /// Certain evidence of one gender decides, of both leaves it unknown; else the pronouns' majority.
    pub fn of(&self, entity: u32) -> Option<Gender> {
        match self.certain.get(&entity) {
            Some((m, 0)) if *m > 0 => return Some(Gender::Male),
            Some((0, f)) if *f > 0 => return Some(Gender::Female),
            Some(_) => return None,
            None => {}
        }
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

/// The certain gender evidence one sentence's `items` give, per mention: a title right before it
/// (`Mr. X`, `Ms X`), its own name's ending (`Ospanova`), a gendered kin noun it stands in
/// apposition to (`his sister, Y`, `her son Y`; not `her son Y's wife`, who is no son).
pub fn certain_evidence(items: &[Item]) -> Vec<(u32, Gender)> {
    let mut found = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let Some(e) = item.entity() else { continue };
        let before = |back: usize| k.checked_sub(back).map(|b| &items[b]);
        let title = match before(1) {
            Some(dot) if dot.lower == "." => before(2),
            other => other,
        };
        let own_title = item.text.split_whitespace().next().filter(|_| item.text.contains(' '));
        let titles =
            [title.filter(|w| w.kind == ItemKind::Word).map(|w| w.lower.as_str()), own_title];
        for word in titles.into_iter().flatten() {
            if let Some(g) = of_title(&word.trim_end_matches('.').to_lowercase()) {
                found.push((e, g));
            }
        }
        if let Some(g) = of_name(&item.text) {
            found.push((e, g));
        }
        let kin = match before(1) {
            Some(comma) if comma.lower == "," => before(2),
            other => other,
        };
        let owns = items.get(k + 1).is_some_and(|x| x.lower == "'s");
        if let Some(g) =
            kin.filter(|w| w.kind == ItemKind::Word && !owns).and_then(|w| of_kin(&w.lower))
        {
            found.push((e, g));
        }
    }
    found
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

    /// (name, printed name, gender it gives)
    #[test]
    fn names_give_genders_by_their_endings() {
        let cases: &[(&str, &str, Option<Gender>)] = &[
            ("patronymic -uly", "Serik Zhanbolatuly", Some(Gender::Male)),
            ("patronymic as its own word", "Erlan Tore uulu", Some(Gender::Male)),
            ("matronymic -qyzy", "Aida Nurbekqyzy", Some(Gender::Female)),
            ("surname alone -ova", "Temirova", Some(Gender::Female)),
            ("surname -ov", "Baurzhan Temirov", Some(Gender::Male)),
            ("Russian patronymic", "Olga Petrovna Sidorova", Some(Gender::Female)),
            ("a given name says nothing", "Aigerim", None),
            ("a first word's ending says nothing", "Ivanova Li", None),
            ("a Chinese name says nothing", "Li Wen", None),
            ("too short to be a surname ending", "Anna Lev", None),
            ("endings of both genders say nothing", "Serik Temirova Zhanbolatuly", None),
        ];
        for (name, printed, gender) in cases {
            assert_eq!(of_name(printed), *gender, "{name}");
        }
    }

    /// (name, marked sentence, entity, gender its certain evidence gives)
    #[test]
    fn certain_evidence_reads_titles_names_and_apposed_kin() {
        use crate::compiler::relate::sentence_items::testing::marked;
        let cases: &[(&str, &str, usize, Option<Gender>)] = &[
            ("title with a dot", "Mr. [Dale|per] said so.", 0, Some(Gender::Male)),
            ("title without a dot", "Ms [Dale|per] said so.", 0, Some(Gender::Female)),
            ("apposed kin noun", "Her brother, [Arman Dale|per], said so.", 0, Some(Gender::Male)),
            ("kin noun before a name", "His sister [Mira Dale|per] left.", 0, Some(Gender::Female)),
            ("name ending", "[Aida Nurbekqyzy|per] left.", 0, Some(Gender::Female)),
            (
                "a name owning a kin noun is no relative",
                "Her son [Arman|per]'s wife left.",
                0,
                None,
            ),
            ("a name after 'of' is no relative", "The son of [Mira Dale|per] left.", 0, None),
            ("a pronoun is no certain evidence", "[Mira Dale|per] said she left.", 0, None),
        ];
        for (name, sentence, entity, gender) in cases {
            let (_, items, _, _) = marked(sentence);
            let sentences = [SentenceItems { sentence: 0, doc: 0, paragraph: 0, items }];
            let genders = Genders::from_names(&sentences);
            assert_eq!(genders.of(*entity as u32), *gender, "{name}");
        }
    }

    #[test]
    fn certain_evidence_outweighs_pronoun_votes() {
        let mut genders = Genders::default();
        genders.certain.insert(0, (1, 0));
        genders.vote(0, Gender::Female, 5);
        assert_eq!(genders.of(0), Some(Gender::Male));
        genders.certain.insert(1, (1, 1));
        genders.vote(1, Gender::Female, 5);
        assert_eq!(genders.of(1), None, "certain evidence of both genders: two people, unknown");
    }
}
