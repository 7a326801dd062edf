//! Rules that look at a line's neighbours: captions printed twice, teasers, credits and outlet names broken over lines.

use super::chrome::{
    ends_like_sentence, has_photo_credit, is_title_case, words, DropReason, Verdict,
};
use super::page_labels::*;
use super::page_lines::*;

/// How far back a caption's second copy may sit from its first (a credit may come between them).
pub(super) const CAPTION_REACH: usize = 6;

/// Whether line `i` repeats the headline (`Some(true)`), or a caption printed a few lines before (`Some(false)`).
pub(super) fn repeats(lines: &[&str], i: usize) -> Option<bool> {
    let line = lines[i].trim();
    if i > 0 && lines[i - 1].trim() == line {
        return Some(false);
    }
    if i > 0 && lines[0].trim() == line {
        return Some(true);
    }
    let earlier = &lines[i.saturating_sub(CAPTION_REACH)..i];
    let again = |e: &&str| e.trim() == line || adds_credit(line, e.trim());
    (words(line).len() >= 5 && earlier.iter().any(|e| words(e).len() >= 5 && again(e)))
        .then_some(false)
}

/// A caption's first copy: the same line follows, at once or after a credit, or again with its credit appended.
pub(super) fn printed_twice(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let later = &lines[i + 1..lines.len().min(i + 1 + CAPTION_REACH)];
    let same = |l: &&str| l.trim() == line;
    later.first().is_some_and(same)
        || (words(line).len() >= 5 && later.iter().any(|l| same(l) || adds_credit(l, line)))
}

/// `… in Almaty. Credit: Jane Doe`: `copy` is `caption` with a credit appended.
pub(super) fn adds_credit(copy: &str, caption: &str) -> bool {
    copy.trim().strip_prefix(caption).is_some_and(|rest| {
        let rest = rest.trim();
        let bracketed = rest.starts_with('(') && rest.ends_with(')') && words(rest).len() <= 8;
        !rest.is_empty() && (is_credit(rest) || bracketed)
    })
}

/// A long line without closing punctuation that names no photo: the title of another article.
pub(super) fn is_teaser(lines: &[&str], i: usize) -> bool {
    let line = lines[i];
    !ends_like_sentence(line)
        && words(line).len() >= 8
        && !is_title_case(line)
        && !has_photo_credit(line)
        && !printed_twice(lines, i)
        && !is_captioned_photo(lines, i)
}

/// A caption without closing punctuation: a credit follows it, or it says what a photo shows.
pub(super) fn is_captioned_photo(lines: &[&str], i: usize) -> bool {
    let next = lines.get(i + 1).map_or("", |l| l.trim());
    let after = lines.get(i + 2).map_or("", |l| l.trim());
    let credited = is_credit(next)
        || is_open_credit(next)
        || is_name_slash_outlet(next)
        || is_credit_break(next)
        || (is_short_label(next) && is_credit_break(after));
    credited || has_caption_cue(lines[i]) || ends_with_day(lines[i])
}

/// Letters and digits only, lower case: how an outlet's name compares across line breaks.
pub(super) fn squeezed(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The outlet's name, or the name its acronym stands for (`Voice of America` for `VOA`).
pub(super) fn names_outlet(line: &str, outlet: &str) -> bool {
    let (line, outlet) = (line.trim(), outlet.trim());
    if outlet.is_empty() {
        return false;
    }
    let initials: String = words(line).iter().filter_map(|w| w.chars().next()).collect();
    let acronym = outlet.len() >= 3
        && outlet.chars().all(|c| c.is_ascii_uppercase())
        && words(line).len() == outlet.len()
        && initials.eq_ignore_ascii_case(outlet)
        && is_title_case(line);
    line.eq_ignore_ascii_case(outlet) || acronym
}

/// The outlet's name broken over two to four short lines (`Voice of` / `America`) is one site label.
pub(super) fn mark_outlet_runs(lines: &[&str], outlet: &str, verdicts: &mut [Option<Verdict>]) {
    if outlet.trim().is_empty() {
        return;
    }
    let short = |l: &str| (1..=4).contains(&words(l).len()) && !ends_like_sentence(l);
    for i in 1..lines.len() {
        let run = (2..=4).take_while(|n| i + n <= lines.len()).find(|&n| {
            let part = &lines[i..i + n];
            let joined = part.join(" ");
            part.iter().all(|l| short(l))
                && (squeezed(&joined) == squeezed(outlet) || names_outlet(&joined, outlet))
        });
        if let Some(n) = run.filter(|_| verdicts[i].is_none()) {
            for verdict in &mut verdicts[i..i + n] {
                *verdict = Some(Verdict::Drop(DropReason::SiteLabel));
            }
        }
    }
}

/// A credit broken over lines takes its short neighbours with it: `Credit:` / `Caravan Review /` /
/// `Marat Kenesov`, or `Yerzhan Tulegenov` / `/` / `for the Semey Daily Record`.
pub(super) fn spread_credit(
    lines: &[&str],
    i: usize,
    reason: &DropReason,
    verdicts: &mut [Option<Verdict>],
) {
    if *reason != DropReason::Credit {
        return;
    }
    let line = lines[i].trim();
    if (line == "/" || line == "|") && i > 1 && is_short_label(lines[i - 1]) {
        verdicts[i - 1] = Some(Verdict::Drop(DropReason::Credit));
    }
    if !is_open_credit(line) && !is_credit_break(line) {
        return;
    }
    // A label opens up to two lines of names; a break one, unless what it takes breaks again.
    let reach = if is_open_credit(line) { 2 } else { 1 };
    for (taken, j) in (i + 1..lines.len().min(i + 3)).enumerate() {
        if verdicts[j].is_some() || !is_short_label(lines[j]) {
            break;
        }
        verdicts[j] = Some(Verdict::Drop(DropReason::Credit));
        if taken + 1 >= reach && !is_credit_break(lines[j]) {
            break;
        }
    }
}
