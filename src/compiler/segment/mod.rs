//! Stage 2, segment: turns each cleaned story into a document of paragraphs and sentences.
//!
//! Paragraphs are joined by blank lines; sentences are split so that abbreviations, initials, quotes
//! and dashes survive.

use super::clean::Story;
use crate::model::{Document, Paragraph, Sentence};
use crate::text::{tokens, utf16_len};

/// Words that end with a point but do not end a sentence, compared without the point and case-folded.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep",
    "sen", "gov", "pres", "rev", "inc", "ltd", "co", "corp", "vs", "e.g", "i.e", "u.s", "u.k",
    "u.n", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx",
    "dept", "est", "fig", "vol", "mt",
];

/// Abbreviations that also end sentences when the next word is capitalised.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &["a.m", "p.m", "etc"];

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '»'];

/// Segments every story in order: document `i` is story `i`, sentences numbered across the corpus.
pub(super) fn segment_stories(stories: &[Story]) -> (Vec<Document>, Vec<Sentence>) {
    let (mut documents, mut sentences) = (Vec::new(), Vec::new());
    for story in stories {
        let (document, found) = segment(story, documents.len() as u32, sentences.len() as u32);
        documents.push(document);
        sentences.extend(found);
    }
    (documents, sentences)
}

/// Byte ranges of the sentences of one paragraph.
pub fn sentence_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the run of terminal marks and closing quotes.
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?' | '…') || CLOSERS.contains(&chars[j].1))
            {
                j += 1;
            }
            let j = after_footnote_marks(&chars, j);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let has_space = k > j;
            let next = chars.get(k).map(|&(_, n)| n);
            let opens_sentence = next.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '[')
            });
            if has_space
                && opens_sentence
                && !(c == '.' && j == i + 1 && is_abbreviation(&text[start..at], next))
            {
                let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
                push_trimmed(&mut ranges, text, start, end);
                start = chars[k].0;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut ranges, text, start, text.len());
    ranges
}

/// Superscript digits that number a footnote (`deal.¹`).
const SUPERSCRIPT_DIGITS: &[char] = &['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The index past the footnote marks that follow a sentence's end (`deal.*`, `deal.†`, `deal.[12]`,
/// `deal.¹²`), or `j` when there are none: the marks stay with the sentence they annotate.
fn after_footnote_marks(chars: &[(usize, char)], mut j: usize) -> usize {
    loop {
        match chars.get(j).map(|&(_, c)| c) {
            Some('*' | '†' | '‡') => j += 1,
            Some(c) if SUPERSCRIPT_DIGITS.contains(&c) => j += 1,
            Some('[') => {
                let digits = chars[j + 1..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
                if digits == 0 || digits > 3 || chars.get(j + 1 + digits).map(|p| p.1) != Some(']')
                {
                    return j;
                }
                j += digits + 2;
            }
            _ => return j,
        }
    }
}

fn push_trimmed(ranges: &mut Vec<(usize, usize)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        ranges.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Whether the word before a point is an abbreviation or an initial, so the point ends no sentence.
fn is_abbreviation(before: &str, next: Option<char>) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '-' | '—' | '/'))
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    if SENTENCE_FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
        return !next.is_some_and(char::is_uppercase);
    }
    // A single capital initial (`J. Smith`) or a dotted acronym (`U.S.`, `D.C.`).
    let letters: Vec<char> = word.chars().collect();
    (letters.len() == 1 && letters[0].is_uppercase())
        || (word.contains('.') && word.split('.').all(|part| part.chars().count() == 1))
}

/// Builds the document of a story; its sentences are numbered from `first_sentence` on.
pub fn segment(story: &Story, doc_index: u32, first_sentence: u32) -> (Document, Vec<Sentence>) {
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut utf16 = 0usize;
    for line in &story.lines {
        if !text.is_empty() {
            text.push_str("\n\n");
            utf16 += 2;
        }
        let byte_base = text.len();
        let utf16_base = utf16;
        text.push_str(&line.text);
        utf16 += utf16_len(&line.text);
        let paragraph = paragraphs.len() as u32;
        paragraphs.push(Paragraph {
            start: utf16_base as u32,
            end: utf16 as u32,
            kind: line.kind,
            line: line.line as u32,
        });
        for (start, end) in sentence_ranges(&line.text) {
            let piece = &line.text[start..end];
            let start16 = utf16_base + utf16_len(&line.text[..start]);
            sentences.push(Sentence {
                doc: doc_index,
                paragraph,
                start: start16 as u32,
                end: (start16 + utf16_len(piece)) as u32,
                byte_start: (byte_base + start) as u32,
                byte_end: (byte_base + end) as u32,
                token_count: tokens(piece).count().min(u16::MAX as usize) as u16,
            });
        }
    }
    let spec = &story.spec;
    let document = Document {
        id: spec.id.clone(),
        title: spec.title.clone(),
        outlet: spec.outlet.clone(),
        published: spec.published.clone(),
        authors: spec.authors.clone(),
        source: format!("{}:{}-{}", story.file, story.first_line, story.last_line),
        text,
        paragraphs,
        first_sentence,
        sentence_count: sentences.len() as u32,
    };
    (document, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "two plain sentences",
            "It was cold. She came anyway.",
            &["It was cold.", "She came anyway."],
        ),
        (
            "U.S. inside a sentence",
            "The U.S. State Department accused China. It denied it.",
            &["The U.S. State Department accused China.", "It denied it."],
        ),
        (
            "a.m. ends a sentence before a capital",
            "I can't sleep until 5 a.m. Then I go.",
            &["I can't sleep until 5 a.m.", "Then I go."],
        ),
        (
            "a.m. inside a sentence",
            "At 6 a.m. on Monday she left.",
            &["At 6 a.m. on Monday she left."],
        ),
        (
            "title abbreviation",
            "Mr. Umarov says so. Dr. Li agrees.",
            &["Mr. Umarov says so.", "Dr. Li agrees."],
        ),
        (
            "initial",
            "Reported by Jane Q. Public in Almaty.",
            &["Reported by Jane Q. Public in Almaty."],
        ),
        (
            "RFE/RL at a sentence end",
            "She told RFE/RL. Police left.",
            &["She told RFE/RL.", "Police left."],
        ),
        (
            "closing quote after the point",
            "“I will keep going.” Akytkhan said it twice.",
            &["“I will keep going.”", "Akytkhan said it twice."],
        ),
        (
            "comma inside a quotation does not split",
            "\"It was not random,\" she told RFE/RL.",
            &["\"It was not random,\" she told RFE/RL."],
        ),
        (
            "question inside a quote",
            "\"What a coincidence, right?\" she asked. Nobody answered.",
            &["\"What a coincidence, right?\" she asked.", "Nobody answered."],
        ),
        (
            "em-dash and double hyphen stay inside",
            "Relatives -- many of them born in China — protest. They wait.",
            &["Relatives -- many of them born in China — protest.", "They wait."],
        ),
        (
            "decimal number",
            "Around 1.2 million live there. Others left.",
            &["Around 1.2 million live there.", "Others left."],
        ),
        (
            "a footnote star after the point",
            "They signed the deal.* Nobody objected.",
            &["They signed the deal.*", "Nobody objected."],
        ),
        (
            "a numbered footnote after the point and quote",
            "\"We wait,\" she wrote.[12] The letter came back.",
            &["\"We wait,\" she wrote.[12]", "The letter came back."],
        ),
        (
            "a superscript footnote",
            "It closed in May.² Staff left.",
            &["It closed in May.²", "Staff left."],
        ),
        (
            "a bracketed word is no footnote",
            "He left.[sic] Then he came back.",
            &["He left.[sic] Then he came back."],
        ),
        (
            "lower-case continuation",
            "It happened in Jan. last year.",
            &["It happened in Jan. last year."],
        ),
    ];

    #[test]
    fn sentences_split_as_specified() {
        for (name, text, expected) in CASES {
            let got: Vec<&str> =
                sentence_ranges(text).into_iter().map(|(s, e)| &text[s..e]).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }
}
