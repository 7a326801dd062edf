//! Gives the pairs of candidates a naming phrase declares one entity (`X, … that locals call Y`, `X, also known as Y`).
//!
//! Takes a sentence's candidates and gives the pairs a naming phrase declares one entity: `Artux, a
//! city … that locals call Atush`, `Qorgau Birligi, also known as Qorgau`.

use super::candidates::{Candidate, Reader};
use crate::model::EntityKind;

/// Words after which a name is another name of what the sentence describes (`call X`, `known as X`).
const NAMING_VERBS: &[&str] =
    &["call", "calls", "called", "dub", "dubs", "dubbed", "nickname", "nicknamed"];
/// Adverbs between `known` and `as` (`known locally as X`).
const KNOWN_AS_ADVERBS: &[&str] = &["locally", "widely", "commonly", "popularly", "also", "better"];
/// Words opening the appositive that holds the naming phrase (`, a city that locals call X`).
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "also", "known", "or", "which", "locally"];
/// Longest distance, in words, from the appositive's comma to the naming phrase.
const REACH: usize = 14;

/// Adjectives between a pronoun and `name` (`his Chinese name is Y`, `her official name was Y`).
const NAME_ADJECTIVES: &[&str] =
    &["chinese", "official", "legal", "real", "birth", "full", "uyghur", "kazakh", "passport"];

/// Whether a candidate reads as a person's name where it stands (no fixed kind, a personal shape
/// or votes leaning to a person).
pub fn person_like(candidate: &Candidate) -> bool {
    candidate.fixed.is_none()
        && (candidate.name_like || candidate.votes.leader(1.0) == Some(EntityKind::Person))
}

impl Reader<'_> {
    /// `His Chinese name is Y`, `… gives her name as Y`: the candidate Y (among `base..` of `out`)
    /// that a possessive pronoun's name phrase introduces, when no person is named before it in the
    /// sentence. Whose name it is, the caller decides (an unambiguous antecedent, or none).
    pub fn named_for_pronoun(&self, base: usize, out: &[Candidate]) -> Option<usize> {
        let w = &self.words.words;
        (base..out.len()).find(|&b| {
            let Some(i) = w.iter().position(|x| x.start == out[b].start) else { return false };
            if i < 3 || !matches!(w[i - 1].folded.as_str(), "is" | "was" | "as") {
                return false;
            }
            let pronoun = |k: usize| matches!(w[k].folded.as_str(), "his" | "her");
            let phrase = w[i - 2].folded == "name"
                && (pronoun(i - 3)
                    || i >= 4
                        && NAME_ADJECTIVES.contains(&w[i - 3].folded.as_str())
                        && pronoun(i - 4));
            phrase && !(base..b).any(|a| person_like(&out[a]))
        })
    }

    /// Pairs (earlier name, other name) among candidates `base..` of `out`, this sentence's.
    pub fn name_aliases(&self, base: usize, out: &[Candidate]) -> Vec<(usize, usize)> {
        let w = &self.words.words;
        let mut pairs = Vec::new();
        for b in base..out.len() {
            let Some(i) = w.iter().position(|x| x.start == out[b].start) else { continue };
            if i < 2 || !matches!(w[i].gap.trim_end_matches(['“', '"']), " " | "\u{a0}") {
                continue;
            }
            let verb = w[i - 1].folded.as_str();
            let known = |k: usize| matches!(w[k].folded.as_str(), "known" | "referred");
            // `known as X`, and with an adverb between: `known locally as X`, `known widely as X`.
            let known_as = known(i - 2)
                || i >= 3 && KNOWN_AS_ADVERBS.contains(&w[i - 2].folded.as_str()) && known(i - 3);
            let named = NAMING_VERBS.contains(&verb) || verb == "as" && known_as;
            if !named {
                continue;
            }
            // The appositive holding the phrase, and the name it follows: `Artux, a city … call`.
            let opening = (i.saturating_sub(REACH).max(1)..i)
                .rev()
                .find(|&k| matches!(w[k].gap, ", " | " ("));
            let Some(k) = opening.filter(|&k| APPOSITIVE_OPENERS.contains(&w[k].folded.as_str()))
            else {
                continue;
            };
            if let Some(a) = (base..b).find(|&a| out[a].end == w[k - 1].end) {
                pairs.push((a, b));
            }
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use crate::compiler::extract::candidates::tests::candidates;
    use crate::compiler::extract::candidates::Reader;
    use crate::compiler::extract::words::{sentence_words, Vocabulary};
    use crate::model::Sentence;

    /// Runs `read` with a reader over `text` as one sentence, with an empty vocabulary.
    fn with_reader<T>(text: &str, read: impl FnOnce(&Reader) -> T) -> T {
        let sentence = Sentence::spanning(text);
        let words = sentence_words(text, &sentence);
        let vocabulary = Vocabulary::default();
        read(&Reader { doc: 0, sentence: 0, text, words: &words, vocabulary: &vocabulary })
    }

    #[test]
    fn a_pronouns_name_phrase_introduces_a_name() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "his Chinese name is Y",
                "His Chinese name is Aili Tuoheti, the court said.",
                Some("Aili Tuoheti"),
            ),
            (
                "gives her name as Y",
                "The card gives her name as Aili Tuoheti.",
                Some("Aili Tuoheti"),
            ),
            (
                "a named person before it owns the phrase",
                "Mira Tolash said his name is Aili Tuoheti.",
                None,
            ),
            ("no name phrase", "His friend is Aili Tuoheti.", None),
        ];
        for (name, text, expected) in cases {
            let (found, _) = candidates(text);
            let got = with_reader(text, |reader| {
                reader.named_for_pronoun(0, &found).map(|b| found[b].surface.as_str().to_string())
            });
            let got = got.as_deref();
            assert_eq!(got, *expected, "{name}");
        }
    }

    #[test]
    fn naming_phrases_pair_names() {
        type Case = (&'static str, &'static str, &'static [(&'static str, &'static str)]);
        let cases: &[Case] = &[
            (
                "call in a relative clause of an appositive",
                "She was born in Ushtobe, a town in the Qorgas District that locals call Ushtybe.",
                &[("Ushtobe", "Ushtybe")],
            ),
            (
                "also known as",
                "He joined Qorgau Birligi, also known as Qorgau, in 2019.",
                &[("Qorgau Birligi", "Qorgau")],
            ),
            (
                "known locally as, the local name of a service",
                "He spoke to Steppe Radio's Kazakh Service, known locally as Dalaly, on Monday.",
                &[("Kazakh Service", "Dalaly")],
            ),
            (
                "known as with an adverb that is no manner of naming",
                "He was known mostly as a poet, said Tolash.",
                &[],
            ),
            ("a verb phrase is no appositive", "In Oslo, protesters called Tolash a hero.", &[]),
        ];
        for (name, text, expected) in cases {
            let (found, _) = candidates(text);
            let pairs = with_reader(text, |reader| reader.name_aliases(0, &found));
            let got: Vec<(&str, &str)> = pairs
                .into_iter()
                .map(|(a, b)| (found[a].surface.as_str(), found[b].surface.as_str()))
                .collect();
            assert_eq!(&got, expected, "{name}");
        }
    }
}
