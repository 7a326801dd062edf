//! Takes a filter (and optionally a speaker) and gives quotes; also the quotes a search query's words match.
//!
//! A quote says who said what, to which outlet, and where in which document.

use serde::Deserialize;

use super::filter::{Filter, Skip};
use super::order;
use super::query::Query;
use super::views::QuoteView;
use super::{Explorer, Result};
use crate::model::Quote;
use crate::text::translit_key;

/// Most quotes a search returns beside its hits.
const MATCHING_QUOTES: usize = 10;

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct QuoteOptions {
    /// Only what this entity said.
    pub entity: Option<String>,
}

impl Explorer {
    fn quote_view(&self, quote: &Quote) -> QuoteView {
        let doc = &self.corpus.documents[quote.doc as usize];
        QuoteView {
            speaker: self.entity_summary(quote.speaker, None),
            text: quote.text.clone(),
            outlet: quote.outlet.map(|e| self.entity_summary(e, None)),
            doc: doc.id.clone(),
            title: doc.title.clone(),
            start: quote.start,
            end: quote.end,
        }
    }

    /// Quotes in reading order: documents by publication date, then by place in the document.
    fn quotes_in_order<'a>(&'a self, keep: impl Fn(usize, &Quote) -> bool + 'a) -> Vec<&'a Quote> {
        let quotes: Vec<&Quote> = self
            .corpus
            .quotes
            .iter()
            .enumerate()
            .filter(|(i, q)| keep(*i, q))
            .map(|(_, q)| q)
            .collect();
        self.in_reading_order(quotes)
    }

    /// Documents by publication date, quotes by position within each.
    fn in_reading_order<'a>(&'a self, mut quotes: Vec<&'a Quote>) -> Vec<&'a Quote> {
        order::sort_by(&mut quotes, |a, b| {
            let (da, db) =
                (&self.corpus.documents[a.doc as usize], &self.corpus.documents[b.doc as usize]);
            (da.published.as_str(), da.id.as_str(), a.start).cmp(&(
                db.published.as_str(),
                db.id.as_str(),
                b.start,
            ))
        });
        quotes
    }

    /// Quotes whose sentence passes the filter, by the speaker `options.entity` if given.
    pub fn quotes(&self, filter: &Filter, options: &QuoteOptions) -> Result<Vec<QuoteView>> {
        let resolved = filter.resolve(self)?;
        let speaker = options.entity.as_deref().map(|id| self.entity_index(id)).transpose()?;
        let quotes = self.quotes_in_order(|_, q| {
            speaker.is_none_or(|s| q.speaker == s)
                && resolved.accepts_sentence(self, q.sentence, Skip::Nothing)
        });
        Ok(quotes.into_iter().map(|q| self.quote_view(q)).collect())
    }

    /// Quotes in the `sentences` (sorted; the passages that matched, filters applied) holding every word of the query
    /// (any spelling; the last word may be a beginning) and no excluded word.
    pub(super) fn matching_quotes(&self, query: &Query, sentences: &[u32]) -> Vec<QuoteView> {
        let words: Vec<(&str, String, bool)> = query
            .clauses
            .iter()
            .flat_map(|c| {
                c.words.iter().enumerate().map(move |(i, w)| {
                    (w.as_str(), translit_key(w), c.prefix && i + 1 == c.words.len())
                })
            })
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let excluded: Vec<(&str, String)> =
            query.excluded.iter().map(|w| (w.as_str(), translit_key(w))).collect();
        let holds = |index: usize| {
            let folded = &self.quote_words[index];
            let has = |word: &str, key: &str, prefix: bool| {
                folded.iter().any(|(k, f)| {
                    f == word || k == key || (prefix && (f.starts_with(word) || k.starts_with(key)))
                })
            };
            words.iter().all(|(w, key, prefix)| has(w, key, *prefix))
                && !excluded.iter().any(|(w, key)| has(w, key, false))
        };
        // Quotes of the matched passages, in reading order; the words are checked until enough are found.
        let mut candidates: Vec<u32> = Vec::new();
        for &sentence in sentences {
            let first = self.quote_by_sentence.partition_point(|&(s, _)| s < sentence);
            candidates.extend(
                self.quote_by_sentence[first..]
                    .iter()
                    .take_while(|&&(s, _)| s == sentence)
                    .map(|&(_, q)| q),
            );
        }
        order::sort_by(&mut candidates, |a, b| {
            self.quote_rank[*a as usize].cmp(&self.quote_rank[*b as usize])
        });
        candidates
            .into_iter()
            .filter(|&q| holds(q as usize))
            .take(MATCHING_QUOTES)
            .map(|q| self.quote_view(&self.corpus.quotes[q as usize]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{fixture, SearchOptions};

    #[test]
    fn quotes_name_speaker_outlet_and_place() {
        let e = fixture::story();
        let cases: &[(&str, Filter, QuoteOptions, &[&str])] = &[
            (
                "every quote in reading order",
                Filter::default(),
                QuoteOptions::default(),
                &["We want answers,", "The camps must close,"],
            ),
            (
                "one speaker",
                Filter::default(),
                QuoteOptions { entity: Some("erlan-nurov".into()) },
                &["The camps must close,"],
            ),
            (
                "the outlet filter applies",
                Filter { outlets: vec!["Outlet A".into()], ..Default::default() },
                QuoteOptions::default(),
                &["We want answers,"],
            ),
        ];
        for (name, filter, options, expected) in cases {
            let texts: Vec<String> =
                e.quotes(filter, options).unwrap().into_iter().map(|q| q.text).collect();
            assert_eq!(texts, *expected, "{name}");
        }
        let quote = &e.quotes(&Filter::default(), &QuoteOptions::default()).unwrap()[0];
        assert_eq!(
            (
                quote.speaker.id.as_str(),
                quote.outlet.as_ref().map(|o| o.id.as_str()),
                quote.doc.as_str()
            ),
            ("aigul-serikova", Some("radio-steppe"), "a")
        );
        let text = &e.corpus().documents[0].text;
        assert_eq!(&text[quote.start as usize..quote.end as usize], "We want answers,");
        assert_eq!(
            e.entity("erlan-nurov").unwrap().quotes.len(),
            1,
            "the profile carries the quotes"
        );
    }

    #[test]
    fn search_returns_the_quotes_its_words_match() {
        let e = fixture::story();
        let cases: &[(&str, &str, &[&str])] = &[
            ("a word of the quote", "answers", &["We want answers,"]),
            ("a word's beginning while typing", "cam", &["The camps must close,"]),
            ("every word must be there", "camps answers", &[]),
            ("an excluded word drops the quote", "camps -close", &[]),
            ("words outside quotes match none", "Urumqi", &[]),
        ];
        for (name, query, expected) in cases {
            let result = e.search(query, &SearchOptions::default()).unwrap();
            let texts: Vec<&str> = result.quotes.iter().map(|q| q.text.as_str()).collect();
            assert_eq!(texts, *expected, "{name}");
        }
    }
}
