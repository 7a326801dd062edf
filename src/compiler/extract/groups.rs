//! Finds the mentions of peoples named with a noun (`Uyghurs`, `an ethnic Kazakh who`), each with a key joining one group's spellings.
//!
//! Takes a sentence's words (and the spans already taken by names) and gives the mentions of
//! peoples named with a noun (`Uyghurs`, `an ethnic Kazakh who`, `Han Chinese`, a term the text
//! defines for people, `referred to as “Oralman”`), each with a key that joins spellings of one
//! group; adjective uses (`Kazakh citizens`) are no mentions.

use std::collections::BTreeSet;

use super::words::{SentenceWords, Shape};
use crate::compiler::lexicon::is_demonym;
use crate::compiler::lexicon::{country_of, only_noun, people_word};
use crate::compiler::lexicon::{keys_match, token_key};

/// One noun use of a people's name.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMention {
    pub doc: u32,
    pub sentence: u32,
    pub start: u32,
    pub end: u32,
    pub surface: String,
    /// Per word of the name, the transliteration key of its singular (`Kazakhs` → `kazak`).
    pub key: Vec<String>,
}

/// Words after which a people word names a language or a quality, not people (`in Russian`, `is Kazakh`).
const NOT_PEOPLE_BEFORE: &[&str] = &[
    "in", "into", "from", "speak", "speaks", "spoke", "speaking", "learn", "learned", "learnt",
    "fluent", "is", "are", "was", "were", "be", "been", "being", "become", "became", "remain",
    "remains", "remained", "not", "as", "very", "more", "most",
];
/// Lower-case words that can follow a people noun (`Uyghurs who`, `a Chinese of Kazakh ethnicity`).
const NOUN_FOLLOWERS: &[&str] = &[
    "who", "whom", "whose", "which", "that", "and", "or", "but", "of", "in", "from", "to", "with",
    "without", "living", "are", "is", "was", "were", "have", "has", "had", "at", "for", "on", "by",
    "as", "than", "like", "such", "themselves", "here", "there", "now", "also", "alone", "abroad",
    "too", "could", "can", "will", "would", "may", "might", "must", "should",
];
/// Verbs that introduce a term for people: `referred to as “X”`, `known as “X”`, `called “X”`.
const NAMING_VERBS: &[&str] = &[
    "referred", "known", "called", "dubbed", "termed", "labelled", "labeled", "named", "nicknamed",
];

fn plain_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}")
}

/// Reads one sentence; `taken` holds the UTF-16 spans of name candidates, `terms` the folded terms
/// the texts define for people.
pub struct GroupReader<'a> {
    pub doc: u32,
    pub sentence: u32,
    pub text: &'a str,
    pub words: &'a SentenceWords<'a>,
    pub taken: &'a [(u32, u32)],
}

impl GroupReader<'_> {
    fn covered(&self, i: usize) -> bool {
        let w = &self.words.words[i];
        self.taken.iter().any(|&(s, e)| w.start < e && s < w.end)
    }

    fn is_people(&self, i: usize) -> bool {
        let w = &self.words.words[i];
        w.shape == Shape::Capitalized && people_word(&w.folded).is_some() && !self.covered(i)
    }

    /// A people word or a nationality adjective (`Dutch`), as in a list of adjectives.
    fn is_nationality(&self, i: usize) -> bool {
        let w = &self.words.words[i];
        self.is_people(i)
            || w.shape == Shape::Capitalized
                && (is_demonym(&w.folded) || country_of(&w.folded).is_some())
    }

    /// The noun uses of people words in the sentence, and of the defined `terms`.
    pub fn mentions(&self, terms: &BTreeSet<String>) -> Vec<GroupMention> {
        let w = &self.words.words;
        let mut found = Vec::new();
        let mut i = 0;
        while i < w.len() {
            if w[i].shape == Shape::Capitalized && terms.contains(&w[i].folded) && !self.covered(i)
            {
                found.push(self.mention(i, i, vec![token_key(&w[i].folded)]));
                i += 1;
                continue;
            }
            if !self.is_people(i) {
                i += 1;
                continue;
            }
            // `Han Chinese`, `Chinese-Kazakhs`: people words joined by a space or a hyphen.
            let mut j = i;
            while j + 1 < w.len()
                && !w[j].possessive
                && (plain_space(w[j + 1].gap) || w[j + 1].gap == "-")
                && self.is_people(j + 1)
            {
                j += 1;
            }
            if self.is_noun_use(i, j) {
                let key = self.key(i, j);
                found.push(self.mention(i, j, key));
            }
            i = j + 1;
        }
        found
    }

    fn mention(&self, i: usize, j: usize, key: Vec<String>) -> GroupMention {
        let w = &self.words.words;
        GroupMention {
            doc: self.doc,
            sentence: self.sentence,
            start: w[i].start,
            end: w[j].end,
            surface: self.text[w[i].byte_start..w[j].byte_end].to_string(),
            key,
        }
    }

    /// Space-separated parts of words `i..=j`, each keyed by its singular; a hyphenated compound is one part.
    fn key(&self, i: usize, j: usize) -> Vec<String> {
        let w = &self.words.words;
        let mut key: Vec<String> = Vec::new();
        for (k, word) in w.iter().enumerate().take(j + 1).skip(i) {
            let singular = people_word(&word.folded).map_or(word.folded.as_str(), |p| p.singular);
            match key.last_mut() {
                Some(last) if k > i && word.gap == "-" => last.push_str(&token_key(singular)),
                _ => key.push(token_key(singular)),
            }
        }
        key
    }

    /// Whether people words `i..=j` are a noun (a people), not an adjective or part of a longer name.
    fn is_noun_use(&self, i: usize, j: usize) -> bool {
        let w = &self.words.words;
        // Part of a longer name: `Ng Han Guan`, `Chinese President`, `Kazakh Foreign Minister`.
        let name_before = i > 0
            && plain_space(w[i].gap)
            && matches!(w[i - 1].shape, Shape::Capitalized | Shape::Acronym)
            && !self.words.is_initial(i - 1);
        let name_after = j + 1 < w.len()
            && !w[j].possessive
            && plain_space(w[j + 1].gap)
            && matches!(w[j + 1].shape, Shape::Capitalized | Shape::Acronym);
        if name_before || name_after {
            return false;
        }
        if i > 0
            && plain_space(w[i].gap)
            && NOT_PEOPLE_BEFORE.contains(&w[i - 1].folded.as_str())
            && !only_noun(&w[j].folded)
        {
            return false;
        }
        if only_noun(&w[j].folded) || w[j].possessive {
            return true;
        }
        // `Kazakh, Kyrgyz and Uyghur families`: a list of adjectives shares its noun.
        let mut end = j;
        loop {
            let next = end + 1;
            let listed = next + 1 < w.len()
                && matches!(w[next].folded.as_str(), "and" | "or")
                && plain_space(w[next].gap)
                && plain_space(w[next + 1].gap)
                && self.is_nationality(next + 1);
            let comma_listed = next < w.len()
                && w[next].gap == ", "
                && self.is_nationality(next)
                && !only_noun(&w[next].folded);
            if listed {
                end = next + 1;
            } else if comma_listed {
                end = next;
            } else {
                break;
            }
        }
        let after = self.words.after(end);
        match w.get(end + 1) {
            None => true,
            Some(_) if !plain_space(after) => !after.starts_with('-'),
            Some(next) => {
                next.shape == Shape::Lower && NOUN_FOLLOWERS.contains(&next.folded.as_str())
            }
        }
    }

    /// Terms the sentence defines for people: `referred to in sum as “Oralman”`, `known as “X”`.
    pub fn defined_terms(&self) -> Vec<String> {
        let w = &self.words.words;
        let mut terms = Vec::new();
        for (i, word) in w.iter().enumerate() {
            let quoted = word.gap.ends_with(['“', '"', '‘', '«'])
                && self.words.after(i).starts_with(['”', '"', '’', '»']);
            if !quoted || word.shape != Shape::Capitalized || i == 0 {
                continue;
            }
            let window = &w[i.saturating_sub(6)..i];
            let names = |k: usize| NAMING_VERBS.contains(&w[k].folded.as_str());
            let introduced = match w[i - 1].folded.as_str() {
                "as" => window.iter().any(|v| NAMING_VERBS.contains(&v.folded.as_str())),
                "them" | "it" | "themselves" | "him" | "her" => i >= 2 && names(i - 2),
                _ => names(i - 1),
            };
            if introduced {
                terms.push(word.folded.clone());
            }
        }
        terms
    }
}

/// Groups mentions into entities: equal keys, or keys that spell one name (`Uyghurs` / `Uygurs`).
pub fn cluster_groups(mentions: &[GroupMention]) -> Vec<Vec<usize>> {
    let keys: Vec<Vec<String>> =
        mentions.iter().map(|m| m.key.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    let mut root: Vec<usize> = (0..keys.len()).collect();
    for a in 0..keys.len() {
        for b in 0..a {
            let same = keys[a].len() == keys[b].len()
                && keys[a].iter().zip(&keys[b]).all(|(x, y)| keys_match(x, y, 0));
            if same && root[a] == a {
                root[a] = root[b];
            }
        }
    }
    let mut clusters: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
    for (m, mention) in mentions.iter().enumerate() {
        let k = keys.binary_search(&mention.key).expect("every key is listed");
        clusters[root[k]].push(m);
    }
    clusters.into_iter().filter(|c| !c.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::words::sentence_words;
    use crate::model::Sentence;
    use crate::text::utf16_len;

    fn read(text: &str, taken: &[&str], terms: &[&str]) -> Vec<String> {
        let sentence = Sentence::spanning(text);
        let words = sentence_words(text, &sentence);
        let spans: Vec<(u32, u32)> = taken
            .iter()
            .map(|t| {
                let at = text.find(t).expect("taken name in the sentence");
                (utf16_len(&text[..at]) as u32, utf16_len(&text[..at + t.len()]) as u32)
            })
            .collect();
        let reader = GroupReader { doc: 0, sentence: 0, text, words: &words, taken: &spans };
        let terms: BTreeSet<String> = terms.iter().map(|t| t.to_string()).collect();
        reader.mentions(&terms).into_iter().map(|m| m.surface).collect()
    }

    /// (name, sentence, names already taken, terms defined, expected group mentions)
    type Case = (
        &'static str,
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    );
    const CASES: &[Case] = &[
        (
            "plural nouns",
            "Tatars, Uzbeks, Kyrgyz, and other Muslim minorities were held.",
            &[],
            &[],
            &["Tatars", "Uzbeks", "Kyrgyz"],
        ),
        (
            "singular noun before a relative clause",
            "She is an ethnic Uzbek who married an ethnic Tatar man.",
            &[],
            &[],
            &["Uzbek"],
        ),
        (
            "adjectives are no mentions",
            "Kazakh citizens and the Uyghur population waited.",
            &[],
            &[],
            &[],
        ),
        (
            "a list of adjectives shares its noun",
            "Kazakh, Kyrgyz and Uyghur families waited.",
            &[],
            &[],
            &[],
        ),
        (
            "a nationality adjective ends the list",
            "The Canadian and Dutch parliaments agreed.",
            &[],
            &[],
            &[],
        ),
        (
            "invariant noun at a clause end",
            "Most are ethnic Kyrgyz; a few are Uyghurs.",
            &[],
            &[],
            &["Kyrgyz", "Uyghurs"],
        ),
        (
            "two-word people",
            "The region saw an influx of Han Chinese and police.",
            &[],
            &[],
            &["Han Chinese"],
        ),
        (
            "hyphenated people",
            "Accounts of Chinese-Kazakhs emerged.",
            &[],
            &[],
            &["Chinese-Kazakhs"],
        ),
        ("a noun before of", "She is a Chinese of Tatar ethnicity.", &[], &[], &["Chinese"]),
        (
            "a noun after a comma",
            "They feared foreigners, namely Chinese, would buy land.",
            &[],
            &[],
            &["Chinese"],
        ),
        (
            "a language is no people",
            "The group issued a statement in Russian after the ruling.",
            &[],
            &[],
            &[],
        ),
        (
            "part of a title",
            "Chinese President Li Wenhao spoke to Kazakh Foreign Minister Ospan.",
            &[],
            &[],
            &[],
        ),
        (
            "inside a name already taken",
            "The Kazakh Service and the Xinjiang Uyghur Autonomous Region.",
            &["Kazakh Service", "Xinjiang Uyghur Autonomous Region"],
            &[],
            &[],
        ),
        ("a hyphenated adjective", "The Kazakh-Chinese talks ended.", &[], &[], &[]),
        ("a defined term", "Some 200,000 Qaityp from China came.", &[], &["qaityp"], &["Qaityp"]),
        (
            "faith nouns",
            "He spoke of genocide against Tatars and Muslims in the region.",
            &[],
            &[],
            &["Tatars", "Muslims"],
        ),
    ];

    #[test]
    fn group_mentions_are_found_as_specified() {
        for (name, text, taken, terms, expected) in CASES {
            assert_eq!(
                read(text, taken, terms),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }

    #[test]
    fn terms_are_defined_by_naming_verbs() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "referred to as",
                "Referred to in sum as “Qaityp” — from the word for returnee — they came.",
                &["qaityp"],
            ),
            ("called", "Locals called them \"Zhersu\" then.", &["zhersu"]),
            ("a quotation is no term", "She said “Nobody” came.", &[]),
        ];
        for (name, text, expected) in cases {
            let sentence = Sentence::spanning(text);
            let words = sentence_words(text, &sentence);
            let reader = GroupReader { doc: 0, sentence: 0, text, words: &words, taken: &[] };
            assert_eq!(
                reader.defined_terms(),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }

    #[test]
    fn spellings_of_one_people_join() {
        let mention = |key: &[&str]| GroupMention {
            doc: 0,
            sentence: 0,
            start: 0,
            end: 0,
            surface: String::new(),
            key: key.iter().map(|k| k.to_string()).collect(),
        };
        let mentions = [
            mention(&["uighur"]),
            mention(&["uigur"]),
            mention(&["kazak"]),
            mention(&["han", "chinese"]),
            mention(&["chinese"]),
        ];
        let mut clusters = cluster_groups(&mentions);
        clusters.sort();
        assert_eq!(clusters, vec![vec![0, 1], vec![2], vec![3], vec![4]]);
    }
}
