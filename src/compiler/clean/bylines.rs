//! Recognises byline lines: `By Jane Roe`, an author's name alone, in capitals, with a date or an outlet.

use super::chrome::{ends_like_sentence, words};
use super::page_lines::*;

/// Lower-case words a byline may hold besides names (`By Jane Doe, translated by John Roe`).
const BYLINE_WORDS: &[&str] = &["and", "translated", "edited", "by", "with", "in", "for"];

/// Labels that open a byline (`Author: Jane Doe`, `Written by: Jane Doe`).
const BYLINE_LABELS: &[&str] = &["author:", "authors:", "written by:", "by:", "text:", "reporter:"];

/// `By Catherine Putz`, `by Saltanat Ibrayeva`, `BY STAFF`, `By Jane Doe, translated by John Roe`,
/// `Author: Jane Doe`.
pub(super) fn is_byline(line: &str) -> bool {
    let trimmed = line.trim();
    let lower = trimmed.to_lowercase();
    if let Some(label) = BYLINE_LABELS.iter().find(|label| lower.starts_with(*label)) {
        return is_byline(&format!("By {}", &trimmed[label.len()..].trim_start()));
    }
    let w = words(trimmed);
    let roles = w.iter().filter(|word| BYLINE_WORDS.contains(word)).count();
    w.len() >= 2
        && w.len() <= 6 + 2 * roles.min(2)
        && w[0].eq_ignore_ascii_case("by")
        && !matches!(w[1], "The" | "A" | "An" | "THE")
        && w[1].chars().next().is_some_and(char::is_uppercase)
        && !ends_like_sentence(line)
        && w[1..].iter().all(|word| {
            word.chars().next().is_some_and(|c| c.is_uppercase()) || BYLINE_WORDS.contains(word)
        })
}

/// A line that names one of the story's authors and nothing else of substance: `Ainur Beisenova`,
/// `By AIGERIM SEITOVA`, `Aruzhan Sarsenova Mar 14, 2034`, `Elnura Asanova/HPR`.
pub(super) fn names_an_author(line: &str, authors: &[String]) -> bool {
    // `02/05/2031Aidana Tolash |`: a numeric date glued before the name, a separator after it.
    let lower = line.trim().trim_end_matches(['|', '·', '•']).trim_end().to_lowercase();
    let lower = lower[numeric_date_prefix(&lower)..].trim_start();
    let rest = lower.strip_prefix("by ").unwrap_or(lower).trim_start();
    authors.iter().map(|a| a.trim().to_lowercase()).filter(|a| !a.is_empty()).any(|author| {
        rest.strip_prefix(author.as_str()).is_some_and(|after| {
            let after = after.trim();
            after.is_empty()
                || after.starts_with('/')
                || (after.starts_with(',')
                    && words(after).len() <= 4
                    && !ends_like_sentence(after)
                    && !after[1..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
                || is_time_stamp(after)
        })
    })
}

/// The length of a numeric date opening `text` (`02/05/2031`, `2.5.2031`, `2031-05-02`), or 0.
fn numeric_date_prefix(text: &str) -> usize {
    let end = text.find(|c: char| !(c.is_ascii_digit() || "/.-".contains(c))).unwrap_or(text.len());
    let parts: Vec<&str> = text[..end].split(['/', '.', '-']).collect();
    let digits = |p: &str, lengths: &[usize]| {
        lengths.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
    };
    let day_first = parts.len() == 3
        && digits(parts[0], &[1, 2])
        && digits(parts[1], &[1, 2])
        && digits(parts[2], &[4]);
    let year_first = parts.len() == 3
        && digits(parts[0], &[4])
        && digits(parts[1], &[1, 2])
        && digits(parts[2], &[1, 2]);
    if day_first || year_first {
        end
    } else {
        0
    }
}
