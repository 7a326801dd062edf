//! Gives the figures: numbers with what they count, a topic key grouping figures about one thing, and who gives them.
//!
//! Takes the documents, sentences, entities and quotes and gives the figures: numbers with what
//! they count, a topic key that groups figures about the same thing, and who the sentence says
//! gives them.
//!
//! A figure is a number in digits, or with a scale word (`one million`, `several hundred thousand`),
//! or a vague count (`tens of thousands of people`), with its qualifiers (`around`, `more than`, `or
//! more`), currency (`$`, `US$`, `tenge`) or `percent`. Not figures: dates, ages (`41,` after a
//! name, `67-year-old`), measures used as adjectives (`50-kilometer`), times, ordinals, durations
//! (`15 days`) and a bracketed conversion right after another figure (`4 million tenge ($9,200)`).
//!
//! `counts` is the noun phrase after the number in the text's words (`Uyghurs, Kazakhs, and other
//! Muslim minorities`), or the one the number measures (`the ethnic Kazakh population numbers …`,
//! `a total population of 17 million`). `topic` joins, with ` · `, the last conjunct of that phrase
//! without determiners (a `Kazakh population` becomes `kazakhs`), what the clause says happens to
//! them (`detained`, `naturalized`, `resettled`) and where (`in Xinjiang`, or the place a `where`
//! clause hangs on). `source` is the speaker when the figure is quoted, else the entity after
//! `according to`, else the first person or organization of a sentence whose verb reports
//! (`estimate`, `said`, `reported`).

use super::dates::{find_dates, Date};
use crate::compiler::relate::{corpus_items, mentions_by_sentence, Item, ItemKind, SentenceItems};
use crate::model::{Document, Entity, EntityKind, Figure, Quote, Sentence};

const QUALIFIERS: &[&[&str]] = &[
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["as", "many", "as"],
    &["just", "over"],
    &["just", "under"],
    &["an", "estimated"],
    &["around"],
    &["about"],
    &["approximately"],
    &["roughly"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["under"],
    &["estimated"],
    &["between"],
];
const SCALES: &[(&str, f64)] =
    &[("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
const WORD_NUMBERS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("twenty", 20.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("several", f64::NAN),
    ("few", f64::NAN),
];
const VAGUE: &[&str] = &["dozens", "hundreds", "thousands", "millions", "billions", "tens"];
const CURRENCY_WORDS: &[&str] =
    &["tenge", "dollars", "euros", "yuan", "rubles", "roubles", "pounds", "som", "manat"];
/// Units of measure: a distance or an area is not a count of anything.
const MEASURES: &[&str] = &[
    "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "meter", "meters",
    "metre", "metres", "square", "feet", "foot", "kg", "kilograms", "tons", "tonnes", "hectares",
    "acres",
];
const DURATIONS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
    "minutes", "decade", "decades", "century", "centuries", "times", "time", "a.m", "p.m",
];
/// Words that end the counted noun phrase (verbs, prepositions and the like).
const PHRASE_ENDS: &[&str] = &[
    "are", "is", "were", "was", "have", "has", "had", "will", "would", "could", "can", "may",
    "might", "live", "lived", "living", "from", "in", "at", "to", "for", "who", "that", "which",
    "with", "by", "on", "since", "per", "according", "put", "into", "become", "became", "remain",
    "remained", "held", "totalling", "totaling", "worth", "of", "as", "than", "between", "the",
    "a", "an", "this", "these",
];
const DROPPED: &[&str] = &[
    "other", "some", "many", "mostly", "the", "a", "an", "more", "several", "such", "those",
    "these", "their", "its", "all",
];
/// What happens to the counted, by trigger word.
const PREDICATES: &[(&[&str], &str)] = &[
    (
        &[
            "detained", "interned", "imprisoned", "jailed", "held", "arrested", "detention",
            "camps", "camp", "detainees",
        ],
        "detained",
    ),
    (&["citizens", "citizenship", "naturalized"], "naturalized"),
    (&["resettled", "moved", "returned", "emigrated", "repatriated", "migrated"], "resettled"),
    (&["killed", "died", "dead"], "killed"),
];
const REPORTING: &[&str] = &[
    "estimate", "estimates", "estimated", "say", "says", "said", "report", "reports", "reported",
    "claim", "claims", "claimed", "put", "puts", "count", "counted", "found", "told", "tells",
    "wrote", "writes", "believe", "believes",
];

fn number_value(item: &Item) -> Option<f64> {
    if item.kind != ItemKind::Number
        || item.text.contains('-')
        || item.text.ends_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    item.text.replace(',', "").parse().ok()
}

fn word_value(word: &str) -> Option<f64> {
    WORD_NUMBERS.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

fn scale(word: &str) -> Option<f64> {
    SCALES.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// A number expression: items `first..end`, its value, and whether it counts money or a share.
struct Amount {
    first: usize,
    end: usize,
    value: Option<f64>,
    money: bool,
}

/// Reads the number expression whose number stands at `i`, if any.
fn amount_at(items: &[Item], i: usize) -> Option<Amount> {
    let item = &items[i];
    let lower = item.lower.as_str();
    let mut end = i + 1;
    let mut value = if let Some(v) = number_value(item) {
        Some(v)
    } else if let Some(v) = word_value(lower).filter(|_| {
        // `one million`, `several hundred thousand`; not `five hundred` alone nor `a` before anything else.
        items.get(i + 1).is_some_and(|n| {
            scale(&n.lower).is_some()
                && (n.lower != "hundred"
                    || items.get(i + 2).is_some_and(|m| scale(&m.lower).is_some()))
        })
    }) {
        Some(v)
    } else if VAGUE.contains(&lower) && items.get(i + 1).is_some_and(|n| n.lower == "of") {
        // `tens of thousands of`, `dozens of`.
        if (lower == "tens" || lower == "hundreds")
            && items.get(i + 2).is_some_and(|n| VAGUE.contains(&n.lower.as_str()))
        {
            end = i + 3;
        }
        return Some(Amount { first: i, end, value: None, money: false });
    } else {
        return None;
    };
    while let Some(factor) = items.get(end).and_then(|n| scale(&n.lower)) {
        value = value.map(|v| v * factor);
        end += 1;
    }
    let value = value.filter(|v| v.is_finite());
    let mut first = i;
    let mut money = false;
    if first >= 1 && items[first - 1].lower == "$" {
        first -= 1;
        money = true;
        if first >= 1
            && matches!(items[first - 1].lower.as_str(), "us" | "u.s" | "c" | "a" | "hk")
            && items[first - 1].end == items[first].start
        {
            first -= 1;
        }
    }
    if items.get(end).is_some_and(|n| {
        CURRENCY_WORDS.contains(&n.lower.as_str()) || matches!(n.lower.as_str(), "percent" | "%")
    }) {
        money = CURRENCY_WORDS.contains(&items[end].lower.as_str());
        end += 1;
    }
    if items.get(end).is_some_and(|n| n.lower == "or")
        && items
            .get(end + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "more" | "so" | "fewer" | "less"))
    {
        end += 2;
    }
    Some(Amount { first, end, value, money })
}

/// Extends the start over a qualifier before `first` (`around`, `more than`, `an estimated`).
fn qualified_start(items: &[Item], first: usize) -> usize {
    for qualifier in QUALIFIERS {
        let n = qualifier.len();
        if first >= n
            && qualifier.iter().enumerate().all(|(k, w)| {
                items[first - n + k].lower == *w && items[first - n + k].entity().is_none()
            })
        {
            return first - n;
        }
    }
    first
}

fn is_excluded(items: &[Item], amount: &Amount, dates: &[(usize, usize)]) -> bool {
    let i = amount.first;
    let previous = i.checked_sub(1).map(|p| &items[p]);
    let next = items.get(amount.end);
    let inside_date = dates.iter().any(|&(a, b)| a <= i && i < b);
    let age = previous.is_some_and(|p| p.lower == ",")
        && i >= 2
        && items[i - 2].entity().is_some()
        && next.is_some_and(|n| n.lower == ",");
    let time = next.is_some_and(|n| {
        n.lower == ":" || n.lower.starts_with("a.m") || n.lower.starts_with("p.m")
    }) || previous.is_some_and(|p| p.lower == ":");
    // `15 days`, `hundreds of times`, `for 10 and 15 days`, `500 miles`.
    let unit = |k: usize| {
        items.get(k).is_some_and(|n| {
            DURATIONS.contains(&n.lower.as_str()) || MEASURES.contains(&n.lower.as_str())
        })
    };
    let after_of = if next.is_some_and(|n| n.lower == "of") { amount.end + 1 } else { amount.end };
    let paired = next.is_some_and(|n| matches!(n.lower.as_str(), "and" | "or" | "to" | "-"))
        && items.get(amount.end + 1).is_some_and(|n| n.kind == ItemKind::Number)
        && unit(amount.end + 2);
    let duration = unit(after_of) || paired;
    // `4 million tenge ($9,200)`: the conversion in brackets.
    let conversion = previous.is_some_and(|p| p.lower == "(")
        && i >= 2
        && items[..i - 1]
            .iter()
            .rev()
            .take(3)
            .any(|x| number_value(x).is_some() || CURRENCY_WORDS.contains(&x.lower.as_str()));
    inside_date || age || time || duration || conversion
}

/// The counted phrase after `end`: items `from..to`.
fn counted_after(items: &[Item], kinds: &[EntityKind], mut at: usize) -> (usize, usize) {
    if items.get(at).is_some_and(|n| n.lower == "worth") {
        at += 1;
    }
    if items.get(at).is_some_and(|n| n.lower == "of") {
        at += 1;
        // `5.5 percent of the total population`: the share is of the population, not of `the`.
        if items.get(at).is_some_and(|n| n.lower == "the") {
            at += 1;
        }
    }
    let from = at;
    let mut to = at;
    let mut k = at;
    while k < items.len() && k < from + 12 {
        let item = &items[k];
        let fits = match item.kind {
            ItemKind::Mention(e) => {
                matches!(kinds[e as usize], EntityKind::Group | EntityKind::Place)
            }
            ItemKind::Word
                if k == from
                    && matches!(
                        item.lower.as_str(),
                        "the" | "a" | "an" | "these" | "those" | "their" | "its"
                    ) =>
            {
                true
            }
            ItemKind::Word => {
                !PHRASE_ENDS.contains(&item.lower.as_str())
                    && !REPORTING.contains(&item.lower.as_str())
                    && !matches!(item.lower.as_str(), "and" | "or" | "but")
            }
            _ => false,
        };
        let joins = matches!(item.lower.as_str(), "," | "and" | "or") && to > from;
        if fits {
            k += 1;
            to = k;
        } else if joins {
            k += 1;
        } else {
            break;
        }
    }
    (from, to)
}

/// The phrase a figure measures when none follows: `Kazakhstan’s total population (at the time) of over 17 million`.
fn counted_before(items: &[Item], first: usize) -> (usize, usize) {
    let mut k = first;
    if k == 0 || items[k - 1].lower != "of" {
        return (first, first);
    }
    k -= 1;
    if k >= 1 && items[k - 1].lower == ")" {
        while k > 0 && items[k - 1].lower != "(" {
            k -= 1;
        }
        k = k.saturating_sub(1);
    }
    let to = k;
    while k > 0
        && matches!(items[k - 1].kind, ItemKind::Word | ItemKind::Mention(_))
        && !PHRASE_ENDS.contains(&items[k - 1].lower.as_str())
    {
        k -= 1;
    }
    (k, to)
}

/// The noun phrase a `numbers` / `totals` verb takes as subject: `the ethnic Kazakh population numbers around 1.5 million`.
fn counted_subject(items: &[Item], first: usize) -> Option<(usize, usize)> {
    let verb = first.checked_sub(1)?;
    if !matches!(
        items[verb].lower.as_str(),
        "numbers" | "numbered" | "totals" | "totalled" | "totaled"
    ) {
        return None;
    }
    let mut k = verb;
    while k > 0
        && matches!(items[k - 1].kind, ItemKind::Word | ItemKind::Mention(_))
        && !PHRASE_ENDS.contains(&items[k - 1].lower.as_str())
    {
        k -= 1;
    }
    (k < verb).then_some((k, verb))
}

fn slice(document: &Document, items: &[Item], from: usize, to: usize) -> String {
    if from >= to {
        return String::new();
    }
    let units: Vec<u16> = document
        .text
        .encode_utf16()
        .skip(items[from].start as usize)
        .take((items[to - 1].end - items[from].start) as usize)
        .collect();
    String::from_utf16_lossy(&units)
}

/// `other Muslim minorities` → `muslim minorities`; `ethnic Kazakh population` → `ethnic kazakhs`.
fn head_key(items: &[Item], from: usize, to: usize) -> String {
    let last = items[from..to]
        .iter()
        .rposition(|i| matches!(i.lower.as_str(), "," | "and" | "or"))
        .map_or(from, |p| from + p + 1);
    let mut words: Vec<String> = items[last..to]
        .iter()
        .map(|i| i.lower.replace('’', "'"))
        .filter(|w| !DROPPED.contains(&w.as_str()) && w != "'s")
        .collect();
    // A people's population (`Kazakh population`, capitalized in the text) is that people; a `total population` stays.
    let people_before = to >= 2
        && items[to - 1].lower == "population"
        && items[to - 2].text.starts_with(char::is_uppercase);
    if people_before && words.len() >= 2 && words.last().is_some_and(|w| w == "population") {
        words.pop();
        if let Some(people) = words.last_mut() {
            if !people.ends_with('s') {
                people.push('s');
            }
        }
    }
    words.join(" ")
}

fn predicate(items: &[Item], from: usize, window_end: usize) -> Option<&'static str> {
    items[from.min(window_end)..window_end].iter().find_map(|item| {
        PREDICATES
            .iter()
            .find(|(words, _)| words.contains(&item.lower.as_str()))
            .map(|&(_, key)| key)
    })
}

fn clause_end(items: &[Item], from: usize) -> usize {
    items[from..]
        .iter()
        .position(|i| {
            matches!(
                i.lower.as_str(),
                ";" | "." | "(" | ")" | "where" | "while" | "whereas" | "but"
            )
        })
        .map_or(items.len(), |p| from + p)
}

/// The place the figure's clause is about: `in Xinjiang` after it, or `Xinjiang, where …` before it.
fn location(
    items: &[Item],
    kinds: &[EntityKind],
    first: usize,
    after: usize,
    entities: &[Entity],
) -> Option<String> {
    let end = clause_end(items, after);
    let place = |i: usize| {
        items.get(i).and_then(Item::entity).filter(|&e| kinds[e as usize] == EntityKind::Place)
    };
    for (k, item) in items.iter().enumerate().take(end).skip(after) {
        if matches!(item.lower.as_str(), "in" | "into" | "of") {
            if let Some(e) = place(k + 1) {
                return Some(entities[e as usize].name.to_lowercase());
            }
        }
    }
    let opened = items[..first].iter().rposition(|i| i.lower == "where")?;
    (opened >= 2 && items[opened - 1].lower == ",")
        .then(|| place(opened - 2))
        .flatten()
        .map(|e| entities[e as usize].name.to_lowercase())
}

fn source(items: &[Item], kinds: &[EntityKind], first: usize) -> Option<u32> {
    let speaker = |item: &Item| {
        item.entity()
            .filter(|&e| matches!(kinds[e as usize], EntityKind::Person | EntityKind::Organization))
    };
    if let Some(according) =
        items.windows(2).position(|w| w[0].lower == "according" && w[1].lower == "to")
    {
        let end = clause_end(items, according + 2).min(
            items[according + 2..]
                .iter()
                .position(|i| i.lower == ",")
                .map_or(items.len(), |p| according + 2 + p),
        );
        if let Some(e) =
            items[according + 2..end].iter().filter(|i| i.lower != "'s").filter_map(speaker).next()
        {
            return Some(e);
        }
    }
    let reports = items[..first]
        .iter()
        .any(|i| i.kind == ItemKind::Word && REPORTING.contains(&i.lower.as_str()));
    reports.then(|| items[..first].iter().find_map(speaker)).flatten()
}

/// The figures of the corpus, in document order. `quotes` gives speakers for quoted figures.
pub fn figures(
    documents: &[Document],
    sentences: &[Sentence],
    entities: &[Entity],
    quotes: &[Quote],
) -> Vec<Figure> {
    let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let items =
        corpus_items(documents, sentences, &mentions_by_sentence(entities, sentences.len()));
    let mut figures = Vec::new();
    for sentence in &items {
        let document = &documents[sentence.doc as usize];
        figures.extend(sentence_figures(document, sentence, &kinds, entities, quotes));
    }
    figures
}

fn sentence_figures(
    document: &Document,
    sentence: &SentenceItems,
    kinds: &[EntityKind],
    entities: &[Entity],
    quotes: &[Quote],
) -> Vec<Figure> {
    let items = &sentence.items;
    let published =
        Date::parse(&document.published).unwrap_or(Date { year: 2000, month: None, day: None });
    let mut anchor = None;
    let dates: Vec<(usize, usize)> =
        find_dates(items, published, &mut anchor).into_iter().map(|d| (d.first, d.end)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let Some(mut amount) = amount_at(items, i) else {
            i += 1;
            continue;
        };
        if is_excluded(items, &amount, &dates) {
            i = amount.end.max(i + 1);
            continue;
        }
        // `between X and Y`: one figure.
        let start = qualified_start(items, amount.first);
        if items[start].lower == "between"
            && items.get(amount.end).is_some_and(|n| n.lower == "and")
        {
            let upper_number =
                (amount.end + 1..items.len().min(amount.end + 5)).find_map(|k| amount_at(items, k));
            if let Some(upper) = upper_number {
                amount = Amount {
                    first: amount.first,
                    end: upper.end,
                    value: None,
                    money: amount.money || upper.money,
                };
            }
        }
        // `between five and 15 people`: a range whose lower bound is a word.
        let mut start = start;
        if start >= 3
            && matches!(items[start - 1].lower.as_str(), "and" | "to")
            && word_value(&items[start - 2].lower).is_some()
            && matches!(items[start - 3].lower.as_str(), "between" | "from")
        {
            start -= 3;
            amount.value = None;
        }
        let (mut from, mut to) = counted_after(items, kinds, amount.end);
        // `the Kazakh population numbers 1.5 million people` counts the population; `the group numbers 15 people`, people.
        if let Some((a, b)) = counted_subject(items, start)
            .filter(|&(_, b)| from == to || items[b - 1].lower == "population")
        {
            (from, to) = (a, b);
        } else if from == to {
            (from, to) = counted_before(items, start);
        }
        let percent =
            items[..amount.end].last().is_some_and(|x| matches!(x.lower.as_str(), "percent" | "%"));
        let window_end = clause_end(items, amount.end);
        let before = start.saturating_sub(2);
        let happened = predicate(items, to.max(amount.end), window_end).or_else(|| {
            (items[before..start].iter().any(|x| x.lower == "detention")).then_some("detained")
        });
        if from == to && !amount.money && !percent && happened.is_none() {
            // A number counting nothing named and said to undergo nothing (`3,000 per week`) is left out.
            i = amount.end.max(i + 1);
            continue;
        }
        let mut topic: Vec<String> = Vec::new();
        if amount.money {
            topic.push("money".into());
        }
        if percent {
            topic.push("share".into());
        }
        let head = head_key(items, from, to);
        if !head.is_empty() {
            topic.push(head);
        }
        if let Some(key) = happened.filter(|k| !topic.iter().any(|t| t.contains(*k))) {
            topic.push(key.into());
        }
        if let Some(place) = location(items, kinds, start, to.max(amount.end), entities) {
            topic.push(place);
        }
        let (text_start, text_end) = (items[start].start, items[amount.end - 1].end);
        let quoted = quotes
            .iter()
            .find(|q| q.doc == sentence.doc && q.start <= text_start && text_end <= q.end)
            .map(|q| q.speaker);
        out.push(Figure {
            text: slice(document, items, start, amount.end),
            value: amount.value,
            counts: slice(document, items, from, to),
            // `money` or `share` alone says nothing about what the number is of: such figures are not grouped.
            topic: if topic.iter().all(|t| t == "money" || t == "share") {
                String::new()
            } else {
                topic.join(" · ")
            },
            source: quoted.or_else(|| source(items, kinds, start)),
            doc: sentence.doc,
            sentence: sentence.sentence,
            start: text_start,
            end: text_end,
        });
        i = amount.end.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::testing::marked;

    fn read(sentence: &str) -> Vec<String> {
        let (text, items, kinds, names) = marked(sentence);
        let entities: Vec<Entity> = names
            .iter()
            .zip(&kinds)
            .map(|(n, &k)| Entity {
                id: n.to_lowercase(),
                name: n.clone(),
                kind: k,
                aliases: vec![],
                mentions: vec![],
                roles: vec![],
            })
            .collect();
        let document = Document { text, published: "2021-03".into(), ..Document::default() };
        let sentence = SentenceItems { sentence: 0, doc: 0, paragraph: 0, items };
        sentence_figures(&document, &sentence, &kinds, &entities, &[])
            .into_iter()
            .map(|f| {
                format!(
                    "{} = {:?} | {} | {} | {}",
                    f.text,
                    f.value,
                    f.counts,
                    f.topic,
                    f.source.map_or("-", |s| names[s as usize].as_str())
                )
            })
            .collect()
    }

    /// (name, marked sentence, expected `text = value | counts | topic | source`)
    #[test]
    fn figures_are_read_with_what_they_count() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("a reported estimate", "[Fjord Council|org] officials estimate that 1 million or more [Sami|grp], [Kven|grp], and other Arctic minorities are detained at camps.", &["1 million or more = Some(1000000.0) | Sami, Kven, and other Arctic minorities | arctic minorities · detained | Fjord Council"]),
            ("a qualified population with a place", "Around 1.2 million ethnic [Sami|grp] live in [Lapland|pla].", &["Around 1.2 million = Some(1200000.0) | ethnic Sami | ethnic sami · lapland | -"]),
            ("a population measured by its verb, in a where clause", "relatives in [Lapland|pla], where the ethnic Sami population numbers around 1.5 million people.", &["around 1.5 million = Some(1500000.0) | ethnic Sami population | ethnic samis · lapland | -"]),
            ("digits with separators and naturalization", "[Radio Nord|org] reported that 200,000 ethnic [Sami|grp] from [Norway|pla] have become citizens of [Lapland|pla] since 1991.", &["200,000 = Some(200000.0) | ethnic Sami | ethnic sami · naturalized · lapland | Radio Nord"]),
            ("money with a currency prefix", "According to [The Fjord Times|org], the draft covered $400 billion worth of new investments.", &["$400 billion = Some(400000000000.0) | new investments | money · new investments | The Fjord Times"]),
            ("a conversion in brackets is not another figure", "Fines at 4 million tenge ($9,200) can be ruinous.", &["4 million tenge = Some(4000000.0) |  |  | -"]),
            ("a share with what it is of", "they made up an estimated 5.5 percent of the total population.", &["an estimated 5.5 percent = Some(5.5) | total population | share · total population | -"]),
            ("measured before", "a country with a population (at the time) of over 17 million", &["over 17 million = Some(17000000.0) | population | population | -"]),
            ("vague counts", "Tens of thousands of people are reportedly interned in such camps.", &["Tens of thousands = None | people | people · detained | -"]),
            ("a range", "[Ola Nord|per] estimated that between several hundred thousand and just over one million have been detained in [Lapland|pla].", &["between several hundred thousand and just over one million = None |  | detained · lapland | Ola Nord"]),
            ("ages, years, durations, times and adjectives are not figures", "[Mira Tolash|per], 41, a 67-year-old, spent 15 days in jail in 2019, woke at 6:30 and walked the 50-kilometer road.", &[]),
            ("counts of times, paired durations and distances are not figures", "It was shared hundreds of times, he spent 10 and 15 days in jail and was taken 500 miles away.", &[]),
            ("a range from a word to digits", "The group numbers between five and 15 people.", &["between five and 15 = None | people | people | -"]),
            ("a where clause ends what happens to the counted", "[Lapland|pla], where the ethnic [Sami|grp] population numbers around 1.5 million people and where over a million citizens are detained.", &["around 1.5 million = Some(1500000.0) | ethnic Sami population | ethnic samis · lapland | -", "over a million = Some(1000000.0) | citizens | citizens · detained | -"]),
            ("small counts of named things stay", "The two governments agreed to implement 51 projects.", &["51 = Some(51.0) | projects | projects | -"]),
        ];
        for (name, sentence, expected) in cases {
            assert_eq!(
                read(sentence),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }
}
