//! Recognisers for lines that news sites print around an article: date stamps, credits, breadcrumbs and player labels.
//!
//! Each takes one trimmed line and says whether it is that kind of line. They look at the shape of
//! the line (a date and nothing else, a `Photo:` label, segments between `|`), never at names, so
//! they hold on sites nobody here has seen. [`super::chrome`] orders them into its rules; the credit
//! recognisers live in [`super::credits`].

pub use super::credits::*;

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Words a time stamp may hold besides months, weekdays and numbers.
const STAMP_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "at", "utc", "gmt", "cst", "est", "edt", "cet", "msk", "almt", "hkt",
    "bst", "pst", "pdt", "cdt", "updated", "published", "posted", "on", "first", "last", "the",
    "st", "nd", "rd", "th",
];

/// Labels that open a time-stamp line (`PUBLISHED : 14 Mar 2034 - 08:05 AM`).
const STAMP_LABELS: &[&str] = &[
    "published", "updated", "last updated", "first published", "posted", "posted on", "date",
    "date of publication", "publication date", "published on", "updated on", "last updated on",
    "last modified", "modified on", "first posted",
];

/// Lines of an audio or video player, as labels (`Listen · 4:12`, `Download`, `Transcript`).
const PLAYER_LABELS: &[&str] = &[
    "listen", "listen now", "listen to this article", "listen to the story", "hear the report",
    "download", "download audio", "transcript", "embed", "play", "pause", "watch",
    "watch the video", "audio",
];

/// Lower case without the punctuation that hugs words (`(AFP)` → `afp`, `2031,` → `2031`).
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn is_number(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || "/.:-".contains(c))
}

fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// A word a date or time is written with: a number, `14:05`, `11/03/2031`, a month, a weekday, `PM`, a zone.
fn is_stamp_word(word: &str) -> bool {
    let word = bare(word);
    word.is_empty()
        || is_number(&word)
        || is_ordinal(&word)
        || MONTHS.contains(&word.as_str())
        || WEEKDAYS.contains(&word.as_str())
        || STAMP_WORDS.contains(&word.as_str())
        || word.strip_suffix("am").or_else(|| word.strip_suffix("pm")).is_some_and(|time| {
            !time.is_empty() && time.chars().all(|c| c.is_ascii_digit() || c == ':')
        })
}

fn has_digit(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// `11/03/2031 05:13 PM`, `22:24`, `Friday, May 14, 2032`, `14 Mar 2034 - 08:05 AM`: a date or time and nothing else.
pub fn is_time_stamp(line: &str) -> bool {
    let anchored = line.split_whitespace().any(|w| {
        let w = bare(w);
        MONTHS.contains(&w.as_str())
            || ((w.contains(':') || w.contains('/')) && has_digit(&w))
            || ((w.ends_with("am") || w.ends_with("pm")) && has_digit(&w))
    });
    has_digit(line) && anchored && line.split_whitespace().all(is_stamp_word)
}

/// `PUBLISHED : 14 Mar 2034`, `Updated: 3 hours ago`, `Posted by kaz_reader at 9:41 AM`: a labelled stamp.
pub fn is_labelled_stamp(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 14 || !has_digit(line) || ends_with_sentence_mark(line) {
        return false;
    }
    let labelled = STAMP_LABELS.iter().any(|label| {
        lower.strip_prefix(label).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with([' ', ':', '\u{a0}']) || rest.starts_with(" :")
        })
    });
    let ends_with_time = words.last().is_some_and(|w| {
        let w = bare(w);
        matches!(w.as_str(), "am" | "pm") || (w.contains(':') && has_digit(&w))
    });
    let label_words = STAMP_LABELS
        .iter()
        .filter(|label| lower.starts_with(*label))
        .map(|label| label.split_whitespace().count())
        .max()
        .unwrap_or(1);
    let rest_is_stamp = words.iter().skip(label_words).all(|w| is_stamp_word(w));
    // `Posted on 20 September 2032 by Editorial team`: a stamp, then who posted it.
    let by = words.iter().position(|w| *w == "by");
    let stamp_then_poster = lower.starts_with("posted on")
        && by.is_some_and(|b| {
            b > label_words
                && words[label_words..b].iter().all(|w| is_stamp_word(w))
                && words.len() - b - 1 <= 4
        });
    labelled
        && ((lower.starts_with("posted by")
            && (ends_with_time || trailing_date_start(&words).is_some_and(|start| start >= 3)))
            || rest_is_stamp
            || stamp_then_poster)
}

/// Where the line's trailing date begins (`… Oct 23, 2031`, `… Mar 14, 2034`, `… 14 March 2034`), if it ends with one.
fn trailing_date_start(words: &[&str]) -> Option<usize> {
    let n = words.len();
    if n < 2 {
        return None;
    }
    let year = |w: &str| {
        let w = bare(w);
        w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
    };
    let day = |w: &str| {
        let w = bare(w);
        !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())
    };
    let month = |w: &str| MONTHS.contains(&bare(w).as_str());
    if !year(words[n - 1]) {
        return None;
    }
    if n >= 3 && month(words[n - 3]) && day(words[n - 2]) {
        return Some(n - 3);
    }
    if n >= 3 && day(words[n - 3]) && month(words[n - 2]) {
        return Some(n - 3);
    }
    month(words[n - 2]).then_some(n - 2)
}

/// `Almaty, Kazakhstan (AFP) Oct 23, 2031` or `Aruzhan Sarsenova Mar 14, 2034`: a few words, then a date.
pub fn is_short_line_ending_in_a_date(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(start) = trailing_date_start(&words) else { return false };
    let mut before = &words[..start];
    let wire = before.iter().any(|w| w.starts_with('(') && w.ends_with(')'));
    // `by Staff Writers Almaty, Kazakhstan (AFP) Oct 23, 2031`: a wire's byline, then its dateline.
    let bylined = wire && before.first().is_some_and(|w| w.eq_ignore_ascii_case("by"));
    if bylined {
        before = &before[1..];
    }
    // `Almaty, Kazakhstan (AFP)`: capitalised words, with a wire's mark or a place's comma.
    let name_words = before
        .iter()
        .all(|w| w.starts_with('(') || w.chars().next().is_some_and(|c| c.is_uppercase()));
    let wire_or_place = wire || (before.len() >= 2 && before[0].ends_with(','));
    let reach = if bylined { 8 } else { 4 };
    (1..=reach).contains(&before.len())
        && name_words
        && wire_or_place
        && !ends_with_sentence_mark(line)
}

/// Units of a relative time stamp (`3 hours ago`).
const AGO_UNITS: &[&str] = &[
    "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week",
    "weeks",
];

/// `3 hours ago`, `Updated 2 days ago`, `an hour ago`: a time stamp relative to the reader's clock.
pub fn is_relative_time(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let w: Vec<&str> = lower.split_whitespace().collect();
    let w = match w.first() {
        Some(&("updated" | "published" | "posted")) => &w[1..],
        _ => &w[..],
    };
    w.len() == 3
        && (is_number(w[0]) || matches!(w[0], "a" | "an"))
        && AGO_UNITS.contains(&w[1])
        && w[2] == "ago"
}

/// `… outside the court on May 2`, `… in Almaty, 5 March 2031`: a line that ends with a day of a month.
pub fn ends_with_day(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let n = words.len();
    let day = |w: &str| {
        let w = bare(w);
        !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())
    };
    let month = |w: &str| {
        MONTHS.contains(&bare(w).as_str()) && w.chars().next().is_some_and(char::is_uppercase)
    };
    let dated =
        trailing_date_start(&words).is_some_and(|start| month(words[start]) || day(words[start]));
    dated
        || (n >= 2
            && ((month(words[n - 2]) && day(words[n - 1]))
                || (day(words[n - 2]) && month(words[n - 1]))))
}

/// `Jane Roe Jan 7, 2031`: two or three capitalised names and a full date, as a byline prints them.
pub fn is_dated_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(start) = trailing_date_start(&words) else { return false };
    let name = |w: &&str| {
        let b = bare(w);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
            && !MONTHS.contains(&b.as_str())
            && !WEEKDAYS.contains(&b.as_str())
    };
    (2..=3).contains(&start) && words.len() == start + 3 && words[..start].iter().all(name)
}

pub(super) fn ends_with_sentence_mark(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', ';', ':', ','])
}

/// A short line without sentence punctuation (a name or an outlet in a credit).
pub fn is_short_label(line: &str) -> bool {
    let count = line.split_whitespace().count();
    (1..=5).contains(&count) && !ends_with_sentence_mark(line) && !line.trim().ends_with(',')
}

/// `© 2031 Alatau Wave 98.6 FM. All rights reserved.`, `Copyright 2032 Tallgrass Public Radio.`
pub fn is_copyright(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    words <= 25
        && (lower.starts_with('©')
            || lower.starts_with("(c) ")
            || lower.strip_prefix("copyright").is_some_and(|rest| {
                let next = rest.split_whitespace().next().unwrap_or("");
                next.starts_with('©') || next == "(c)" || bare(next).parse::<u16>().is_ok()
            })
            || lower.contains("all rights reserved"))
}

/// `Crossroads Asia | Diplomacy | Central Asia`, `Share: Facebook | X | Email`: labels between bars.
pub fn is_breadcrumb(line: &str) -> bool {
    let segments: Vec<&str> =
        line.split(['|', '›']).flat_map(|s| s.split(" » ")).map(str::trim).collect();
    let labels = segments.len() >= 3
        || (segments.len() == 2 && segments[0].to_lowercase().starts_with("share"));
    labels
        && segments.iter().all(|s| !s.is_empty() && s.split_whitespace().count() <= 4)
        && !ends_with_sentence_mark(line)
}

/// `Listen · 4:12`, `0:00 / 3:41`, `Download`, `Transcript`: what an audio player prints.
pub fn is_player_line(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let label: String = lower
        .trim_end_matches(|c: char| c.is_ascii_digit() || " :·•-–—/".contains(c))
        .trim()
        .to_string();
    is_time_readout(&lower) || PLAYER_LABELS.contains(&label.as_str()) || is_player_box_label(line)
}

/// `WATCH: Families Plead At The Consulate`: a video box's title under its capital label.
fn is_player_box_label(line: &str) -> bool {
    let line = line.trim();
    ["WATCH:", "LISTEN:", "WATCH |", "LISTEN |"].iter().any(|label| line.starts_with(label))
        && line.split_whitespace().count() <= 20
}

/// `0:00 0:05:28 0:00`, `0:00 / 3:41`: a player's time read-out, clock times and nothing else.
pub fn is_time_readout(line: &str) -> bool {
    let mut parts =
        line.split(|c: char| c.is_whitespace() || "/·•|".contains(c)).filter(|p| !p.is_empty());
    let clock = |part: &str| {
        let pieces: Vec<&str> = part.split(':').collect();
        (2..=3).contains(&pieces.len())
            && pieces
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    parts.next().is_some_and(clock) && parts.all(clock)
}

/// `Reading time: 4 minutes`, `5 min read`, `12 min read`: a reading-time label.
pub fn is_reading_time(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let words = lower.split_whitespace().count();
    words <= 6
        && (lower.starts_with("reading time")
            || lower.ends_with("min read")
            || lower.ends_with("minute read")
            || lower.ends_with("minutes read"))
}

/// `via The Almaty Herald`: the line that names where a repost came from.
pub fn is_repost_source(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_lowercase();
    (line.starts_with("via ") || lower.starts_with("originally published"))
        && line.split_whitespace().count() <= 8
        && !ends_with_sentence_mark(line)
}

#[cfg(test)]
#[path = "page_lines_tests.rs"]
mod tests;
