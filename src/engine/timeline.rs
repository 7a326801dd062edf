//! Takes a filter (and optionally an entity) and gives the dated events in date order.
//!
//! Each event comes with its precision, the date words, its sentence and the entities it names.

use serde::Deserialize;

use super::filter::{Filter, Skip};
use super::order;
use super::views::EventView;
use super::{Explorer, Result};
use crate::model::Event;

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct TimelineOptions {
    /// Only events naming this entity.
    pub entity: Option<String>,
}

/// `day`, `month` or `year` for `YYYY-MM-DD`, `YYYY-MM`, `YYYY`.
pub fn precision(date: &str) -> &'static str {
    match date.len() {
        10 => "day",
        7 => "month",
        _ => "year",
    }
}

impl Explorer {
    fn event_view(&self, event: &Event) -> EventView {
        let doc = &self.corpus.documents[event.doc as usize];
        EventView {
            date: event.date.clone(),
            precision: precision(&event.date),
            date_text: event.date_text.clone(),
            doc: doc.id.clone(),
            title: doc.title.clone(),
            start: event.start,
            end: event.end,
            sentence: self.sentence_view(event.sentence),
            entities: event.entities.iter().map(|&e| self.entity_summary(e, None)).collect(),
        }
    }

    /// Events whose sentence passes the filter (the date range is the documents' publication date), oldest first.
    /// A coarser date sorts before the finer dates within it ("2018" before "2018-03").
    pub fn timeline(&self, filter: &Filter, options: &TimelineOptions) -> Result<Vec<EventView>> {
        let resolved = filter.resolve(self)?;
        let entity = options.entity.as_deref().map(|id| self.entity_index(id)).transpose()?;
        let mut events: Vec<&Event> = self
            .corpus
            .events
            .iter()
            .filter(|event| entity.is_none_or(|e| event.entities.contains(&e)))
            .filter(|event| resolved.accepts_sentence(self, event.sentence, Skip::Nothing))
            .collect();
        order::sort_by(&mut events, |a, b| {
            let doc = |event: &Event| self.corpus.documents[event.doc as usize].id.as_str();
            (a.date.as_str(), doc(a), a.start).cmp(&(b.date.as_str(), doc(b), b.start))
        });
        Ok(events.into_iter().map(|event| self.event_view(event)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;

    #[test]
    fn the_timeline_lists_events_by_date_with_their_precision() {
        let e = fixture::story();
        let cases: &[(&str, Filter, TimelineOptions, &[(&str, &str, &str)])] = &[
            (
                "every event, oldest first",
                Filter::default(),
                TimelineOptions::default(),
                &[("2019-02", "month", "last month"), ("2021-06-03", "day", "On June 3")],
            ),
            (
                "events naming one entity",
                Filter::default(),
                TimelineOptions { entity: Some("erlan-nurov".into()) },
                &[("2021-06-03", "day", "On June 3")],
            ),
            (
                "the publication date filter applies",
                Filter { to: Some("2020".into()), ..Default::default() },
                TimelineOptions::default(),
                &[("2019-02", "month", "last month")],
            ),
        ];
        for (name, filter, options, expected) in cases {
            let events = e.timeline(filter, options).unwrap();
            let got: Vec<(&str, &str, &str)> = events
                .iter()
                .map(|v| (v.date.as_str(), v.precision, v.date_text.as_str()))
                .collect();
            assert_eq!(got, *expected, "{name}");
        }
        let event = &e.timeline(&Filter::default(), &TimelineOptions::default()).unwrap()[1];
        assert_eq!(event.sentence.text, "On June 3, Erlan Nurov met officials in Almaty.");
        let names: Vec<&str> = event.entities.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(names, ["almaty", "erlan-nurov"]);
        assert_eq!(
            &e.corpus().documents[2].text[event.start as usize..event.end as usize],
            "On June 3"
        );
    }

    #[test]
    fn precision_follows_the_date_length() {
        for (date, expected) in [("2018", "year"), ("2018-09", "month"), ("2018-09-10", "day")] {
            assert_eq!(precision(date), expected, "{date}");
        }
    }
}
