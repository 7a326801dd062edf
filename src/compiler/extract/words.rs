//! Splits a sentence into words with spans and case shape, and gives the corpus vocabulary that tells names from common words.
//!
//! Takes a sentence of a document and gives its words (spans without possessive `'s`, the text
//! before each, case shape, dotted acronyms like `U.S.` whole), plus the corpus vocabulary that
//! tells names from capitalised common words.

use std::collections::BTreeSet;

use crate::model::{Document, ParagraphKind, Sentence};
use crate::text::{fold, tokens, utf16_len};

/// The case shape of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `Oslo`, `McKinsey`.
    Capitalized,
    /// Two to six capitals, or dotted capitals: `RFE`, `UN`, `U.S.`.
    Acronym,
    /// A longer all-capital word: `FRANKFURT` in a dateline, `CLARIFICATION`.
    Upper,
    /// A single capital: `I`, an initial.
    Initial,
    Lower,
    /// Starts with a digit or another character.
    Other,
}

/// One word of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Word<'t> {
    /// The word without a possessive `'s`.
    pub text: &'t str,
    pub folded: String,
    /// UTF-16 span of `text` in the document text.
    pub start: u32,
    pub end: u32,
    /// Byte span of `text` in the document text.
    pub byte_start: usize,
    pub byte_end: usize,
    /// The text between the previous word (with its possessive) and this one.
    pub gap: &'t str,
    pub possessive: bool,
    pub shape: Shape,
}

/// The words of one sentence and the text after the last of them.
#[derive(Clone, Debug)]
pub struct SentenceWords<'t> {
    pub words: Vec<Word<'t>>,
    pub tail: &'t str,
}

impl<'t> SentenceWords<'t> {
    /// The text right after word `i` (the gap before the next word, or the sentence's tail).
    pub fn after(&self, i: usize) -> &'t str {
        self.words.get(i + 1).map_or(self.tail, |w| w.gap)
    }

    /// Whether word `i` opens the sentence, a quotation or a clause after a colon.
    pub fn is_initial(&self, i: usize) -> bool {
        let gap = self.words[i].gap;
        let opens_quote = gap.ends_with(['"', '“', '‘', '\'', '«']);
        i == 0 || opens_quote || gap.trim_end().ends_with(':')
    }

    /// A headline set in title case: every longer word capitalised (`Subscribe To Our New Newsletter`),
    /// and no final point.
    pub fn is_title_case(&self) -> bool {
        if self.tail.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('.') {
            return false;
        }
        let lower_content = self
            .words
            .iter()
            .filter(|w| w.shape == Shape::Lower && w.text.chars().count() > 3)
            .count();
        let capitalized = self
            .words
            .iter()
            .filter(|w| matches!(w.shape, Shape::Capitalized | Shape::Initial))
            .count();
        self.words.len() >= 4 && lower_content == 0 && capitalized >= 3
    }
}

fn shape_of(text: &str) -> Shape {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let Some(first) = text.chars().next() else { return Shape::Other };
    if !first.is_alphabetic() {
        Shape::Other
    } else if first.is_lowercase() {
        Shape::Lower
    } else if letters.len() == 1 {
        Shape::Initial
    } else if letters.iter().all(|c| c.is_uppercase()) {
        if letters.len() <= 6 || text.contains('.') {
            Shape::Acronym
        } else {
            Shape::Upper
        }
    } else {
        Shape::Capitalized
    }
}

/// Splits sentence `sentence` of `text` (its document's text) into words.
pub fn sentence_words<'t>(text: &'t str, sentence: &Sentence) -> SentenceWords<'t> {
    let base_byte = sentence.byte_start as usize;
    let base16 = sentence.start as usize;
    let piece = &text[base_byte..sentence.byte_end as usize];
    let raw: Vec<_> = tokens(piece).collect();
    let mut words = Vec::new();
    let mut previous_end = 0;
    let mut i = 0;
    while i < raw.len() {
        let token = raw[i];
        // Dotted acronym: `U.S.`, `U.K.`: single capitals joined by points.
        let mut last = i;
        while last + 1 < raw.len()
            && raw[last].text.chars().count() == 1
            && raw[last].text.chars().all(char::is_uppercase)
            && &piece[raw[last].byte_end..raw[last + 1].byte_start] == "."
            && raw[last + 1].text.chars().count() == 1
            && raw[last + 1].text.chars().all(char::is_uppercase)
        {
            last += 1;
        }
        let (mut end_byte, mut end16) = (raw[last].byte_end, raw[last].end);
        let mut possessive = false;
        let full_end = if last > i {
            if piece[end_byte..].starts_with('.') {
                end_byte += 1;
                end16 += 1;
            }
            end_byte
        } else {
            let t = token.text;
            if let Some(stem) = t
                .strip_suffix("'s")
                .or_else(|| t.strip_suffix("’s"))
                .or_else(|| t.strip_suffix("ʼs"))
            {
                if !stem.is_empty() {
                    possessive = true;
                    end_byte = token.byte_start + stem.len();
                    end16 = token.start + utf16_len(stem);
                }
            }
            token.byte_end
        };
        let word_text = &piece[token.byte_start..end_byte];
        words.push(Word {
            text: word_text,
            folded: fold(word_text),
            start: (base16 + token.start) as u32,
            end: (base16 + end16) as u32,
            byte_start: base_byte + token.byte_start,
            byte_end: base_byte + end_byte,
            gap: &piece[previous_end..token.byte_start],
            possessive,
            shape: shape_of(word_text),
        });
        previous_end = full_end;
        i = last + 1;
    }
    SentenceWords { words, tail: &piece[previous_end..] }
}

/// Whether a sentence is a headline: in a heading paragraph, or set in title case.
pub fn is_headline(document: &Document, sentence: &Sentence, words: &SentenceWords) -> bool {
    let kind = document.paragraphs.get(sentence.paragraph as usize).map(|p| p.kind);
    kind == Some(ParagraphKind::Heading) || words.is_title_case()
}

/// What the whole corpus says about words: which occur in lower case, which capitalised inside a sentence.
#[derive(Debug, Default)]
pub struct Vocabulary {
    lower: BTreeSet<String>,
    capitalized_inside: BTreeSet<String>,
}

impl Vocabulary {
    pub fn build(documents: &[Document], sentences: &[Sentence]) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        for sentence in sentences {
            let document = &documents[sentence.doc as usize];
            let words = sentence_words(&document.text, sentence);
            let headline = is_headline(document, sentence, &words);
            for (i, word) in words.words.iter().enumerate() {
                match word.shape {
                    Shape::Lower => {
                        vocabulary.lower.insert(word.folded.clone());
                    }
                    Shape::Capitalized | Shape::Acronym if !headline && !words.is_initial(i) => {
                        vocabulary.capitalized_inside.insert(word.folded.clone());
                    }
                    _ => {}
                }
            }
        }
        vocabulary
    }

    /// The folded word occurs in lower case somewhere: a common word.
    pub fn seen_lower(&self, folded: &str) -> bool {
        self.lower.contains(folded)
    }

    /// The folded word occurs capitalised inside a sentence somewhere: a name-like word.
    pub fn seen_capitalized_inside(&self, folded: &str) -> bool {
        self.capitalized_inside.contains(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(text: &str) -> SentenceWords<'_> {
        let sentence = Sentence::spanning(text);
        sentence_words(text, &sentence)
    }

    /// (name, sentence, expected words as (text, gap, possessive, shape))
    #[test]
    fn words_split_as_specified() {
        use Shape::*;
        type Case =
            (&'static str, &'static str, &'static [(&'static str, &'static str, bool, Shape)]);
        let cases: &[Case] = &[
            (
                "possessive stripped",
                "Tolash's group",
                &[("Tolash", "", true, Capitalized), ("group", " ", false, Lower)],
            ),
            (
                "curly possessive",
                "Berlin’s mayor",
                &[("Berlin", "", true, Capitalized), ("mayor", " ", false, Lower)],
            ),
            (
                "dotted acronym kept whole",
                "the U.S. side",
                &[
                    ("the", "", false, Lower),
                    ("U.S.", " ", false, Acronym),
                    ("side", " ", false, Lower),
                ],
            ),
            (
                "dotted acronym before a hyphen",
                "U.S.-based",
                &[("U.S.", "", false, Acronym), ("based", "-", false, Lower)],
            ),
            (
                "slash and hyphen gaps",
                "VN/RL in Taldy-Kurgan",
                &[
                    ("VN", "", false, Acronym),
                    ("RL", "/", false, Acronym),
                    ("in", " ", false, Lower),
                    ("Taldy", " ", false, Capitalized),
                    ("Kurgan", "-", false, Capitalized),
                ],
            ),
            (
                "dateline capitals",
                "OSLO, Norway",
                &[("OSLO", "", false, Acronym), ("Norway", ", ", false, Capitalized)],
            ),
            (
                "long capitals",
                "CLARIFICATION: none",
                &[("CLARIFICATION", "", false, Upper), ("none", ": ", false, Lower)],
            ),
            (
                "initial",
                "Jane Q. Doe",
                &[
                    ("Jane", "", false, Capitalized),
                    ("Q", " ", false, Initial),
                    ("Doe", ". ", false, Capitalized),
                ],
            ),
        ];
        for (name, text, expected) in cases {
            let got: Vec<(&str, &str, bool, Shape)> = words_of(text)
                .words
                .iter()
                .map(|w| (w.text, w.gap, w.possessive, w.shape))
                .collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn spans_point_at_the_word_without_possessive() {
        let text = "“Ærøskøbing’s 😀 Tolash’s”";
        for word in words_of(text).words {
            let utf16: Vec<u16> = text.encode_utf16().collect();
            assert_eq!(
                String::from_utf16(&utf16[word.start as usize..word.end as usize]).unwrap(),
                word.text
            );
            assert_eq!(&text[word.byte_start..word.byte_end], word.text);
        }
    }

    #[test]
    fn initial_positions_and_title_case() {
        let cases: &[(&str, &str, usize, bool)] = &[
            ("first word", "Somewhere it rained.", 0, true),
            ("after an opening quote", "He said: “Nobody came.”", 2, true),
            ("inside a sentence", "It rained in Oslo.", 3, false),
            ("after a closing quote", "“Fine,” Tolash said.", 1, false),
        ];
        for (name, text, index, expected) in cases {
            assert_eq!(words_of(text).is_initial(*index), *expected, "{name}");
        }
        assert!(
            words_of("Subscribe To Our New Weekly Newsletter").is_title_case(),
            "title case headline"
        );
        assert!(
            !words_of("Tolash went to Oslo with Mira Ek.").is_title_case(),
            "a sentence is no headline"
        );
        assert!(
            !words_of("Mira Tolash Is Managing Editor Of The Courier.").is_title_case(),
            "a sentence with a final point is no headline"
        );
    }
}
