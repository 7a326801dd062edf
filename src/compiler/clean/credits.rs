//! Recognisers for credits and notes printed with pictures and bylines (`Photo: X`, `RFA photo`, `Reported by X for Y`).

use super::page_lines::ends_with_sentence_mark;

/// Labels that open a credit (`Photo: AFP`, `(Photo: Lighthouse Aid)`, `Credit: Elena Marchetti`).
const CREDIT_LABELS: &[&str] = &[
    "photo", "photos", "photo by", "photograph", "photographs", "photograph by", "photographs by",
    "picture", "image", "images", "illustration", "credit", "credits", "photo credit",
    "image credit", "video", "source", "words by", "file photo", "illustration by",
    "illustrations", "illustrations by", "photography by", "photo courtesy of", "courtesy of",
    "interviews and photos", "text and photos", "photos and text", "edit and translation",
    "translation", "translated by", "reporting by", "additional reporting by", "editing by",
    "writing by", "video by", "image source", "photo provided by", "photos provided by",
    "video provided by", "image provided by",
];

/// What follows the label of a credit line, if the line opens with one (`Photo: AFP` → `AFP`, `Credit:` → ``).
fn credit_label(line: &str) -> Option<&str> {
    let inner = line.trim().trim_start_matches(['(', '[']).trim_end_matches([')', ']']).trim();
    CREDIT_LABELS.iter().find_map(|label| {
        let head = inner.get(..label.len())?;
        let rest = &inner[label.len()..];
        if !head.eq_ignore_ascii_case(label) {
            return None;
        }
        if let Some(after) = rest.trim_start().strip_prefix(':') {
            return Some(after.trim());
        }
        // `Image source, Getty Images`: the one label a comma closes.
        if let Some(after) = rest.strip_prefix(',').filter(|_| *label == "image source") {
            return Some(after.trim());
        }
        let joined = label.ends_with(" by") || label.ends_with(" of");
        (joined && rest.starts_with(' ')).then(|| rest.trim())
    })
}

/// `Photo: Saltanat Ibrayeva / Alatau Wave`, `(Photo: Lighthouse Aid)`, `Credit: Elena Marchetti`, `Credit:`.
/// Lower-case words a credit's names may hold (`Handout via Reuters`, `courtesy of the family`).
const CREDIT_JOINERS: &[&str] = &["by", "and", "of", "for", "the", "via", "courtesy", "from"];

pub fn is_credit(line: &str) -> bool {
    // `Photo courtesy of an RFA listener`: what a courtesy names may be lower case.
    let lower = line.trim().trim_start_matches('(').to_lowercase();
    let courtesy = ["courtesy of", "photo courtesy of", "photos courtesy of", "image courtesy of"]
        .iter()
        .any(|label| lower.starts_with(label))
        && line.split_whitespace().count() <= 10
        && !ends_with_sentence_mark(line.trim_end_matches(')'));
    courtesy
        || credit_label(line).is_some_and(|rest| {
            let words: Vec<&str> = rest.split_whitespace().collect();
            words.len() <= 8
                && !rest.trim_end_matches(')').ends_with(['.', '!', '?', ','])
                && words.iter().all(|w| {
                    !w.chars().next().is_some_and(char::is_lowercase)
                        || CREDIT_JOINERS.contains(w)
                        || is_domain(w)
                })
        })
}

/// Nouns that end an agency's photo credit (`RFA photo`, `AFP pic`).
const PHOTO_NOUNS: &[&str] = &["photo", "photos", "pic", "picture", "image", "file photo"];

/// `RFA photo`, `AFP pic`, `AFP/File photo`: an agency's short name, then a photo noun, and
/// nothing else; a caption such as `Family photo` names no agency.
pub fn is_agency_photo_credit(line: &str) -> bool {
    let line = line.trim().trim_start_matches('(').trim_end_matches(')');
    let Some((agency, noun)) = line.rsplit_once(' ') else { return false };
    let agency = agency.trim_end_matches(" file").trim_end_matches("/File");
    let short_name = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    PHOTO_NOUNS.contains(&noun.to_lowercase().as_str())
        && agency.split(['/', ' ']).filter(|w| !w.is_empty()).all(short_name)
        && !agency.is_empty()
}

/// `Photo from the family archive`, `Photos from social media`: where a picture came from, short
/// and unpunctuated.
pub fn is_photo_source(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    ["photo from ", "photos from ", "image from ", "picture from ", "photo source: "]
        .iter()
        .any(|o| lower.starts_with(o))
        && line.split_whitespace().count() <= 8
        && !ends_with_sentence_mark(line)
}

/// `*Ola Nord and two volunteers helped with the interviews.`: a note keyed to an asterisk in the
/// byline; a bullet (`* item`) has a space after its star and a section break (`* * *`) no letter.
pub fn is_asterisk_note(line: &str) -> bool {
    let line = line.trim();
    line.strip_prefix('*').is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
        && line.split_whitespace().count() <= 40
}

/// `Voices from the Border. Article 3 of 8.`, `Part 2 of 5`: a series label, short.
pub fn is_series_label(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= 14
        && words.windows(4).any(|w| {
            matches!(w[0].to_lowercase().as_str(), "part" | "article" | "episode" | "chapter")
                && w[1].chars().all(|c| c.is_ascii_digit())
                && w[2] == "of"
                && w[3].trim_end_matches(['.', ')']).chars().all(|c| c.is_ascii_digit())
        })
}

/// Phrases that open one sentence of a radio's or agency's closing credit (`Reported by X for Y.`).
const CREDIT_SENTENCE_OPENINGS: &[&str] = &[
    "reported by", "translated by", "written in english by", "written by", "edited by",
    "produced by", "additional reporting by", "translated from", "adapted by",
];

/// `Reported by X for Y's Service. Translated by Z. Written in English by W.`: every sentence of the
/// line is a short credit naming someone (a capitalised word after `by`).
pub fn is_credit_sentences(line: &str) -> bool {
    let sentences: Vec<&str> =
        line.split_inclusive(". ").map(str::trim).filter(|s| !s.is_empty()).collect();
    !sentences.is_empty()
        && sentences.iter().all(|sentence| {
            let lower = sentence.to_lowercase();
            let names_someone = sentence
                .split_whitespace()
                .skip_while(|w| *w != "by")
                .nth(1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            CREDIT_SENTENCE_OPENINGS.iter().any(|o| lower.starts_with(o))
                && sentence.split_whitespace().count() <= 12
                && (names_someone || lower.starts_with("translated from"))
        })
}

/// `kt.kz`, `example.org`: a site's address, as a credit names it.
fn is_domain(word: &str) -> bool {
    let word = word.trim_end_matches([')', ']']);
    word.rsplit_once('.').is_some_and(|(name, top)| {
        !name.is_empty()
            && (2..=6).contains(&top.len())
            && top.chars().all(|c| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
    })
}

/// `Credit:` or `Photo:` alone: the credit goes on in the next lines.
pub fn is_open_credit(line: &str) -> bool {
    let label = line.trim().trim_start_matches('(').to_lowercase();
    let photo_label = ["photo", "credit", "image", "picture"].iter().any(|l| label.starts_with(l));
    photo_label && credit_label(line).is_some_and(str::is_empty)
}

/// A piece of a credit broken over lines: a lone `/`, or a short line ending with ` /` (`Caravan Review /`).
pub fn is_credit_break(line: &str) -> bool {
    let line = line.trim();
    line == "/" || line == "|" || (line.ends_with(" /") && line.split_whitespace().count() <= 5)
}

/// `Elnura Asanova/HPR`: a name and an outlet joined by a slash, nothing else.
pub fn is_name_slash_outlet(line: &str) -> bool {
    let line = line.trim();
    let Some((name, outlet)) = line.rsplit_once('/') else { return false };
    let name_words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&name_words.len())
        && !outlet.contains(' ')
        && outlet.len() >= 2
        && outlet.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        && name_words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !ends_with_sentence_mark(line)
}
