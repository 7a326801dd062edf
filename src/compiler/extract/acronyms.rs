//! Reads acronyms into organization candidates and the `Long Name (LN)` definitions that join an acronym to its long form.
//!
//! Takes acronym-shaped words of a sentence and gives organization candidates (not `DNA` nor known
//! places like `U.S.`), and the definitions `Long Name (LN)` that join an acronym to its long form,
//! or mark it as no name when its long form is none; and `Long Name, or LN,` given in passing.

use super::candidates::{AcronymDefinition, Candidate, Reader, Unit};
use super::cues::Votes;
use super::words::Shape;
use crate::compiler::lexicon::spells_acronym;
use crate::compiler::lexicon::{is_plain_acronym, world_alias};
use crate::model::EntityKind;

fn spans_words(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "-" | "/" | " / " | "\u{2010}" | "\u{2011}")
}

impl Reader<'_> {
    pub(super) fn acronym(&self, units: &[Unit], i: usize, extra: Votes, out: &mut Vec<Candidate>) {
        let unit = &units[i];
        if let Some((name, kind)) = world_alias(&unit.folded) {
            return self.emit(units, &[i], Some(kind), Some(name), extra, false, out);
        }
        if is_plain_acronym(&unit.folded) || unit.folded.len() < 2 {
            return;
        }
        let start = out.len();
        self.emit(units, &[i], Some(EntityKind::Organization), None, extra, false, out);
        if let Some(candidate) = out.get_mut(start) {
            candidate.acronym = true;
        }
    }

    /// `Long Form (LF)`: links the acronym candidate to the long form's candidate (or to none, when
    /// the long form is no name, so the acronym is no name either).
    pub(super) fn acronym_definitions(
        &self,
        units: &[Unit],
        base: usize,
        out: &[Candidate],
        definitions: &mut Vec<AcronymDefinition>,
    ) {
        let words = &self.words.words;
        for unit in units.iter().filter(|u| u.shape == Shape::Acronym) {
            if let Some(definition) = self.or_definition(unit, base, out) {
                definitions.push(definition);
                continue;
            }
            if !words[unit.first].gap.ends_with(" (")
                || !self.words.after(unit.last).starts_with(')')
            {
                continue;
            }
            let span = (words[unit.first].start, words[unit.last].end);
            let Some(acronym) = (base..out.len()).find(|&c| (out[c].start, out[c].end) == span)
            else {
                continue;
            };
            let acronym_text = &self.text[words[unit.first].byte_start..words[unit.last].byte_end];
            let before = unit.first;
            let long_start = (before.saturating_sub(10)..before)
                .rev()
                .take_while(|&k| k + 1 == before || spans_words(words[k + 1].gap))
                .find(|&k| {
                    let texts: Vec<&str> = words[k..before].iter().map(|w| w.text).collect();
                    words[k].shape != Shape::Lower && spells_acronym(acronym_text, &texts)
                });
            let Some(long_start) = long_start else { continue };
            // The long form as one candidate, or a keyword-typed candidate opening it (`Organization
            // for Security and Co` of `Co-operation`); an untyped opening means the long form is no name.
            let long_span = (words[long_start].start, words[before - 1].end);
            let long = (base..out.len())
                .find(|&c| (out[c].start, out[c].end) == long_span)
                .or_else(|| {
                    (base..out.len()).find(|&c| {
                        out[c].start == long_span.0
                            && out[c].end <= long_span.1
                            && out[c].fixed.is_some()
                            && c != acronym
                    })
                })
                .or_else(|| self.prefixed_long_form(long_span, acronym, base, out));
            definitions.push(AcronymDefinition { acronym, long });
        }
    }

    /// `the UN Study Group on Removals (SGR)`: the acronym spells the long form without a word before
    /// it (`UN`); a typed candidate that ends with the long form and opens before it is the long form.
    fn prefixed_long_form(
        &self,
        long_span: (u32, u32),
        acronym: usize,
        base: usize,
        out: &[Candidate],
    ) -> Option<usize> {
        (base..out.len()).find(|&c| {
            c != acronym
                && out[c].start < long_span.0
                && out[c].end == long_span.1
                && out[c].fixed == Some(EntityKind::Organization)
        })
    }

    /// `the National Security Committee, or KNB,`: an acronym given in passing after `, or`, whatever
    /// language it abbreviates (KNB spells the Russian name), joined to the name right before it.
    fn or_definition(
        &self,
        unit: &Unit,
        base: usize,
        out: &[Candidate],
    ) -> Option<AcronymDefinition> {
        let words = &self.words.words;
        let or = unit.first.checked_sub(1)?;
        let closed =
            matches!(self.words.after(unit.last).chars().next(), Some(',' | ')' | '.' | ';'));
        if words[or].folded != "or"
            || words[or].gap != ", "
            || words[unit.first].gap != " "
            || !closed
        {
            return None;
        }
        let span = (words[unit.first].start, words[unit.last].end);
        let acronym = (base..out.len()).find(|&c| (out[c].start, out[c].end) == span)?;
        let long_end = words[or.checked_sub(1)?].end;
        let long = (base..out.len())
            .filter(|&c| c != acronym && out[c].end == long_end && !out[c].weak)
            .min_by_key(|&c| out[c].start)?;
        Some(AcronymDefinition { acronym, long: Some(long) })
    }
}

#[cfg(test)]
mod tests {
    use crate::compiler::extract::candidates::tests::candidates;
    use crate::model::EntityKind;

    #[test]
    fn acronyms_are_organizations_unless_known_or_plain() {
        type Case = (&'static str, &'static str, &'static [(&'static str, Option<EntityKind>)]);
        let cases: &[Case] = &[
            (
                "an unknown acronym",
                "She told VNRL on Monday.",
                &[("VNRL", Some(EntityKind::Organization))],
            ),
            ("a known country", "The U.K. agreed.", &[("U.K.", Some(EntityKind::Place))]),
            ("a known organization", "The UN agreed.", &[("UN", Some(EntityKind::Organization))]),
            (
                "plain acronyms, currency and numbered names are none",
                "GDP grew by US$4 billion during COVID-19.",
                &[],
            ),
        ];
        for (name, text, expected) in cases {
            let (found, _) = candidates(text);
            let got: Vec<(&str, Option<EntityKind>)> =
                found.iter().map(|c| (c.surface.as_str(), c.fixed)).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn acronym_definitions_link_long_forms() {
        let (found, definitions) = candidates(
            "The Voice Network/Radio Lumen (VN/RL) and the Joint Plan of Action (JPOA) differ.",
        );
        let pairs: Vec<(&str, Option<&str>)> = definitions
            .iter()
            .map(|d| (found[d.acronym].surface.as_str(), d.long.map(|l| found[l].surface.as_str())))
            .collect();
        assert_eq!(pairs, vec![("VN/RL", Some("Voice Network/Radio Lumen")), ("JPOA", None)]);
    }

    /// (name, sentence, expected definitions as acronym → long form)
    #[test]
    fn an_acronym_joins_a_long_form_with_a_word_before_it() {
        let cases: &[(&str, &str, &[(&str, Option<&str>)])] = &[
            (
                "a body's name after a prefix it does not spell",
                "She wrote to the UN Study Group on Silent Removals (SGSR) in May.",
                &[("SGSR", Some("UN Study Group on Silent Removals"))],
            ),
            (
                "a person's name before the spelled words is no long form",
                "Then Mira Tolash Joint Plan (JP) began.",
                &[("JP", None)],
            ),
        ];
        for (name, sentence, expected) in cases {
            let (found, definitions) = candidates(sentence);
            let pairs: Vec<(&str, Option<&str>)> = definitions
                .iter()
                .map(|d| {
                    (found[d.acronym].surface.as_str(), d.long.map(|l| found[l].surface.as_str()))
                })
                .collect();
            assert_eq!(&pairs, expected, "{name}");
        }
    }

    /// (name, sentence, expected definitions as acronym → long form)
    #[test]
    fn acronyms_given_in_passing_after_or_join_the_name_before() {
        let cases: &[(&str, &str, &[(&str, Option<&str>)])] = &[
            (
                "a committee and its Russian acronym",
                "He was questioned by the National Security Committee, or KNB, on Monday.",
                &[("KNB", Some("National Security Committee"))],
            ),
            (
                "the acronym ends the sentence",
                "She heads the Steppe Legal Initiative, or SLI.",
                &[("SLI", Some("Steppe Legal Initiative"))],
            ),
            (
                "no comma before or is no definition",
                "It was the Committee or KNB that called.",
                &[],
            ),
        ];
        for (name, sentence, expected) in cases {
            let (found, definitions) = candidates(sentence);
            let pairs: Vec<(&str, Option<&str>)> = definitions
                .iter()
                .map(|d| {
                    (found[d.acronym].surface.as_str(), d.long.map(|l| found[l].surface.as_str()))
                })
                .collect();
            assert_eq!(&pairs, expected, "{name}");
        }
    }
}
