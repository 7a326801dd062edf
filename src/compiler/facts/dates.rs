//! Reads a sentence's date expressions and resolves each to a calendar date against the publication date and the paragraph's last date.
//!
//! Takes a sentence's items, the document's publication date and the last date the paragraph gave,
//! and gives the date expressions of the sentence, each resolved to a calendar date at the
//! precision the words allow.
//!
//! Read: `September 10`, `10 September`, `July 14, 2015`, `February 2020`, `early 2017`, `mid-May`,
//! `late November 2017`, `summer 2017`, `the second half of 2018`, bare years after a preposition or
//! article (`in 2015`, `a 2019 interview`), months after a preposition (`in March`, `since
//! February`), weekdays (`on Wednesday`), `last month`, `earlier this month`, `this year`, `last
//! year`, and words leaning on the paragraph's previous date (`that month`, `the next day`, `the
//! following year`, `the previous August`).
//!
//! Resolution against a publication date `P` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): a month without a
//! year is its latest occurrence not after `P`'s month; a day and month likewise (the same month as
//! `P` counts as past when `P` has no day); a weekday is the latest such day not after `P`, or just
//! `P`'s month when `P` gives no day. Anything that cannot be resolved (`a year later`, `three years
//! after`, a weekday in a document dated only by year) is skipped. Date words exclude the
//! preposition before them (`on September 10` gives `September 10`).

use crate::compiler::relate::{Item, ItemKind};

/// A calendar date at year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Date {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(iso: &str) -> Option<Date> {
        let mut parts = iso.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next().map(str::parse).transpose().ok()?;
        let day = parts.next().map(str::parse).transpose().ok()?;
        Some(Date { year, month, day })
    }

    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    fn month_of(year: i32, month: u32) -> Date {
        Date { year, month: Some(month), day: None }
    }
}

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
/// Words that may open a date expression and stay outside its date words.
const PREPOSITIONS: &[&str] = &[
    "on", "in", "by", "since", "until", "till", "from", "during", "through", "throughout",
    "before", "after", "of", "back",
];
/// Qualifiers printed as part of the date words.
const QUALIFIERS: &[&str] = &["early", "mid", "late", "earlier", "later"];

/// Abbreviations of months that are no English word (`Mar` and `May` would be).
const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month a capitalised word names (`March`, `Sept`, `mid-May`).
fn month_number(item: &Item) -> Option<u32> {
    if item.kind != ItemKind::Word {
        return None;
    }
    let (printed, lower) = match item.lower.strip_prefix("mid-") {
        Some(rest) => (&item.text[4..], rest),
        None => (item.text.as_str(), item.lower.as_str()),
    };
    if !printed.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|p| p as u32 + 1)
        .or_else(|| MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == lower).map(|&(_, m)| m))
}

fn year_number(item: &Item) -> Option<i32> {
    (item.kind == ItemKind::Number
        && item.text.len() == 4
        && item.text.bytes().all(|b| b.is_ascii_digit()))
    .then(|| item.text.parse().ok())
    .flatten()
    .filter(|y| (1800..=2100).contains(y))
}

fn day_number(item: &Item) -> Option<u32> {
    let digits = item.lower.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &item.lower[digits.len()..];
    (item.kind == ItemKind::Number
        && !digits.is_empty()
        && digits.len() <= 2
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th"))
    .then(|| digits.parse().ok())
    .flatten()
    .filter(|d| (1..=31).contains(d))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(if month <= 2 { year - 1 } else { year });
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month: Some(month), day: Some(day) }
}

fn shift_days(date: Date, by: i64) -> Option<Date> {
    Some(civil_from_days(days_from_civil(date.year, date.month?, date.day?) + by))
}

fn shift_months(date: Date, by: i32) -> Option<Date> {
    let index = date.year * 12 + date.month? as i32 - 1 + by;
    Some(Date::month_of(index.div_euclid(12), index.rem_euclid(12) as u32 + 1))
}

/// The latest `month` (with `day`) not after `reference`.
fn latest(month: u32, day: Option<u32>, reference: Date) -> Date {
    let Some(ref_month) = reference.month else {
        return Date { year: reference.year, month: Some(month), day };
    };
    let past = match (day, reference.day) {
        (Some(d), Some(rd)) => (month, d) <= (ref_month, rd),
        _ => month <= ref_month,
    };
    let year = if past { reference.year } else { reference.year - 1 };
    let day = day.filter(|&d| d <= days_in_month(year, month));
    Date { year, month: Some(month), day }
}

/// One date expression: items `first..end` of the sentence and the date they give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateFound {
    pub first: usize,
    pub end: usize,
    pub date: Date,
}

fn word(items: &[Item], i: usize) -> &str {
    items.get(i).filter(|x| x.kind == ItemKind::Word).map_or("", |x| x.lower.as_str())
}

fn words_at(items: &[Item], i: usize, phrase: &[&str]) -> bool {
    phrase.iter().enumerate().all(|(k, w)| word(items, i + k) == *w)
}

/// Reads the date expressions of one sentence; `anchor` is the last date of the paragraph so far and is updated.
pub fn find_dates(items: &[Item], published: Date, anchor: &mut Option<Date>) -> Vec<DateFound> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < items.len() {
        match read_at(items, i, published, *anchor) {
            Some(date) => {
                *anchor = Some(date.date);
                i = date.end;
                found.push(date);
            }
            None => i += 1,
        }
    }
    found
}

/// A date expression starting at item `i` (after any preposition), if one does: the first of the
/// [`DATE_RULES`] that takes the words at `i` decides.
fn read_at(items: &[Item], i: usize, published: Date, anchor: Option<Date>) -> Option<DateFound> {
    let at = At { items, i, published, anchor };
    DATE_RULES.iter().find_map(|(_, rule)| rule(&at)).flatten()
}

/// Where a date expression may start: item `i` of a sentence, with what it resolves against.
struct At<'a> {
    items: &'a [Item],
    i: usize,
    published: Date,
    /// The paragraph's last date so far.
    anchor: Option<Date>,
}

impl At<'_> {
    fn word(&self, k: usize) -> &str {
        word(self.items, self.i + k)
    }

    /// The word before the expression (lower case), or `""` at the start.
    fn previous(&self) -> &str {
        self.i.checked_sub(1).map_or("", |p| self.items[p].lower.as_str())
    }

    /// The expression from `i` to item `end`, giving `date`.
    fn found(&self, date: Date, end: usize) -> Option<DateFound> {
        Some(DateFound { first: self.i, end, date })
    }

    /// Where the month, day or year starts, and whether a qualifier or season comes first (`early
    /// March`, `mid-May`, `summer 2017`).
    fn core(&self) -> (usize, bool) {
        let here = self.word(0);
        let qualified = (QUALIFIERS.contains(&here) || SEASONS.contains(&here))
            && self
                .items
                .get(self.i + 1)
                .is_some_and(|n| month_number(n).is_some() || year_number(n).is_some());
        if qualified {
            (self.i + 1, true)
        } else {
            (self.i, false)
        }
    }
}

/// What a date rule makes of the words at `i`: not its kind (`None`, the next rule reads), or its
/// answer (`Some`: a date, or no date at all).
type Verdict = Option<Option<DateFound>>;

/// A date rule.
type DateRule = fn(&At<'_>) -> Verdict;

/// The date rules, in the order they are tried.
const DATE_RULES: &[(&str, DateRule)] = &[
    ("a part of a period: `the second half of 2018`", part_of_period),
    ("relative to publication or the paragraph: `last month`, `the next day`", relative_phrase),
    ("a month relative to the paragraph: `the previous August`", month_around_anchor),
    ("a weekday: `on Wednesday`", weekday),
    ("a month, with its day and year: `March 27, 2021`, `early March`", month_first),
    ("a day before its month: `10 September 2020`", day_first),
    ("a year after a preposition or article: `in 2015`", introduced_year),
];

/// `the second half of 2018`, `the end of that month`: the date inside, or none.
fn part_of_period(at: &At<'_>) -> Verdict {
    const PREFIXES: &[&[&str]] = &[
        &["the", "first", "half", "of"],
        &["the", "second", "half", "of"],
        &["the", "end", "of"],
        &["the", "beginning", "of"],
        &["the", "start", "of"],
        &["the", "middle", "of"],
    ];
    let prefix = PREFIXES.iter().find(|prefix| words_at(at.items, at.i, prefix))?;
    let inner = read_at(at.items, at.i + prefix.len(), at.published, at.anchor);
    Some(inner.and_then(|inner| at.found(inner.date, inner.end)))
}

/// `earlier this month`, `last year`, `that month`, `the following day`: relative to the publication
/// date or to the paragraph's last date (a phrase with nothing to lean on reads as no date phrase).
fn relative_phrase(at: &At<'_>) -> Verdict {
    let (published, anchor) = (at.published, at.anchor);
    let publication_month = published.month.map(|m| Date::month_of(published.year, m));
    let year_only = |y: i32| Date { year: y, month: None, day: None };
    for (phrase, date) in [
        (&["earlier", "this", "month"][..], publication_month),
        (&["later", "this", "month"], publication_month),
        (&["this", "month"], publication_month),
        (&["last", "month"], publication_month.and_then(|m| shift_months(m, -1))),
        (&["this", "year"], Some(year_only(published.year))),
        (&["last", "year"], Some(year_only(published.year - 1))),
        (&["earlier", "this", "year"], Some(year_only(published.year))),
        (&["that", "month"], anchor.filter(|a| a.month.is_some()).map(|a| Date { day: None, ..a })),
        (&["that", "year"], anchor.map(|a| year_only(a.year))),
        (&["the", "same", "year"], anchor.map(|a| year_only(a.year))),
        (&["the", "following", "year"], anchor.map(|a| year_only(a.year + 1))),
        (&["the", "next", "year"], anchor.map(|a| year_only(a.year + 1))),
        (&["the", "previous", "year"], anchor.map(|a| year_only(a.year - 1))),
        (
            &["the", "next", "day"],
            anchor.filter(|a| a.month.is_some()).map(|a| shift_days(a, 1).unwrap_or(a)),
        ),
        (
            &["the", "following", "day"],
            anchor.filter(|a| a.month.is_some()).map(|a| shift_days(a, 1).unwrap_or(a)),
        ),
    ] {
        if let Some(date) = date.filter(|_| words_at(at.items, at.i, phrase)) {
            return Some(at.found(date, at.i + phrase.len()));
        }
    }
    None
}

/// `the previous August`, `the following March`: relative to the paragraph's last date.
fn month_around_anchor(at: &At<'_>) -> Verdict {
    if at.word(0) != "the" || !matches!(at.word(1), "previous" | "following") {
        return None;
    }
    let date = || {
        let month = month_number(at.items.get(at.i + 2)?)?;
        let anchor = at.anchor?;
        let date = if at.word(1) == "previous" {
            let before =
                shift_months(Date { month: Some(anchor.month.unwrap_or(1)), ..anchor }, -1)?;
            latest(month, None, before)
        } else {
            let start = Date::month_of(anchor.year, anchor.month.unwrap_or(12));
            let mut date = latest(month, None, Date::month_of(start.year + 1, start.month?));
            if date <= start {
                date.year += 1;
            }
            date
        };
        at.found(date, at.i + 3)
    };
    Some(date())
}

/// `on Wednesday`, `last Friday`: the latest such day not after publication, or the publication
/// month when it gives no day (none when it gives no month).
fn weekday(at: &At<'_>) -> Verdict {
    let here = at.word(0);
    let weekday = WEEKDAYS
        .iter()
        .position(|w| *w == here)
        .filter(|_| at.items[at.i].is_capitalized() && matches!(at.previous(), "on" | "last"))?;
    let published = at.published;
    let date = || {
        let date = match (published.month, published.day) {
            (Some(m), Some(d)) => {
                let today = days_from_civil(published.year, m, d);
                // 1970-01-01 was a Thursday (index 3).
                let today_weekday = (today + 3).rem_euclid(7);
                shift_days(published, -((today_weekday - weekday as i64).rem_euclid(7)))?
            }
            (Some(m), None) => Date::month_of(published.year, m),
            _ => return None,
        };
        at.found(date, at.i + 1)
    };
    Some(date())
}

/// `March 27`, `March 27, 2021`, `March 2019`, and a bare month after a preposition or qualifier
/// (`in March`, `early March`; `may` and `march` are also verbs).
fn month_first(at: &At<'_>) -> Verdict {
    let (start, qualified) = at.core();
    let core = &at.items[start];
    let month = month_number(core)?;
    let items = at.items;
    let date = || {
        if let Some(day) = items.get(start + 1).and_then(day_number) {
            let comma_year = items.get(start + 2).is_some_and(|c| c.lower == ",")
                && items.get(start + 3).and_then(year_number).is_some();
            if comma_year {
                let year = year_number(&items[start + 3])?;
                return at.found(Date { year, month: Some(month), day: Some(day) }, start + 4);
            }
            if let Some(year) = items.get(start + 2).and_then(year_number) {
                return at.found(Date { year, month: Some(month), day: Some(day) }, start + 3);
            }
            return at.found(latest(month, Some(day), at.published), start + 2);
        }
        if let Some(year) = items.get(start + 1).and_then(year_number) {
            return at.found(Date::month_of(year, month), start + 2);
        }
        let previous = at.previous();
        let introduced = qualified
            || core.lower.starts_with("mid-")
            || PREPOSITIONS.contains(&previous)
            || matches!(previous, "last" | "this" | "next" | "by" | "early" | "late");
        if introduced {
            return at.found(latest(month, None, at.published), start + 1);
        }
        None
    };
    Some(date())
}

/// `10 September 2020`, `10 September`.
fn day_first(at: &At<'_>) -> Verdict {
    let (start, _) = at.core();
    let day = day_number(&at.items[start])?;
    let month = at.items.get(start + 1).and_then(month_number)?;
    if let Some(year) = at.items.get(start + 2).and_then(year_number) {
        return Some(at.found(Date { year, month: Some(month), day: Some(day) }, start + 3));
    }
    Some(at.found(latest(month, Some(day), at.published), start + 2))
}

/// A bare year after a preposition, an article or a qualifier (`in 2015`, `a 2019 interview`,
/// `early 2017`), or opening a sentence before a comma.
fn introduced_year(at: &At<'_>) -> Verdict {
    let (start, qualified) = at.core();
    let year = year_number(&at.items[start])?;
    let previous = at.previous();
    let introduced = qualified
        || PREPOSITIONS.contains(&previous)
        || matches!(previous, "a" | "an" | "the" | "and" | "or" | "'s")
        || (at.i == 0 && at.items.get(1).is_some_and(|n| n.lower == ","));
    introduced.then(|| at.found(Date { year, month: None, day: None }, start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::testing::marked;

    /// Every date of a sentence as `words=date`, with a given publication date and anchor.
    fn dates(sentence: &str, published: &str, anchor: Option<&str>) -> Vec<String> {
        let (text, items, _, _) = marked(sentence);
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut anchor = anchor.and_then(Date::parse);
        find_dates(&items, Date::parse(published).unwrap(), &mut anchor)
            .into_iter()
            .map(|d| {
                format!(
                    "{}={}",
                    String::from_utf16_lossy(
                        &units[items[d.first].start as usize..items[d.end - 1].end as usize]
                    ),
                    d.date.iso()
                )
            })
            .collect()
    }

    /// What rule `name` makes of `phrase` after the words `before`: `None` (not its kind, the next rule
    /// reads), `Some(None)` (no date) or `Some(Some(iso))`.
    fn verdict(
        name: &str,
        before: &str,
        phrase: &str,
        published: &str,
        anchor: Option<&str>,
    ) -> Option<Option<String>> {
        let rule = DATE_RULES
            .iter()
            .find(|(rule, _)| *rule == name)
            .unwrap_or_else(|| panic!("{name}: no such rule"))
            .1;
        let i = if before.is_empty() { 0 } else { marked(before).1.len() };
        let sentence =
            if before.is_empty() { phrase.to_string() } else { format!("{before} {phrase}") };
        let (_, items, _, _) = marked(&sentence);
        let at = At {
            items: &items,
            i,
            published: Date::parse(published).unwrap(),
            anchor: anchor.and_then(Date::parse),
        };
        rule(&at).map(|found| found.map(|f| f.date.iso()))
    }

    #[test]
    fn each_date_rule_reads_its_phrases_and_passes_on_others() {
        type Case = (
            &'static str,
            &'static str,
            &'static str,
            Option<&'static str>,
            Option<Option<&'static str>>,
        );
        const CASES: &[Case] = &[
            (
                "a part of a period: `the second half of 2018`",
                "",
                "the second half of 2018",
                None,
                Some(Some("2018")),
            ),
            (
                "a part of a period: `the second half of 2018`",
                "",
                "the end of the talks",
                None,
                Some(None),
            ),
            ("a part of a period: `the second half of 2018`", "", "the talks", None, None),
            (
                "relative to publication or the paragraph: `last month`, `the next day`",
                "",
                "last month",
                None,
                Some(Some("2022-08")),
            ),
            (
                "relative to publication or the paragraph: `last month`, `the next day`",
                "",
                "the next day",
                Some("2022-03-31"),
                Some(Some("2022-04-01")),
            ),
            (
                "relative to publication or the paragraph: `last month`, `the next day`",
                "",
                "that month",
                None,
                None,
            ),
            (
                "a month relative to the paragraph: `the previous August`",
                "",
                "the previous August",
                Some("2020-03"),
                Some(Some("2019-08")),
            ),
            (
                "a month relative to the paragraph: `the previous August`",
                "",
                "the following March",
                Some("2020-03"),
                Some(Some("2021-03")),
            ),
            (
                "a month relative to the paragraph: `the previous August`",
                "",
                "the previous August",
                None,
                Some(None),
            ),
            (
                "a weekday: `on Wednesday`",
                "He left on",
                "Wednesday",
                None,
                Some(Some("2022-09-14")),
            ),
            ("a weekday: `on Wednesday`", "He left last", "Friday", None, Some(Some("2022-09-09"))),
            ("a weekday: `on Wednesday`", "He left", "Wednesday", None, None),
            (
                "a month, with its day and year: `March 27, 2021`, `early March`",
                "",
                "March 27, 2021",
                None,
                Some(Some("2021-03-27")),
            ),
            (
                "a month, with its day and year: `March 27, 2021`, `early March`",
                "in",
                "early March",
                None,
                Some(Some("2022-03")),
            ),
            (
                "a month, with its day and year: `March 27, 2021`, `early March`",
                "They left",
                "March behind",
                None,
                Some(None),
            ),
            (
                "a day before its month: `10 September 2020`",
                "",
                "10 September 2020",
                None,
                Some(Some("2020-09-10")),
            ),
            ("a day before its month: `10 September 2020`", "", "10 people", None, None),
            (
                "a year after a preposition or article: `in 2015`",
                "in",
                "2015",
                None,
                Some(Some("2015")),
            ),
            (
                "a year after a preposition or article: `in 2015`",
                "about",
                "2015 people",
                None,
                None,
            ),
        ];
        for &(name, before, phrase, anchor, expected) in CASES {
            let expected = expected.map(|date| date.map(String::from));
            assert_eq!(
                verdict(name, before, phrase, "2022-09-14", anchor),
                expected,
                "{name}: {before} {phrase}"
            );
        }
        for (rule, _) in DATE_RULES {
            assert!(CASES.iter().any(|case| case.0 == *rule), "{rule} has no case");
        }
    }

    /// (name, sentence, published, anchor, expected `words=date`)
    #[test]
    fn dates_are_found_and_resolved() {
        let cases: &[(&str, &str, &str, Option<&str>, &[&str])] = &[
            (
                "day and month in the publication month",
                "He was held on September 10.",
                "2022-09-14",
                None,
                &["September 10=2022-09-10"],
            ),
            (
                "day and month after publication is last year",
                "He was held on December 10.",
                "2022-09-14",
                None,
                &["December 10=2021-12-10"],
            ),
            (
                "day and month with a month-only publication",
                "December 4 was the 300th day.",
                "2021-12",
                None,
                &["December 4=2021-12-04"],
            ),
            (
                "full date with a comma",
                "a meeting on July 14, 2015 in Oslo",
                "2021-03",
                None,
                &["July 14, 2015=2015-07-14"],
            ),
            (
                "day before month",
                "It opened on 3 May 2019.",
                "2021",
                None,
                &["3 May 2019=2019-05-03"],
            ),
            (
                "month and year",
                "He protested in February 2020 and since October 2017.",
                "2022-09-14",
                None,
                &["February 2020=2020-02", "October 2017=2017-10"],
            ),
            (
                "qualified month and year",
                "In early November 2017 and late November 2017.",
                "2018-06",
                None,
                &["early November 2017=2017-11", "late November 2017=2017-11"],
            ),
            (
                "bare month is the latest not after publication",
                "In August, they met; in March they left.",
                "2021-03",
                None,
                &["August=2020-08", "March=2021-03"],
            ),
            ("mid-month", "in mid-May during talks", "2018-06", None, &["mid-May=2018-05"]),
            (
                "qualified bare month",
                "outside since early February",
                "2021-03",
                None,
                &["early February=2021-02"],
            ),
            (
                "a month that is a verb is no date",
                "Tehran may be giving too much. They march.",
                "2021-03",
                None,
                &[],
            ),
            (
                "years after prepositions and articles",
                "In 2015 a 2019 interview and the 2016 protests, since 1991.",
                "2021",
                None,
                &["2015=2015", "2019=2019", "2016=2016", "1991=1991"],
            ),
            (
                "two years joined",
                "activity in 2018 and 2019",
                "2021-03",
                None,
                &["2018=2018", "2019=2019"],
            ),
            (
                "a count is not a year",
                "They held 2500 detainees and 1,782 more.",
                "2021",
                None,
                &[],
            ),
            (
                "season and year",
                "a video that surfaced in summer 2017",
                "2018-06",
                None,
                &["summer 2017=2017"],
            ),
            (
                "half of a year and the following year",
                "releases in the second half of 2018 and the first half of the following year",
                "2021-12",
                None,
                &["the second half of 2018=2018", "the first half of the following year=2019"],
            ),
            (
                "relative to publication",
                "Last month and earlier this month; this year, not last year.",
                "2018-06",
                None,
                &[
                    "Last month=2018-05", "earlier this month=2018-06", "this year=2018",
                    "last year=2017",
                ],
            ),
            (
                "last month across a year",
                "It was last month.",
                "2021-01",
                None,
                &["last month=2020-12"],
            ),
            (
                "weekday with a day-precision publication",
                "A court on Wednesday ruled.",
                "2022-09-14",
                None,
                &["Wednesday=2022-09-14"],
            ),
            (
                "weekday before publication day",
                "A court on Monday ruled.",
                "2022-09-14",
                None,
                &["Monday=2022-09-12"],
            ),
            (
                "weekday with a month-precision publication",
                "A court on Wednesday ruled.",
                "2018-08",
                None,
                &["Wednesday=2018-08"],
            ),
            (
                "weekday with a year-precision publication is skipped",
                "A court on Wednesday ruled.",
                "2018",
                None,
                &[],
            ),
            (
                "that month leans on the paragraph's date",
                "Toward the end of that month, they met.",
                "2018-06",
                Some("2017-11"),
                &["the end of that month=2017-11"],
            ),
            (
                "the next day keeps the anchor's precision",
                "The next day the police came.",
                "2018-06",
                Some("2017-03"),
                &["The next day=2017-03"],
            ),
            (
                "the next day after a full date",
                "The next day the police came.",
                "2018-06",
                Some("2017-03-31"),
                &["The next day=2017-04-01"],
            ),
            (
                "the previous August",
                "appointed the previous August after five years",
                "2018-06",
                Some("2017"),
                &["the previous August=2016-08"],
            ),
            (
                "without an anchor, that month is skipped",
                "In that month they met.",
                "2018-06",
                None,
                &[],
            ),
            (
                "a year later is not resolvable",
                "A year later, they spoke.",
                "2018-06",
                Some("2017"),
                &[],
            ),
            ("times are not dates", "until 5 a.m. and at 6:30 in the morning", "2021", None, &[]),
        ];
        for (name, sentence, published, anchor, expected) in cases {
            assert_eq!(
                dates(sentence, published, *anchor),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }

    #[test]
    fn calendar_arithmetic_round_trips() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2021, 12, 31), (1899, 3, 1)] {
            assert_eq!(
                civil_from_days(days_from_civil(y, m, d)),
                Date { year: y, month: Some(m), day: Some(d) }
            );
        }
        assert_eq!(days_from_civil(2022, 9, 14) - days_from_civil(2022, 9, 12), 2);
    }
}
