//! Finds further mentions of resolved names: in headlines, and in body text printed in another case (`the Norwegian consulate`).
//!
//! Takes the names already resolved from body text and gives their further mentions: in headline
//! sentences (where capitals prove nothing) and, for names of two or more words, in body text
//! printed in another case (`the Norwegian consulate`).

use std::collections::BTreeMap;

use crate::compiler::extract::{SentenceWords, Shape};
use crate::compiler::lexicon::name_key;
use crate::compiler::lexicon::{is_demonym, is_known_place};
use crate::model::Mention;

/// Known names: key of each spelling → the clusters using it, with their mentions per document.
pub struct KnownNames {
    forms: BTreeMap<Vec<String>, Vec<usize>>,
    /// Per cluster: document → number of mentions.
    presence: Vec<BTreeMap<u32, usize>>,
}

/// Longest name, in tokens, looked for.
const LONGEST: usize = 6;

impl KnownNames {
    /// `spellings` gives, per cluster, the tokens and document of each of its mentions.
    pub fn new<'s>(spellings: impl IntoIterator<Item = Vec<(&'s [String], u32)>>) -> KnownNames {
        let mut forms: BTreeMap<Vec<String>, Vec<usize>> = BTreeMap::new();
        let mut presence = Vec::new();
        for (cluster, mentions) in spellings.into_iter().enumerate() {
            let mut documents: BTreeMap<u32, usize> = BTreeMap::new();
            for (tokens, doc) in mentions {
                let users = forms.entry(name_key(tokens)).or_default();
                if !users.contains(&cluster) {
                    users.push(cluster);
                }
                *documents.entry(doc).or_default() += 1;
            }
            presence.push(documents);
        }
        KnownNames { forms, presence }
    }

    /// Mentions of known names in a headline sentence of document `doc`, as (cluster, mention).
    pub fn find(
        &self,
        words: &SentenceWords,
        text: &str,
        doc: u32,
        sentence: u32,
    ) -> Vec<(usize, Mention)> {
        let capitalized = |u: &(usize, usize)| {
            matches!(words.words[u.0].shape, Shape::Capitalized | Shape::Acronym | Shape::Upper)
        };
        self.find_windows(words, text, doc, sentence, |window| {
            capitalized(&window[0]) && capitalized(&window[window.len() - 1])
        })
    }

    /// Mentions in body text of known names of two or more words printed in another case
    /// (`the Norwegian consulate` after `Norwegian Consulate`): the first word capitalised (not
    /// merely as a sentence's first word), some word in lower case, no word inside `taken` spans.
    pub fn find_case_variants(
        &self,
        words: &SentenceWords,
        text: &str,
        doc: u32,
        sentence: u32,
        taken: &[(u32, u32)],
    ) -> Vec<(usize, Mention)> {
        let w = &words.words;
        let free =
            |u: &(usize, usize)| !taken.iter().any(|&(s, e)| w[u.0].start < e && s < w[u.1].end);
        let opens = |u: &(usize, usize)| {
            w[u.0].shape == Shape::Capitalized
                && (!words.is_initial(u.0)
                    || is_demonym(&w[u.0].folded)
                    || is_known_place(&w[u.0].folded))
        };
        self.find_windows(words, text, doc, sentence, |window| {
            window.len() >= 2
                && opens(&window[0])
                && window.iter().any(|u| w[u.0].shape == Shape::Lower)
                && window.iter().all(free)
        })
    }

    /// Longest windows of name tokens, left to right, that `accept` takes and that spell a known name.
    fn find_windows(
        &self,
        words: &SentenceWords,
        text: &str,
        doc: u32,
        sentence: u32,
        accept: impl Fn(&[(usize, usize)]) -> bool,
    ) -> Vec<(usize, Mention)> {
        // Name tokens: words joined by hyphens or slashes stay one token.
        let mut units: Vec<(usize, usize)> = Vec::new();
        for (i, word) in words.words.iter().enumerate() {
            let joined = matches!(word.gap, "-" | "/") && i > 0 && !words.words[i - 1].possessive;
            match units.last_mut() {
                Some(unit) if joined => unit.1 = i,
                _ => units.push((i, i)),
            }
        }
        let mut found = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let mut matched = 0;
            for length in (1..=LONGEST.min(units.len() - i)).rev() {
                let window = &units[i..i + length];
                let joined = window.windows(2).all(|pair| {
                    !words.words[pair[0].1].possessive
                        && matches!(words.words[pair[1].0].gap, " " | "\u{a0}")
                });
                if !joined || !accept(window) {
                    continue;
                }
                let tokens: Vec<String> = window
                    .iter()
                    .map(|&(a, b)| {
                        text[words.words[a].byte_start..words.words[b].byte_end].to_string()
                    })
                    .collect();
                let Some(users) = self.forms.get(&name_key(&tokens)) else { continue };
                let in_doc = |c: &usize| self.presence[*c].get(&doc).copied().unwrap_or(0);
                let overall = |c: &usize| self.presence[*c].values().sum::<usize>();
                let cluster = *users
                    .iter()
                    .max_by_key(|c| (in_doc(c), overall(c), std::cmp::Reverse(**c)))
                    .expect("a form has a user");
                let (first, last) = (&words.words[window[0].0], &words.words[window[length - 1].1]);
                found.push((cluster, Mention { doc, sentence, start: first.start, end: last.end }));
                matched = length;
                break;
            }
            i += matched.max(1);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::sentence_words;
    use crate::model::Sentence;
    use crate::text::utf16_len;

    fn tokens(name: &str) -> Vec<String> {
        name.split(' ').map(String::from).collect()
    }

    #[test]
    fn headlines_mention_known_names_longest_first() {
        let mira = [tokens("Mira Tolash"), tokens("Tolash")];
        let oslo = [tokens("Oslo")];
        let taldy = [tokens("Taldy-Kurgan")];
        let known = KnownNames::new(vec![
            mira.iter().map(|t| (t.as_slice(), 0)).collect::<Vec<_>>(),
            oslo.iter().map(|t| (t.as_slice(), 0)).collect(),
            taldy.iter().map(|t| (t.as_slice(), 1)).collect(),
        ]);
        type Case = (&'static str, &'static str, &'static [(usize, &'static str)]);
        let cases: &[Case] = &[
            (
                "full name and a place",
                "Mira Tolash Returns To Oslo",
                &[(0, "Mira Tolash"), (1, "Oslo")],
            ),
            (
                "short form and possessive",
                "Oslo's Welcome For Tolash",
                &[(1, "Oslo"), (0, "Tolash")],
            ),
            ("hyphenated name whole", "Snow In Taldy-Kurgan Again", &[(2, "Taldy-Kurgan")]),
            ("no part of a hyphenated name", "Snow In Taldy Again", &[]),
        ];
        for (name, text, expected) in cases {
            let sentence = Sentence::spanning(text);
            let words = sentence_words(text, &sentence);
            let got: Vec<(usize, String)> = known
                .find(&words, text, 0, 0)
                .into_iter()
                .map(|(cluster, m)| {
                    (
                        cluster,
                        String::from_utf16(
                            &text.encode_utf16().collect::<Vec<_>>()
                                [m.start as usize..m.end as usize],
                        )
                        .unwrap(),
                    )
                })
                .collect();
            let expected: Vec<(usize, String)> =
                expected.iter().map(|&(c, s)| (c, s.to_string())).collect();
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn body_text_mentions_known_names_in_another_case() {
        let consulate = [tokens("Norwegian Consulate")];
        let service = [tokens("Steppe Service")];
        let known = KnownNames::new(vec![
            consulate.iter().map(|t| (t.as_slice(), 0)).collect::<Vec<_>>(),
            service.iter().map(|t| (t.as_slice(), 0)).collect(),
        ]);
        type Case =
            (&'static str, &'static str, &'static [&'static str], &'static [(usize, &'static str)]);
        let cases: &[Case] = &[
            (
                "lower-case head word",
                "They met outside the Norwegian consulate on Monday.",
                &[],
                &[(0, "Norwegian consulate")],
            ),
            (
                "the name as known is no variant",
                "They met outside the Norwegian Consulate.",
                &[],
                &[],
            ),
            ("a sentence's first word proves no name", "Steppe service was cut.", &[], &[]),
            (
                "a nationality opening the sentence still counts",
                "Norwegian consulate staff left.",
                &[],
                &[(0, "Norwegian consulate")],
            ),
            ("words already taken", "Its Steppe service grew.", &["Steppe"], &[]),
            ("another name", "Its Steppe service grew.", &[], &[(1, "Steppe service")]),
        ];
        for (name, text, taken, expected) in cases {
            let sentence = Sentence::spanning(text);
            let words = sentence_words(text, &sentence);
            let spans: Vec<(u32, u32)> = taken
                .iter()
                .map(|t| {
                    let at = text.find(t).unwrap();
                    (utf16_len(&text[..at]) as u32, utf16_len(&text[..at + t.len()]) as u32)
                })
                .collect();
            let utf16: Vec<u16> = text.encode_utf16().collect();
            let got: Vec<(usize, String)> = known
                .find_case_variants(&words, text, 0, 0, &spans)
                .into_iter()
                .map(|(cluster, m)| {
                    (cluster, String::from_utf16(&utf16[m.start as usize..m.end as usize]).unwrap())
                })
                .collect();
            let expected: Vec<(usize, String)> =
                expected.iter().map(|&(c, s)| (c, s.to_string())).collect();
            assert_eq!(got, expected, "{name}");
        }
    }
}
