//! Takes a filter and gives the figures grouped by topic, and whether the values of a topic disagree.
//!
//! Each figure comes with what it counts, who says so and its sentence; a topic's values disagree when
//! they differ by more than 10%.

use std::collections::BTreeMap;

use super::filter::{Filter, Skip};
use super::order;
use super::views::{FigureGroup, FigureView};
use super::{Explorer, Result};
use crate::model::Figure;

/// Values disagree when the largest exceeds the smallest by more than this share of the smallest.
const DISAGREEMENT: f64 = 0.10;

/// Whether the readable values differ by more than 10% (of the smaller one).
pub fn disagree(values: &[f64]) -> bool {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let (Some(min), Some(max)) =
        (finite.iter().copied().reduce(f64::min), finite.iter().copied().reduce(f64::max))
    else {
        return false;
    };
    if min <= 0.0 {
        return max != min;
    }
    max > min * (1.0 + DISAGREEMENT)
}

impl Explorer {
    fn figure_view(&self, figure: &Figure) -> FigureView {
        let doc = &self.corpus.documents[figure.doc as usize];
        FigureView {
            text: figure.text.clone(),
            value: figure.value.filter(|v| v.is_finite()),
            counts: figure.counts.clone(),
            source: figure.source.map(|e| self.entity_summary(e, None)),
            doc: doc.id.clone(),
            title: doc.title.clone(),
            start: figure.start,
            end: figure.end,
            sentence: self.sentence_view(figure.sentence),
        }
    }

    /// Figures whose sentence passes the filter, grouped by topic: topics with more figures first, then by
    /// name; within a topic, documents by publication date.
    pub fn figures(&self, filter: &Filter) -> Result<Vec<FigureGroup>> {
        let resolved = filter.resolve(self)?;
        let mut topics: BTreeMap<&str, Vec<&Figure>> = BTreeMap::new();
        for figure in self
            .corpus
            .figures
            .iter()
            .filter(|f| resolved.accepts_sentence(self, f.sentence, Skip::Nothing))
        {
            topics.entry(figure.topic.as_str()).or_default().push(figure);
        }
        let mut groups: Vec<FigureGroup> = topics
            .into_iter()
            .map(|(topic, mut figures)| {
                order::sort_by(&mut figures, |a, b| {
                    let (da, db) = (
                        &self.corpus.documents[a.doc as usize],
                        &self.corpus.documents[b.doc as usize],
                    );
                    (da.published.as_str(), da.id.as_str(), a.start).cmp(&(
                        db.published.as_str(),
                        db.id.as_str(),
                        b.start,
                    ))
                });
                let values: Vec<f64> = figures.iter().filter_map(|f| f.value).collect();
                // Figures without a topic are listed together but never compared.
                FigureGroup {
                    topic: topic.to_string(),
                    disagree: !topic.is_empty() && disagree(&values),
                    figures: figures.into_iter().map(|f| self.figure_view(f)).collect(),
                }
            })
            .collect();
        order::sort_by(&mut groups, |a, b| {
            a.topic
                .is_empty()
                .cmp(&b.topic.is_empty())
                .then(b.figures.len().cmp(&a.figures.len()))
                .then_with(|| a.topic.cmp(&b.topic))
        });
        Ok(groups)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;

    #[test]
    fn values_disagree_beyond_ten_percent() {
        let cases: &[(&str, &[f64], bool)] = &[
            ("one value", &[1.2e6], false),
            ("no value", &[], false),
            ("equal", &[1e6, 1e6], false),
            ("within ten percent", &[1.0e6, 1.1e6], false),
            ("1.2 against 1.5 million", &[1.2e6, 1.5e6], true),
            ("order does not matter", &[1.5e6, 1.2e6, 1.3e6], true),
            ("zero against some", &[0.0, 3.0], true),
            ("not a number is ignored", &[f64::NAN, 2.0], false),
        ];
        for (name, values, expected) in cases {
            assert_eq!(disagree(values), *expected, "{name}");
        }
    }

    #[test]
    fn figures_about_one_topic_stand_side_by_side() {
        let e = fixture::story();
        let groups = e.figures(&Filter::default()).unwrap();
        assert_eq!(groups.len(), 1);
        let group = &groups[0];
        assert_eq!((group.topic.as_str(), group.disagree), ("kazakhs-detained", true));
        let got: Vec<(&str, Option<&str>, &str)> = group
            .figures
            .iter()
            .map(|f| (f.text.as_str(), f.source.as_ref().map(|s| s.id.as_str()), f.doc.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("around 1.2 million", Some("steppe-watch"), "b"),
                ("About 1.5 million", Some("erlan-nurov"), "c")
            ]
        );
        assert_eq!(
            group.figures[0].sentence.text,
            "Steppe Watch counted around 1.2 million Kazakhs detained."
        );
        let narrowed =
            e.figures(&Filter { from: Some("2021".into()), ..Default::default() }).unwrap();
        assert!(!narrowed[0].disagree, "one figure left cannot disagree");
    }
}
