//! Gives the dated events: one per date expression of a sentence, with the entities the sentence names.
//!
//! Takes the documents, their sentences and the entities and gives the dated events: one per date
//! expression of a sentence, resolved against the document's publication date, with the entities
//! the sentence names.
//!
//! Dates are read by [`super::dates`]; words such as `that month` or `the next day` lean on the
//! last date earlier in the same paragraph. Events are sorted by date (an ISO prefix sorts before
//! the days it contains), then document, then position.

use std::collections::BTreeSet;

use super::dates::{find_dates, Date};
use crate::compiler::relate::{corpus_items, mentions_by_sentence};
use crate::model::{Document, Entity, Event, Sentence};

/// The dated events of the corpus, sorted by (date, doc, start).
pub fn events(documents: &[Document], sentences: &[Sentence], entities: &[Entity]) -> Vec<Event> {
    let items =
        corpus_items(documents, sentences, &mentions_by_sentence(entities, sentences.len()));
    let mut events = Vec::new();
    let mut anchor: Option<Date> = None;
    let mut paragraph = None;
    for sentence in &items {
        if paragraph != Some((sentence.doc, sentence.paragraph)) {
            paragraph = Some((sentence.doc, sentence.paragraph));
            anchor = None;
        }
        let document = &documents[sentence.doc as usize];
        let Some(published) = Date::parse(&document.published) else { continue };
        let named: BTreeSet<u32> = sentence.items.iter().filter_map(|item| item.entity()).collect();
        for found in find_dates(&sentence.items, published, &mut anchor) {
            let (start, end) =
                (sentence.items[found.first].start, sentence.items[found.end - 1].end);
            let date_text: String = String::from_utf16_lossy(
                &document
                    .text
                    .encode_utf16()
                    .skip(start as usize)
                    .take((end - start) as usize)
                    .collect::<Vec<u16>>(),
            );
            events.push(Event {
                date: found.date.iso(),
                date_text,
                doc: sentence.doc,
                sentence: sentence.sentence,
                start,
                end,
                entities: named.iter().copied().collect(),
            });
        }
    }
    events.sort_by(|a, b| (&a.date, a.doc, a.start).cmp(&(&b.date, b.doc, b.start)));
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::clean::{KeptLine, Located, Story, StorySpec};
    use crate::compiler::segment::segment;
    use crate::model::{EntityKind, Mention, ParagraphKind};

    fn document(published: &str, paragraphs: &[&str]) -> (Document, Vec<Sentence>) {
        let here = || Located { text: String::new(), manifest_line: 0 };
        let spec = StorySpec {
            id: "doc".into(),
            title: String::new(),
            outlet: String::new(),
            authors: vec![],
            published: published.into(),
            begin: here(),
            end: here(),
            drops: vec![],
        };
        let lines = paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| KeptLine { line: i + 1, text: t.to_string(), kind: ParagraphKind::Body })
            .collect();
        let story =
            Story { spec, file: "t.txt".into(), first_line: 1, last_line: paragraphs.len(), lines };
        segment(&story, 0, 0)
    }

    /// (name, published, paragraphs, expected `date words @sentence`, sorted)
    #[test]
    fn events_are_dated_and_sorted() {
        let cases: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "sorted by date",
                "2022-09-14",
                &["They met on September 12. In 2017 it began."],
                &["2017 2017 @1", "2022-09-12 September 12 @0"],
            ),
            (
                "that month leans on the same paragraph",
                "2018-06",
                &["In early November 2017 they met. Toward the end of that month, they spoke."],
                &["2017-11 early November 2017 @0", "2017-11 the end of that month @1"],
            ),
            (
                "but not on another paragraph",
                "2018-06",
                &["In early November 2017 they met.", "Toward the end of that month, they spoke."],
                &["2017-11 early November 2017 @0"],
            ),
        ];
        for (name, published, paragraphs, expected) in cases {
            let (doc, sentences) = document(published, paragraphs);
            let got: Vec<String> = events(&[doc], &sentences, &[])
                .iter()
                .map(|e| format!("{} {} @{}", e.date, e.date_text, e.sentence))
                .collect();
            assert_eq!(got, expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
        }
    }

    #[test]
    fn events_carry_span_and_entities() {
        let (doc, sentences) = document("2021-12", &["Mira Tolash woke on December 4 in Oslo."]);
        let at = |name: &str| doc.text.find(name).unwrap() as u32;
        let entity = |name: &str, kind| Entity {
            id: name.to_lowercase(),
            name: name.into(),
            kind,
            aliases: vec![],
            mentions: vec![Mention {
                doc: 0,
                sentence: 0,
                start: at(name),
                end: at(name) + name.len() as u32,
            }],
            roles: vec![],
        };
        let entities =
            vec![entity("Oslo", EntityKind::Place), entity("Mira Tolash", EntityKind::Person)];
        let found = events(std::slice::from_ref(&doc), &sentences, &entities);
        assert_eq!(found.len(), 1);
        let event = &found[0];
        assert_eq!(
            (event.date.as_str(), event.date_text.as_str(), event.entities.clone()),
            ("2021-12-04", "December 4", vec![0, 1])
        );
        assert_eq!(&doc.text[event.start as usize..event.end as usize], "December 4");
    }
}
