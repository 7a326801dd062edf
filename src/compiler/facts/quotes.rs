//! Gives the direct quotes: the words inside quotation marks, who the sentence says spoke them, and the outlet they were told to.
//!
//! Takes the sentences as items (pronouns resolved) and gives the direct quotes: the words inside
//! quotation marks, who the sentence says spoke them, and the outlet they were told to.
//!
//! A quoted segment is attributed by the words right outside its marks: after the closing mark
//! (`…,” Akytkhan tells RFE/RL`, `…,” said the Bureau`, `…,” she said`) or before the opening one
//! (`Zarif said that “…”`, `X told RFE/RL: “…”`). A segment with no attribution of its own takes the
//! one of its sentence, else (when it is a whole quoted sentence of at least three words) the
//! nearest attributed quote of the same paragraph, as a reader does with a quote that runs on. A
//! quoted phrase nobody is said to speak (`so-called “reeducation camps”`) is not a quote.

use crate::compiler::relate::{compile, Context, Pattern};
use crate::compiler::relate::{Item, ItemKind, SentenceItems};
use crate::model::{Document, EntityKind, Quote};

const CLASSES: &[(&str, &[&str])] = &[
    (
        "speech",
        &[
            "said", "says", "told", "tells", "stated", "states", "noted", "notes", "added", "adds",
            "remarked", "confirmed", "confirms", "explained", "explains", "asked", "asks", "wrote",
            "writes", "argued", "argues", "insisted", "insists", "recalled", "recalls", "warned",
            "warns", "replied", "replies",
        ],
    ),
    ("spokes", &["spokesman", "spokeswoman", "spokesperson", "representative", "official"]),
];

/// Attributions after a closing mark; the match starts at the mark. Patterns naming an outlet come first.
const AFTER: &[&str] = &[
    "\" ?, ...4 $A:per|org~ {app} ?also @speech $B:org>",
    "\" ?, ...4 $A:per|org~ {app} ?also @speech",
    "\" ?, $A:per of|at|from ?the $C:org> ?also @speech",
    "\" ?, @speech ?the ...2 $A:per|org",
    "\" ?, a|an|the @spokes for ?the $A:org @speech $B:org>",
    "\" ?, a|an|the @spokes for ?the $A:org @speech",
];
/// Attributions before an opening mark; the match ends at the mark. Patterns naming an outlet come first.
const BEFORE: &[&str] = &[
    "< $A:per|org~ {app} ?also @speech $B:org> ?: ?that \"",
    "< $A:per|org~ {app} ?also @speech ?: ?that \"",
    "< $A:per|org~ {app} ?also @speech , \"",
    "< $A:per|org~ {app} ?also @speech that ...6 \"",
];

/// Who spoke and to whom.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Attribution {
    speaker: u32,
    outlet: Option<u32>,
}

/// A run of quoted items inside one sentence: `first..=last`, with the marks around it if they are in the sentence.
#[derive(Debug)]
struct Segment {
    first: usize,
    last: usize,
    open_mark: Option<usize>,
    close_mark: Option<usize>,
}

impl Segment {
    /// Whether the segment is the sentence itself: it opens at the sentence start or runs on from before.
    fn is_whole_sentence(&self) -> bool {
        self.open_mark.is_none_or(|m| m == 0)
    }
}

/// The quoted segments of one sentence; `inside` carries whether a quote is open across sentences.
fn segments(items: &[Item], inside: &mut bool) -> Vec<Segment> {
    let mut found = Vec::new();
    let mut current: Option<Segment> = if *inside {
        Some(Segment { first: 0, last: 0, open_mark: None, close_mark: None })
    } else {
        None
    };
    let mut has_words = false;
    for (i, item) in items.iter().enumerate() {
        if item.lower == "\"" {
            if *inside {
                if let Some(mut segment) = current.take() {
                    segment.close_mark = Some(i);
                    if has_words {
                        found.push(segment);
                    }
                }
            } else {
                current = Some(Segment {
                    first: i + 1,
                    last: i + 1,
                    open_mark: Some(i),
                    close_mark: None,
                });
                has_words = false;
            }
            *inside = !*inside;
        } else if let Some(segment) = current.as_mut() {
            if !has_words {
                segment.first = i;
            }
            segment.last = i;
            has_words = true;
        }
    }
    if let Some(segment) = current.filter(|_| has_words) {
        found.push(segment);
    }
    found
}

fn word_count(items: &[Item], segment: &Segment) -> usize {
    items[segment.first..=segment.last].iter().filter(|i| i.kind != ItemKind::Punct).count()
}

struct Readers {
    after: Vec<Pattern>,
    before: Vec<Pattern>,
}

impl Readers {
    fn new() -> Readers {
        Readers {
            after: AFTER.iter().map(|p| compile(p, CLASSES)).collect(),
            before: BEFORE.iter().map(|p| compile(p, CLASSES)).collect(),
        }
    }

    /// The attribution at the closing mark `mark`, or ending at the opening mark `mark`.
    fn at(
        &self,
        items: &[Item],
        context: &Context,
        close_mark: Option<usize>,
        open_mark: Option<usize>,
    ) -> Option<Attribution> {
        let read = |m: &crate::compiler::relate::Match| {
            let speaker = m
                .slot('A')
                .first()
                .copied()
                .or_else(|| items[m.first..m.end].iter().find_map(|i| i.refers))?;
            Some(Attribution { speaker, outlet: m.slot('B').first().copied() })
        };
        if let Some(mark) = close_mark {
            let found = self
                .after
                .iter()
                .flat_map(|p| p.matches(items, context))
                .filter(|m| m.first == mark)
                .find_map(|m| read(&m));
            if found.is_some() {
                return found;
            }
        }
        let mark = open_mark?;
        self.before
            .iter()
            .flat_map(|p| p.matches(items, context))
            .filter(|m| m.end == mark + 1)
            .find_map(|m| read(&m))
    }
}

/// The direct quotes of the corpus, in sentence order. `sentences` are the corpus sentences as items, pronouns resolved.
pub fn quotes(
    documents: &[Document],
    sentences: &[SentenceItems],
    kinds: &[EntityKind],
) -> Vec<Quote> {
    let speaks =
        |e: u32| matches!(kinds[e as usize], EntityKind::Person | EntityKind::Organization);
    let context = Context { kinds, nationality: &|_| None, eligible: &speaks };
    let readers = Readers::new();
    let mut out = Vec::new();
    let mut start = 0;
    while start < sentences.len() {
        let key = (sentences[start].doc, sentences[start].paragraph);
        let end = sentences[start..]
            .iter()
            .position(|s| (s.doc, s.paragraph) != key)
            .map_or(sentences.len(), |p| start + p);
        out.extend(paragraph_quotes(documents, &sentences[start..end], &readers, &context));
        start = end;
    }
    out
}

fn paragraph_quotes(
    documents: &[Document],
    paragraph: &[SentenceItems],
    readers: &Readers,
    context: &Context,
) -> Vec<Quote> {
    let mut inside = false;
    // (sentence position, segment, its own attribution or the sentence's)
    let mut found: Vec<(usize, Segment, Option<Attribution>)> = Vec::new();
    for (s, sentence) in paragraph.iter().enumerate() {
        let items = &sentence.items;
        let segments = segments(items, &mut inside);
        let own: Vec<Option<Attribution>> = segments
            .iter()
            .map(|g| readers.at(items, context, g.close_mark, g.open_mark))
            .collect();
        let sentence_attribution = own.iter().flatten().next().copied();
        for (segment, attribution) in segments.into_iter().zip(own) {
            found.push((s, segment, attribution.or(sentence_attribution)));
        }
    }
    let attributed: Vec<(usize, Attribution)> =
        found.iter().filter_map(|(s, _, a)| a.map(|a| (*s, a))).collect();
    let mut quotes = Vec::new();
    for (s, segment, attribution) in &found {
        let sentence = &paragraph[*s];
        let items = &sentence.items;
        let attribution = attribution.or_else(|| {
            if !segment.is_whole_sentence() || word_count(items, segment) < 3 {
                return None;
            }
            let before = attributed.iter().rev().find(|(at, _)| at < s);
            let after = attributed.iter().find(|(at, _)| at > s);
            before.or(after).map(|(_, a)| *a)
        });
        let Some(attribution) = attribution else { continue };
        let (start, end) = (items[segment.first].start, items[segment.last].end);
        let units: Vec<u16> = documents[sentence.doc as usize]
            .text
            .encode_utf16()
            .skip(start as usize)
            .take((end - start) as usize)
            .collect();
        let text = String::from_utf16_lossy(&units).trim_end_matches([',', ' ']).to_string();
        quotes.push(Quote {
            speaker: attribution.speaker,
            text,
            outlet: attribution.outlet,
            doc: sentence.doc,
            sentence: sentence.sentence,
            start,
            end,
        });
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::testing::marked;

    /// Reads marked sentences as one paragraph; gives `speaker → outlet: text` lines.
    fn read(sentences: &[&str]) -> Vec<String> {
        let (plain, items, kinds, names) = marked(&sentences.join(" "));
        // Each input sentence covers its own stretch of the joined text (one space between).
        let mut ends = Vec::new();
        let mut offset = 0;
        for sentence in sentences {
            offset += marked(sentence).0.encode_utf16().count() as u32;
            ends.push(offset);
            offset += 1;
        }
        let rows: Vec<SentenceItems> = ends
            .iter()
            .enumerate()
            .map(|(k, &end)| {
                let begin = if k == 0 { 0 } else { ends[k - 1] + 1 };
                let items =
                    items.iter().filter(|i| i.start >= begin && i.end <= end).cloned().collect();
                SentenceItems { sentence: k as u32, doc: 0, paragraph: 0, items }
            })
            .collect();
        let mut rows = rows;
        crate::compiler::relate::resolve_pronouns(&mut rows, &kinds, &|_| true);
        let document = Document { text: plain, ..Document::default() };
        quotes(&[document], &rows, &kinds)
            .into_iter()
            .map(|q| {
                format!(
                    "{} → {}: {}",
                    names[q.speaker as usize],
                    q.outlet.map_or("-", |o| names[o as usize].as_str()),
                    q.text
                )
            })
            .collect()
    }

    /// (name, one paragraph's sentences, expected quotes)
    #[test]
    fn quotes_are_attributed_to_who_the_text_says_spoke() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("speaker and outlet after the quote", &["“We will keep going,” [Mira Tolash|per] told [VNRL|org]."], &["Mira Tolash → VNRL: We will keep going"]),
            ("a speaker of an organization", &["“It is late,” [Ola Nord|per] of [VNRL|org] writes, “but we hope.”"], &["Ola Nord → -: It is late", "Ola Nord → -: but we hope."]),
            ("a partial quote in reported speech", &["[Ola Nord|per] said that [Norway|pla] would “act against you” soon."], &["Ola Nord → -: act against you"]),
            ("speech verb first", &["“Opinion mattered,” said the [Fjord Bureau|org], a local group."], &["Fjord Bureau → -: Opinion mattered"]),
            ("appositive between speaker and verb", &["“It is late,” [Ola Nord|per], an expert at the [Fjord Institute|org], told [VNRL|org]."], &["Ola Nord → VNRL: It is late"]),
            ("a pronoun speaker", &["[Mira Tolash|per] came back.", "“I can't sleep without it,” she says."], &["Mira Tolash → -: I can't sleep without it"]),
            ("a quote that runs on takes the paragraph's speaker", &["“We never interfered,” [Ola Nord|per] told [VNRL|org].", "“But we still face a lot of pressure.”"], &["Ola Nord → VNRL: We never interfered", "Ola Nord → VNRL: But we still face a lot of pressure."]),
            ("attribution before the quote", &["[Ola Nord|per] said that “the steppe is a friend for hard times.”"], &["Ola Nord → -: the steppe is a friend for hard times."]),
            ("a spokesperson speaks for the ministry", &["“We negotiate,” a spokesperson for the [Steppe Ministry|org] told [VNRL|org]."], &["Steppe Ministry → VNRL: We negotiate"]),
            ("scare quotes are not quotes", &["[Ola Nord|per] calls them “training centres” in a report."], &[]),
            ("an unattributed quoted phrase in a paragraph with a quote is not taken", &["“We never interfered,” [Ola Nord|per] said.", "Police cited “the procedure” for assemblies."], &["Ola Nord → -: We never interfered"]),
        ];
        for (name, sentences, expected) in cases {
            assert_eq!(
                read(sentences),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }
}
