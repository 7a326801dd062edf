//! Takes a sentence's items, the document's publication date and the last date the paragraph gave, and gives the date expressions of the sentence, each resolved to a calendar date at the precision the words allow.
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
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
/// Words that may open a date expression and stay outside its date words.
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "by",
    "since",
    "until",
    "till",
    "from",
    "during",
    "through",
    "throughout",
    "before",
    "after",
    "of",
    "back",
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

/// A date expression starting at item `i` (after any preposition), if one does.
fn read_at(items: &[Item], i: usize, published: Date, anchor: Option<Date>) -> Option<DateFound> {
    let previous = i.checked_sub(1).map_or("", |p| items[p].lower.as_str());
    let at = |date: Date, end: usize| Some(DateFound { first: i, end, date });
    // Fixed phrases first: `the second half of 2018`, `the end of that month`.
    for prefix in [
        &["the", "first", "half", "of"][..],
        &["the", "second", "half", "of"],
        &["the", "end", "of"],
        &["the", "beginning", "of"],
        &["the", "start", "of"],
        &["the", "middle", "of"],
    ] {
        if words_at(items, i, prefix) {
            let inner = read_at(items, i + prefix.len(), published, anchor)?;
            return at(inner.date, inner.end);
        }
    }
    let here = word(items, i);
    // Relative to publication.
    let relative = |phrase: &[&str], date: Option<Date>| {
        words_at(items, i, phrase).then_some(date).flatten().map(|d| DateFound {
            first: i,
            end: i + phrase.len(),
            date: d,
        })
    };
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
        if let Some(found) = relative(phrase, date) {
            return Some(found);
        }
    }
    // `the previous August`, `the following March`: relative to the paragraph's last date.
    if here == "the" && matches!(word(items, i + 1), "previous" | "following") {
        let month = month_number(items.get(i + 2)?)?;
        let anchor = anchor?;
        let date = if word(items, i + 1) == "previous" {
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
        return at(date, i + 3);
    }
    // Weekdays: `on Wednesday`.
    if let Some(weekday) = WEEKDAYS
        .iter()
        .position(|w| *w == here)
        .filter(|_| items[i].is_capitalized() && matches!(previous, "on" | "last"))
    {
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
        return at(date, i + 1);
    }
    // Qualifier or season before a month or year: `early March`, `mid-May`, `summer 2017`.
    let (start_of_core, qualified) = if (QUALIFIERS.contains(&here) || SEASONS.contains(&here))
        && items.get(i + 1).is_some_and(|n| month_number(n).is_some() || year_number(n).is_some())
    {
        (i + 1, true)
    } else {
        (i, false)
    };
    let core = &items[start_of_core];
    if let Some(month) = month_number(core) {
        let mid = core.lower.starts_with("mid-");
        // `March 27`, `March 27, 2021`, `March 2019`, `March`.
        if let Some(day) = items.get(start_of_core + 1).and_then(day_number) {
            let comma_year = items.get(start_of_core + 2).is_some_and(|c| c.lower == ",")
                && items.get(start_of_core + 3).and_then(year_number).is_some();
            if comma_year {
                let year = year_number(&items[start_of_core + 3])?;
                return at(Date { year, month: Some(month), day: Some(day) }, start_of_core + 4);
            }
            if let Some(year) = items.get(start_of_core + 2).and_then(year_number) {
                return at(Date { year, month: Some(month), day: Some(day) }, start_of_core + 3);
            }
            return at(latest(month, Some(day), published), start_of_core + 2);
        }
        if let Some(year) = items.get(start_of_core + 1).and_then(year_number) {
            return at(Date::month_of(year, month), start_of_core + 2);
        }
        // A bare month needs a preposition or qualifier (`may` and `march` are also verbs).
        let introduced = qualified
            || mid
            || PREPOSITIONS.contains(&previous)
            || matches!(previous, "last" | "this" | "next" | "by" | "early" | "late");
        if introduced {
            return at(latest(month, None, published), start_of_core + 1);
        }
        return None;
    }
    // `10 September 2020`, `10 September`.
    if let (Some(day), Some(month)) =
        (day_number(core), items.get(start_of_core + 1).and_then(month_number))
    {
        if let Some(year) = items.get(start_of_core + 2).and_then(year_number) {
            return at(Date { year, month: Some(month), day: Some(day) }, start_of_core + 3);
        }
        return at(latest(month, Some(day), published), start_of_core + 2);
    }
    if let Some(year) = year_number(core) {
        let introduced = qualified
            || PREPOSITIONS.contains(&previous)
            || matches!(previous, "a" | "an" | "the" | "and" | "or" | "'s")
            || (i == 0 && items.get(1).is_some_and(|n| n.lower == ","));
        if introduced {
            return at(Date { year, month: None, day: None }, start_of_core + 1);
        }
    }
    None
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
                    "Last month=2018-05",
                    "earlier this month=2018-06",
                    "this year=2018",
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
