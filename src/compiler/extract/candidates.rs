//! Reads the words of one sentence into candidate name mentions: runs of capitalised words, typed where they can be.
//!
//! Takes the words of one sentence and gives candidate name mentions: runs of capitalised words
//! (joined by spaces, hyphens, slashes and connectors like `of`), cut at sentence-initial common
//! words, typed by keyword or gazetteer where they can be, each with its context votes.
//!
//! Title phrases (`Deputy Foreign Minister X`) are cut in [`super::titles`]; acronyms and their
//! definitions (`Long Name (LN)`) are read in [`super::acronyms`].

use super::cues::Votes;
use super::org_phrases::is_org_phrase_connector;
use super::words::{SentenceWords, Shape, Vocabulary};
use crate::compiler::lexicon::{
    is_connector, is_credit_word, is_demonym, is_inner_possessive, is_known_place, is_month_or_day,
    is_name_particle, is_name_preposition, is_org_keyword, is_place_keyword, is_stopword, is_title,
    world_alias,
};
use crate::model::EntityKind;

/// One possible mention of a name.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub doc: u32,
    pub sentence: u32,
    /// UTF-16 span of the name in the document text.
    pub start: u32,
    pub end: u32,
    pub surface: String,
    /// The name's tokens: words joined by hyphens or slashes stay one token, connectors are tokens.
    pub tokens: Vec<String>,
    pub votes: Votes,
    /// The kind a keyword, the gazetteer or the acronym shape decides.
    pub fixed: Option<EntityKind>,
    /// The canonical world name of a known abbreviation (`U.S.` → `united states`).
    pub world: Option<&'static str>,
    /// Seen only where capitals prove nothing (a sentence's first word never seen capitalised elsewhere).
    pub weak: bool,
    pub acronym: bool,
    /// Two to four capitalised tokens that look like a personal name (no common word, keyword or adjective).
    pub name_like: bool,
    /// The resolution key context decides (a ministry's portfolio and country), instead of the name's.
    pub key: Option<Vec<String>>,
}

/// `Long Form (LF)`: the acronym's candidate and the long form's candidate if the long form is one.
#[derive(Clone, Debug, PartialEq)]
pub struct AcronymDefinition {
    pub acronym: usize,
    pub long: Option<usize>,
}

/// The sentence being read and where its candidates go.
pub struct Reader<'a> {
    pub doc: u32,
    pub sentence: u32,
    pub text: &'a str,
    pub words: &'a SentenceWords<'a>,
    pub vocabulary: &'a Vocabulary,
}

/// A name token: a word, or words joined by `-` or `/`.
#[derive(Clone, Debug)]
pub(super) struct Unit {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) folded: String,
    pub(super) shape: Shape,
    pub(super) possessive: bool,
}

fn is_joining_gap(gap: &str) -> bool {
    matches!(gap, "-" | "/" | "\u{2010}" | "\u{2011}")
}

pub(super) fn plain_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}")
}

impl<'a> Reader<'a> {
    /// Finds the candidates of the sentence, appending them (and acronym definitions) to the outputs.
    pub fn read(&self, out: &mut Vec<Candidate>, definitions: &mut Vec<AcronymDefinition>) {
        let base = out.len();
        let units = self.units();
        let mut i = 0;
        while i < units.len() {
            if !self.is_name_unit(&units, i) {
                i += 1;
                continue;
            }
            let mut items = vec![i];
            let mut j = i + 1;
            while j < units.len() {
                let previous = &units[*items.last().unwrap()];
                let joins = !previous.possessive || is_inner_possessive(&previous.folded);
                let gap = self.words.words[units[j].first].gap;
                let after_abbreviation = gap == ". "
                    && (previous.shape == Shape::Initial
                        || matches!(previous.folded.as_str(), "st" | "mt" | "ft"));
                // `Radio Free Europe / Radio Liberty`: a spaced slash between two organization names' words.
                let spaced_slash = gap == " / "
                    && items.iter().any(|&k| is_org_keyword(&units[k].folded))
                    && is_org_keyword(&units[j].folded);
                if joins
                    && (plain_space(gap) || after_abbreviation || spaced_slash)
                    && self.is_name_unit(&units, j)
                    || items.len() >= 2 && self.numbered(&units, *items.last().unwrap(), j)
                    || items.len() >= 3 && self.after_number(&units, *items.last().unwrap(), j)
                {
                    items.push(j);
                    j += 1;
                    continue;
                }
                // Up to two connectors between capitalised tokens: `of`, `of the`.
                let connectors = (j..units.len().min(j + 2))
                    .take_while(|&k| {
                        self.is_connector_unit(&units, k)
                            || self.is_org_phrase_unit(&units, k)
                                && self.org_phrase_open(&units, &items)
                    })
                    .count();
                let next = j + connectors;
                if joins
                    && connectors > 0
                    && next < units.len()
                    && plain_space(self.words.words[units[next].first].gap)
                    && self.is_name_unit(&units, next)
                {
                    items.extend(j..=next);
                    j = next + 1;
                    continue;
                }
                break;
            }
            let article_only = items.len() == 2 && units[i].folded == "the";
            let last = *items.last().unwrap();
            if !((items.len() == 1 || article_only) && self.diplomatic_mission(&units, last, out)) {
                self.run(&units, items, out);
            }
            i = j;
        }
        self.acronym_definitions(&units, base, out, definitions);
    }

    /// Words grouped into name tokens; a compound of known places or adjectives (`Sino-Soviet`) stays split.
    fn units(&self) -> Vec<Unit> {
        let words = &self.words.words;
        let limit = (0..words.len())
            .find(|&i| {
                is_credit_word(&words[i].folded)
                    && words[i].shape == Shape::Capitalized
                    && self.words.after(i).starts_with(':')
            })
            .unwrap_or(words.len());
        let mut units = Vec::new();
        let mut i = 0;
        while i < limit {
            let mut last = i;
            let name_shaped =
                |k: usize| matches!(words[k].shape, Shape::Capitalized | Shape::Acronym);
            // `Co-operation`: a word-formation prefix keeps its lower-case stem.
            let prefixed = |k: usize| {
                words[k].shape == Shape::Lower
                    && words[k - 1].shape == Shape::Capitalized
                    && matches!(
                        words[k - 1].folded.as_str(),
                        "co" | "non" | "anti" | "pre" | "post" | "self" | "ex" | "inter" | "trans"
                    )
            };
            while last + 1 < limit
                && name_shaped(last)
                && !words[last].possessive
                && is_joining_gap(words[last + 1].gap)
                && (name_shaped(last + 1) || prefixed(last + 1))
            {
                last += 1;
            }
            // `Nurbek Osmon uulu`, `Aizada Bekmurat kyzy`: a patronymic word printed in lower case ends the name.
            if last + 1 < limit
                && name_shaped(last)
                && !words[last].possessive
                && plain_space(words[last + 1].gap)
                && words[last + 1].shape == Shape::Lower
                && is_patronymic_word(&words[last + 1].folded)
            {
                last += 1;
            }
            let parts_known = (i..=last).all(|k| {
                is_known_place(&words[k].folded)
                    || is_demonym(&words[k].folded)
                    || world_alias(&words[k].folded).is_some()
            });
            let split = last > i && parts_known;
            for (first, end) in
                if split { (i..=last).map(|k| (k, k)).collect::<Vec<_>>() } else { vec![(i, last)] }
            {
                let text = &self.text[words[first].byte_start..words[end].byte_end];
                let shape = if (first..=end).all(|k| words[k].shape == Shape::Acronym) {
                    Shape::Acronym
                } else {
                    words[first].shape
                };
                units.push(Unit {
                    first,
                    last: end,
                    folded: crate::text::fold(text),
                    shape,
                    possessive: words[end].possessive,
                });
            }
            i = last + 1;
        }
        units
    }

    pub(super) fn is_name_unit(&self, units: &[Unit], i: usize) -> bool {
        let unit = &units[i];
        let words = &self.words.words;
        match unit.shape {
            Shape::Capitalized | Shape::Acronym => !is_month_or_day(&unit.folded),
            Shape::Upper => {
                unit.first == 0 && self.opens_dateline(unit) || self.is_byline_surname(units, i)
            }
            Shape::Initial => {
                unit.folded != "i"
                    && self.words.after(unit.last) == ". "
                    && words.get(unit.last + 1).is_some_and(|w| w.shape == Shape::Capitalized)
            }
            _ => false,
        }
    }

    fn is_connector_unit(&self, units: &[Unit], i: usize) -> bool {
        let unit = &units[i];
        unit.shape == Shape::Lower
            && unit.first == unit.last
            && is_connector(&unit.folded)
            && plain_space(self.words.words[unit.first].gap)
    }

    fn is_org_phrase_unit(&self, units: &[Unit], i: usize) -> bool {
        let unit = &units[i];
        unit.shape == Shape::Lower
            && unit.first == unit.last
            && is_org_phrase_connector(&unit.folded)
            && plain_space(self.words.words[unit.first].gap)
    }

    pub(super) fn is_connector_item(&self, units: &[Unit], i: usize) -> bool {
        units[i].shape == Shape::Lower
    }

    /// Cuts a run at capitalised function words and a sentence-initial common word, then at connectors it cannot hold.
    fn run(&self, units: &[Unit], items: Vec<usize>, out: &mut Vec<Candidate>) {
        let mut segments: Vec<Vec<usize>> = vec![Vec::new()];
        for (position, &i) in items.iter().enumerate() {
            let unit = &units[i];
            let initial = self.words.is_initial(unit.first);
            let after_connector =
                position > 0 && self.is_connector_item(units, items[position - 1]);
            let article_of_name =
                unit.folded == "the" && !initial && (position == 0 || after_connector);
            // `Kin Across Borders`: a long preposition capitalised between two words of one name.
            let inner_preposition = !initial
                && !self.words.is_title_case()
                && position > 0
                && position + 1 < items.len()
                && unit.shape == Shape::Capitalized
                && is_name_preposition(&unit.folded)
                && !self.is_connector_item(units, items[position + 1]);
            let number_sign = position > 0
                && items.get(position + 1).is_some_and(|&n| self.numbered(units, i, n));
            if matches!(unit.shape, Shape::Capitalized | Shape::Initial | Shape::Upper)
                && is_stopword(&unit.folded)
                && !article_of_name
                && !inner_preposition
                && !number_sign
            {
                segments.push(Vec::new());
            } else {
                segments.last_mut().unwrap().push(i);
            }
        }
        for mut segment in segments {
            while segment.first().is_some_and(|&i| self.is_connector_item(units, i)) {
                segment.remove(0);
            }
            while segment.last().is_some_and(|&i| self.is_connector_item(units, i)) {
                segment.pop();
            }
            let Some(&first) = segment.first() else { continue };
            let mut weak = false;
            if self.words.is_initial(units[first].first) {
                let folded = &units[first].folded;
                let known_start = self.known_place_prefix(units, &segment) > 0;
                if self.vocabulary.seen_lower(folded)
                    && !self.vocabulary.seen_capitalized_inside(folded)
                    && !known_start
                {
                    segment.remove(0);
                    while segment.first().is_some_and(|&i| self.is_connector_item(units, i)) {
                        segment.remove(0);
                    }
                } else if segment.len() == 1
                    && !self.vocabulary.seen_capitalized_inside(folded)
                    && !is_known_place(folded)
                    && units[first].shape == Shape::Capitalized
                {
                    weak = true;
                }
            }
            for piece in self.split_connectors(units, &segment) {
                self.segment(units, &piece, Votes::default(), weak, out);
            }
        }
    }

    /// Keeps a connector only where names hold one: after a keyword or title (`Ministry of …`,
    /// `Ambassador to …`), `and` inside such a phrase or before a keyword head, particles always.
    fn split_connectors(&self, units: &[Unit], segment: &[usize]) -> Vec<Vec<usize>> {
        let mut pieces = vec![Vec::new()];
        let mut phrase_open = false;
        let mut k = 0;
        while k < segment.len() {
            let i = segment[k];
            let unit = &units[i];
            if !self.is_connector_item(units, i) {
                pieces.last_mut().unwrap().push(i);
                k += 1;
                continue;
            }
            let piece = pieces.last().unwrap();
            let head_before = piece.iter().any(|&p| {
                let f = &units[p].folded;
                units[p].shape != Shape::Lower
                    && (is_org_keyword(f) || is_place_keyword(f) || is_title(f))
            });
            let title_before = piece
                .iter()
                .rev()
                .find(|&&p| units[p].shape != Shape::Lower)
                .is_some_and(|&p| is_title(&units[p].folded));
            let keyword_ahead = segment[k + 1..]
                .iter()
                .take_while(|&&p| !self.is_connector_item(units, p))
                .last()
                .is_some_and(|&p| is_org_keyword(&units[p].folded));
            // `Foreign Minister X of Kazakhstan`: a person's name before `of` and a country after it are two names.
            let keyword_before = piece
                .iter()
                .any(|&p| is_org_keyword(&units[p].folded) || is_place_keyword(&units[p].folded));
            // A person's name: two name words, or a title before one (`Voice of America` is one name).
            let names_a_person =
                piece.iter().filter(|&&p| units[p].shape == Shape::Capitalized).count() >= 2;
            let name_of_country = unit.folded == "of"
                && !keyword_before
                && names_a_person
                && piece.last().is_some_and(|&p| {
                    units[p].shape == Shape::Capitalized && !is_title(&units[p].folded)
                })
                && segment.get(k + 1).is_some_and(|&n| is_known_place(&units[n].folded));
            let allowed = match unit.folded.as_str() {
                _ if name_of_country => false,
                f if is_org_phrase_connector(f) => {
                    phrase_open && self.org_phrase_connector_holds(units, segment, k)
                }
                f if is_name_particle(f) => true,
                "to" => title_before || head_before,
                "and" => {
                    (phrase_open || keyword_ahead)
                        && segment.get(k + 1).is_some_and(|&n| units[n].folded != "the")
                }
                "the" => phrase_open,
                _ => head_before,
            };
            if allowed {
                phrase_open |= matches!(unit.folded.as_str(), "of" | "for" | "on");
                pieces.last_mut().unwrap().push(i);
            } else {
                phrase_open = false;
                pieces.push(Vec::new());
            }
            k += 1;
        }
        pieces.into_iter().filter(|p| !p.is_empty()).collect()
    }

    /// Number of leading units that spell a known place (`New Delhi`, `Central Asia`).
    pub(super) fn known_place_prefix(&self, units: &[Unit], segment: &[usize]) -> usize {
        (1..=segment.len().min(4))
            .rev()
            .find(|&n| {
                segment[..n].iter().all(|&i| units[i].shape != Shape::Lower)
                    && is_known_place(&self.joined(units, &segment[..n]))
            })
            .unwrap_or(0)
    }

    pub(super) fn joined(&self, units: &[Unit], items: &[usize]) -> String {
        items.iter().map(|&i| units[i].folded.as_str()).collect::<Vec<_>>().join(" ")
    }
}

/// Patronymic words Kyrgyz and Kazakh names print apart and in lower case (`Osmon uulu`, `Bekmurat kyzy`).
const PATRONYMIC_WORDS: &[&str] =
    &["uulu", "ulu", "uly", "uli", "kyzy", "qyzy", "kizi", "qizi", "ogly", "oglu"];

fn is_patronymic_word(folded: &str) -> bool {
    PATRONYMIC_WORDS.contains(&folded)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::compiler::extract::words::sentence_words;
    use crate::model::Sentence;

    /// The candidates and acronym definitions of one sentence, read with an empty vocabulary.
    pub(in crate::compiler) fn candidates(text: &str) -> (Vec<Candidate>, Vec<AcronymDefinition>) {
        let sentence = Sentence::spanning(text);
        let words = sentence_words(text, &sentence);
        let vocabulary = Vocabulary::default();
        let reader = Reader { doc: 0, sentence: 0, text, words: &words, vocabulary: &vocabulary };
        let (mut out, mut definitions) = (Vec::new(), Vec::new());
        reader.read(&mut out, &mut definitions);
        (out, definitions)
    }

    /// (name, sentence, expected surfaces with the kind fixed for them, if any)
    type Case = (&'static str, &'static str, &'static [(&'static str, Option<EntityKind>)]);
    const CASES: &[Case] = &[
        (
            "a patronymic word in lower case ends the name",
            "Nurbek Osmon uulu met Aizada Bekmurat kyzy's lawyer in Bishkek.",
            &[("Nurbek Osmon uulu", None), ("Aizada Bekmurat kyzy", None), ("Bishkek", Some(EntityKind::Place))],
        ),
        (
            "an organization named with a spaced slash is one name",
            "She told Radio Free Europe / Radio Liberty on Monday.",
            &[("Radio Free Europe / Radio Liberty", Some(EntityKind::Organization))],
        ),
        (
            "a person of a country is two names",
            "Foreign Minister Daniyar Sarsen of Kazakhstan wrote to the Ministry of Foreign Affairs of Kyrgyzstan.",
            &[("Daniyar Sarsen", None), ("Kazakhstan", Some(EntityKind::Place)), ("Ministry of Foreign Affairs of Kyrgyzstan", Some(EntityKind::Organization))],
        ),
        (
            "a country's official name is the country, and a name glued after it is apart",
            "A citizen of the Kyrgyz Republic Nurbek Osmonov wrote to the Republic of Kazakhstan.",
            &[("Kyrgyz Republic", Some(EntityKind::Place)), ("Nurbek Osmonov", None), ("Republic of Kazakhstan", Some(EntityKind::Place))],
        ),
        (
            "a republic of a people with no country is not split off",
            "He lived in the Uyghur Republic Hotel.",
            &[("Uyghur Republic Hotel", Some(EntityKind::Place))],
        ),
        (
            "a number sign and its number are part of a name",
            "She heads Ushtobe No. 3 Middle School and taught at Taldy School No. 61 in 2020.",
            &[("Ushtobe No. 3 Middle School", Some(EntityKind::Organization)), ("Taldy School No. 61", Some(EntityKind::Organization))],
        ),
        ("a bare No. is no name", "No. 3 on the list was Tolash.", &[("Tolash", None)]),
        (
            "a byline's surname in capitals",
            "Reported by Aidana TOLASH for Steppe Radio.",
            &[("Aidana TOLASH", None), ("Steppe Radio", Some(EntityKind::Organization))],
        ),
        (
            "a headline in capitals is no byline",
            "Families Protest OUTSIDE CONSULATE again.",
            &[("Families Protest", None)],
        ),
        (
            "two-word name and a country",
            "Mira Tolash fled to Norway.",
            &[("Mira Tolash", None), ("Norway", Some(EntityKind::Place))],
        ),
        (
            "sentence-initial function word dropped",
            "Despite this, Tolash stayed.",
            &[("Tolash", None)],
        ),
        (
            "title phrase with of-descriptors",
            "Norwegian Deputy Minister of Foreign Affairs Eirik Solvang came.",
            &[("Eirik Solvang", None)],
        ),
        (
            "org keyword with connectors",
            "She joined the Bureau for Steppe Ecology and Rule of Water in Oslo.",
            &[
                ("Bureau for Steppe Ecology and Rule of Water", Some(EntityKind::Organization)),
                ("Oslo", Some(EntityKind::Place)),
            ],
        ),
        (
            "and between countries splits",
            "Norway and Sweden agreed.",
            &[("Norway", Some(EntityKind::Place)), ("Sweden", Some(EntityKind::Place))],
        ),
        (
            "place keyword head",
            "It lies in Qorgas District today.",
            &[("Qorgas District", Some(EntityKind::Place))],
        ),
        (
            "adjective kept before an org keyword",
            "Outside the Norwegian Consulate they stood.",
            &[("Norwegian Consulate", Some(EntityKind::Organization))],
        ),
        ("adjectives alone are no name", "Sino-Soviet ties and Chinese-Norwegian trade grew.", &[]),
        (
            "hyphenated name stays whole",
            "In Taldy-Kurgan it is cold, said Ayan-Bek Oraz.",
            &[("Taldy-Kurgan", None), ("Ayan-Bek Oraz", None)],
        ),
        (
            "place pair compound splits",
            "The Norway-Sweden border is long.",
            &[("Norway", Some(EntityKind::Place)), ("Sweden", Some(EntityKind::Place))],
        ),
        (
            "possessive cut off",
            "Then Tolash's group met in Oslo’s center.",
            &[("Tolash", None), ("Oslo", Some(EntityKind::Place))],
        ),
        ("photo credit ignored", "Police patrol the streets. Photo: AFP", &[]),
        (
            "dateline capitals of a known city",
            "OSLO, Norway -- It snowed.",
            &[("OSLO", Some(EntityKind::Place)), ("Norway", Some(EntityKind::Place))],
        ),
        ("dateline without comma", "USHTOBE -- It snowed.", &[("USHTOBE", None)]),
        (
            "dateline capitals of an unknown town",
            "USHTOBE, Norway -- It snowed.",
            &[("USHTOBE", None), ("Norway", Some(EntityKind::Place))],
        ),
        (
            "capital The kept inside a sentence",
            "She told The Steppe Courier.",
            &[("The Steppe Courier", None)],
        ),
        ("month is no name", "In March Tolash left.", &[("Tolash", None)]),
        ("bare keyword is no name", "The Party secretary came.", &[]),
        (
            "people's inside a name",
            "The Supreme People's Assembly met.",
            &[("Supreme People's Assembly", Some(EntityKind::Organization))],
        ),
        (
            "initial inside a name",
            "Reported by Jane Q. Doe in Oslo.",
            &[("Jane Q. Doe", None), ("Oslo", Some(EntityKind::Place))],
        ),
        (
            "prefix with a lower-case stem",
            "She met the Council for Co-operation in Oslo.",
            &[
                ("Council for Co-operation", Some(EntityKind::Organization)),
                ("Oslo", Some(EntityKind::Place)),
            ],
        ),
        (
            "capitalised preposition inside a name",
            "She joined Kin Beyond Rivers in 2020.",
            &[("Kin Beyond Rivers", None)],
        ),
        (
            "capitalised preposition opening a sentence",
            "Across Norway it snowed.",
            &[("Norway", Some(EntityKind::Place))],
        ),
    ];

    #[test]
    fn candidates_are_found_as_specified() {
        for (name, text, expected) in CASES {
            let (found, _) = candidates(text);
            let got: Vec<(&str, Option<EntityKind>)> =
                found.iter().filter(|c| !c.weak).map(|c| (c.surface.as_str(), c.fixed)).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn a_lone_unknown_first_word_is_weak() {
        type WeakCase = (&'static str, &'static str, &'static [(&'static str, bool)]);
        let cases: &[WeakCase] = &[
            ("lone first word", "Tolash stayed home.", &[("Tolash", true)]),
            ("first word of a longer name", "Mira Tolash stayed home.", &[("Mira Tolash", false)]),
            ("known place", "Oslo stayed cold.", &[("Oslo", false)]),
            ("inside the sentence", "Then Tolash stayed home.", &[("Tolash", false)]),
        ];
        for (name, text, expected) in cases {
            let (found, _) = candidates(text);
            let got: Vec<(&str, bool)> =
                found.iter().map(|c| (c.surface.as_str(), c.weak)).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn spans_are_the_name_only() {
        let text = "“Former U.S. President Dale Hobart’s visit,” she said.";
        let (found, _) = candidates(text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for candidate in found {
            assert_eq!(
                String::from_utf16(&utf16[candidate.start as usize..candidate.end as usize])
                    .unwrap(),
                candidate.surface
            );
        }
    }
}
