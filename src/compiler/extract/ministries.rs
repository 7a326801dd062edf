//! Gives every ministry a resolution key, its portfolio and country, so that spellings of one ministry join and two countries' stay apart.
//!
//! Takes organization candidates with their sentences and gives every ministry a resolution key —
//! its portfolio and country — so that `Kazakh foreign ministry`, `Ministry of Foreign Affairs of
//! Kazakhstan` and `Kazakhstan’s Foreign Ministry` join while two countries' ministries stay apart;
//! also reads lower-case ministry names a nationality qualifies (`the Norwegian foreign ministry`).
//!
//! The country of a bare `Foreign Ministry` comes from its sentence (the first country it names
//! before the ministry: `Norway made a statement from the Foreign Ministry`), else from the
//! document's other mentions of that portfolio if they name one country; else the ministry joins
//! only the bare mentions of its own document.

use std::collections::{BTreeMap, BTreeSet};

use super::candidates::{Candidate, Reader};
use super::cues::Votes;
use super::words::{SentenceWords, Shape};
use crate::compiler::lexicon::country_of;
use crate::compiler::lexicon::{
    is_title_descriptor, official_country, world_alias, world_name_of_country,
};
use crate::model::EntityKind;
use crate::text::fold;

/// First token of every ministry key: no name token can equal it.
const MARK: &str = "#ministry";

/// The country a folded word or name stands for: a country, its nationality adjective, `U.S.`.
fn country(folded: &str) -> Option<&'static str> {
    world_name_of_country(folded)
        .or_else(|| country_of(folded))
        .or_else(|| world_alias(folded).filter(|a| a.1 == EntityKind::Place).map(|a| a.0))
        .or_else(|| official_country(folded))
}

/// The portfolio and the country a ministry's tokens name (`Ministry of Foreign Affairs of
/// Norway` → `foreign`, `norway`), if the tokens are a ministry's name.
pub fn parse(tokens: &[String]) -> Option<(String, Option<&'static str>)> {
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let at = folded.iter().position(|t| t == "ministry")?;
    let mut nation = None;
    let mut words: Vec<&str> = Vec::new();
    for token in &folded[..at] {
        match country(token) {
            Some(c) => nation = Some(c),
            None => words.push(token),
        }
    }
    if folded.get(at + 1).is_some_and(|t| t == "of") {
        let rest = &folded[at + 2..];
        let end = rest.iter().position(|t| t == "of").unwrap_or(rest.len());
        words.extend(rest[..end].iter().map(String::as_str));
        if end < rest.len() {
            nation = nation.or_else(|| country(&rest[end + 1..].join(" ")));
        }
    } else if at + 1 != folded.len() {
        return None;
    }
    let portfolio: Vec<&str> = words
        .into_iter()
        .filter(|w| !matches!(*w, "affairs" | "the" | "and"))
        .map(|w| match w {
            "internal" | "home" => "interior",
            "defence" => "defense",
            other => other,
        })
        .collect();
    (!portfolio.is_empty()).then(|| (portfolio.join(" "), nation))
}

fn key(portfolio: &str, place: &str) -> Vec<String> {
    vec![MARK.to_string(), portfolio.to_string(), place.to_string()]
}

/// Gives each ministry candidate its key; `words` gives the words of a sentence by its index.
pub fn assign_keys<'w>(candidates: &mut [Candidate], words: impl Fn(u32) -> &'w SentenceWords<'w>) {
    let parsed: Vec<Option<(String, Option<&'static str>)>> = candidates
        .iter()
        .map(|c| if c.fixed == Some(EntityKind::Organization) { parse(&c.tokens) } else { None })
        .collect();
    // The candidates of each sentence and the ministries of each document, looked up instead of scanned.
    let mut in_sentence: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (c, candidate) in candidates.iter().enumerate() {
        in_sentence.entry(candidate.sentence).or_default().push(c);
    }
    let mut ministries_in_doc: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    let mut nations: Vec<Option<&'static str>> = vec![None; candidates.len()];
    for (c, found) in parsed.iter().enumerate() {
        let Some((_, own)) = found else { continue };
        ministries_in_doc.entry(candidates[c].doc).or_default().push(c);
        let same_sentence = &in_sentence[&candidates[c].sentence];
        nations[c] =
            own.or_else(|| owner(&candidates[c], words(candidates[c].sentence))).or_else(|| {
                sentence_country(candidates, same_sentence, c, words(candidates[c].sentence))
            });
    }
    for (c, found) in parsed.iter().enumerate() {
        let Some((portfolio, _)) = found else { continue };
        let nation = nations[c].or_else(|| {
            let named: BTreeSet<&str> = ministries_in_doc[&candidates[c].doc]
                .iter()
                .copied()
                .filter(|&o| parsed[o].as_ref().is_some_and(|p| p.0 == *portfolio))
                .filter_map(|o| nations[o])
                .collect();
            (named.len() == 1).then(|| *named.iter().next().unwrap())
        });
        candidates[c].key = Some(match nation {
            Some(n) => key(portfolio, n),
            None => key(portfolio, &format!("document {}", candidates[c].doc)),
        });
    }
}

/// `Norway’s Foreign Ministry`: the country named as a possessive right before the candidate.
fn owner(candidate: &Candidate, words: &SentenceWords) -> Option<&'static str> {
    let at = words.words.iter().position(|w| w.start == candidate.start)?;
    let before = at.checked_sub(1).map(|i| &words.words[i])?;
    (before.possessive && words.words[at].gap == " ").then(|| country(&before.folded)).flatten()
}

/// The first country the sentence names before the candidate, outside other names.
/// `same_sentence` holds the indexes of the candidates in the candidate's sentence.
fn sentence_country(
    candidates: &[Candidate],
    same_sentence: &[usize],
    c: usize,
    words: &SentenceWords,
) -> Option<&'static str> {
    let here = &candidates[c];
    let others: Vec<&Candidate> =
        same_sentence.iter().map(|&o| &candidates[o]).filter(|o| o.end <= here.start).collect();
    words.words.iter().take_while(|w| w.end <= here.start).find_map(|w| {
        let inside = others.iter().find(|o| o.start <= w.start && w.end <= o.end);
        match inside {
            // A place name that is a country, but not a country inside an organization's name.
            Some(o)
                if o.fixed == Some(EntityKind::Place)
                    || o.fixed.is_none() && o.tokens.len() == 1 =>
            {
                country(&fold(&o.surface))
            }
            Some(_) => None,
            None if w.shape == Shape::Capitalized => country_of(&w.folded),
            None => None,
        }
    })
}

impl Reader<'_> {
    /// `the Norwegian foreign ministry`: a lower-case ministry a nationality adjective qualifies.
    pub fn lower_case_ministries(&self, out: &mut Vec<Candidate>) {
        let w = &self.words.words;
        for i in (1..w.len()).filter(|&i| w[i].folded == "ministry" && w[i].shape == Shape::Lower) {
            let mut first = i;
            while first > 0
                && w[first - 1].shape == Shape::Lower
                && is_title_descriptor(&w[first - 1].folded)
                && w[first].gap == " "
            {
                first -= 1;
            }
            let Some(nation) = first.checked_sub(1) else { continue };
            let qualifies = w[nation].shape == Shape::Capitalized
                && !w[nation].possessive
                && w[first].gap == " "
                && country_of(&w[nation].folded).is_some();
            if first == i || !qualifies {
                continue;
            }
            let (start, end) = (w[nation].start, w[i].end);
            // Sentences are read in order, so this sentence's candidates are the end of `out`.
            if out
                .iter()
                .rev()
                .take_while(|c| c.doc == self.doc && c.sentence == self.sentence)
                .any(|c| c.start < end && start < c.end)
            {
                continue;
            }
            out.push(Candidate {
                doc: self.doc,
                sentence: self.sentence,
                start,
                end,
                surface: self.text[w[nation].byte_start..w[i].byte_end].to_string(),
                tokens: w[nation..=i].iter().map(|x| x.text.to_string()).collect(),
                votes: Votes::default(),
                fixed: Some(EntityKind::Organization),
                world: None,
                weak: false,
                acronym: false,
                name_like: false,
                key: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::candidates::tests::candidates;

    #[test]
    fn ministry_names_parse_into_portfolio_and_country() {
        type Case = (&'static str, &'static str, Option<(&'static str, Option<&'static str>)>);
        let cases: &[Case] = &[
            (
                "official name with the country",
                "Ministry of Foreign Affairs of Norway",
                Some(("foreign", Some("norway"))),
            ),
            (
                "nationality before the name",
                "Norwegian Foreign Ministry",
                Some(("foreign", Some("norway"))),
            ),
            ("lower case", "Norwegian foreign ministry", Some(("foreign", Some("norway")))),
            ("bare", "Foreign Ministry", Some(("foreign", None))),
            ("bare official name", "Ministry of Foreign Affairs", Some(("foreign", None))),
            ("another portfolio, British spelling", "Ministry of Defence", Some(("defense", None))),
            (
                "internal affairs is the interior",
                "Ministry of Internal Affairs of Norway",
                Some(("interior", Some("norway"))),
            ),
            ("no portfolio", "Ministry", None),
            ("no ministry", "Norwegian Foreign Service", None),
        ];
        for (name, text, expected) in cases {
            let tokens: Vec<String> = text.split(' ').map(String::from).collect();
            let got = parse(&tokens);
            assert_eq!(got.as_ref().map(|(p, c)| (p.as_str(), *c)), *expected, "{name}");
        }
    }

    #[test]
    fn keys_follow_the_qualifier_the_sentence_and_the_document() {
        type Case = (&'static str, &'static [&'static str], &'static [&'static str]);
        let cases: &[Case] = &[
            (
                "possessive country",
                &["A note reached Norway’s Foreign Ministry."],
                &["foreign norway"],
            ),
            (
                "two countries stay apart",
                &["The Swedish Foreign Ministry wrote to the Norwegian foreign ministry."],
                &["foreign sweden", "foreign norway"],
            ),
            (
                "the sentence's country",
                &["Norway made a statement from the Foreign Ministry."],
                &["foreign norway"],
            ),
            (
                "the document's country",
                &[
                    "She wrote to the Foreign Ministry.",
                    "A Norwegian foreign ministry readout came.",
                ],
                &["foreign norway", "foreign norway"],
            ),
            ("no country", &["She wrote to the Foreign Ministry."], &["foreign document 0"]),
        ];
        for (name, sentences, expected) in cases {
            let mut all = Vec::new();
            let mut words = Vec::new();
            for (s, text) in sentences.iter().enumerate() {
                let (mut found, _) = candidates(text);
                let sentence = crate::model::Sentence::spanning(text);
                words.push(crate::compiler::extract::words::sentence_words(text, &sentence));
                for c in &mut found {
                    c.sentence = s as u32;
                }
                let vocabulary = crate::compiler::extract::words::Vocabulary::default();
                let reader = Reader {
                    doc: 0,
                    sentence: s as u32,
                    text,
                    words: &words[s],
                    vocabulary: &vocabulary,
                };
                reader.lower_case_ministries(&mut found);
                all.extend(found);
            }
            assign_keys(&mut all, |s| &words[s as usize]);
            let got: Vec<String> =
                all.iter().filter_map(|c| c.key.as_ref()).map(|k| k[1..].join(" ")).collect();
            assert_eq!(got, expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
        }
    }
}
