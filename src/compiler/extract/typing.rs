//! Types one connector-checked run of name tokens into candidates: known places, titles, keywords, datelines, acronyms, adjectives.
//!
//! Takes one connector-checked run of name tokens of a sentence and gives its typed candidates: a
//! known place or abbreviation whole, a title split off, a keyword deciding the kind, a dateline,
//! an acronym, adjectives trimmed, and the context votes of each.

use super::candidates::{Candidate, Reader, Unit};
use super::cues::{context_votes, Votes};
use super::words::Shape;
use crate::compiler::lexicon::{
    is_demonym, is_known_place, is_modifier, is_name_particle, is_org_keyword, is_place_keyword,
    is_stopword, is_title, is_title_descriptor, official_country, world_alias,
};
use crate::model::EntityKind;

impl Reader<'_> {
    /// Types one connector-checked segment: splits off titles and leading places, strips adjectives, then emits.
    pub(super) fn segment(
        &self,
        units: &[Unit],
        items: &[usize],
        extra: Votes,
        weak: bool,
        out: &mut Vec<Candidate>,
    ) {
        let plain: Vec<usize> =
            items.iter().copied().filter(|&i| !self.is_connector_item(units, i)).collect();
        let descriptive = |i: &usize| {
            let f = &units[*i].folded;
            is_title(f) || is_title_descriptor(f) || is_demonym(f) || is_modifier(f) || f == "the"
        };
        if plain.iter().all(descriptive) && !plain.iter().any(|&i| is_org_keyword(&units[i].folded))
        {
            return;
        }
        if plain.len() == 1 && units[plain[0]].shape == Shape::Acronym {
            // `US$4 billion`, `COVID-19`: a currency or a numbered thing, no name.
            let last = units[plain[0]].last;
            let currency = self.words.after(last).starts_with('$');
            let numbered = self.words.after(last).starts_with('-')
                && self.words.words.get(last + 1).is_some_and(|w| w.shape == Shape::Other);
            if currency || numbered {
                return;
            }
        }
        // A known place or abbreviation as a whole (`Soviet Union`, `Saudi Arabia`, `U.S.`).
        let whole = self.joined(units, items);
        if let Some((name, kind)) = world_alias(&whole) {
            return self.emit(units, items, Some(kind), Some(name), extra, false, out);
        }
        if is_known_place(&whole) {
            return self.emit(units, items, Some(EntityKind::Place), None, extra, false, out);
        }
        if let Some((n, country)) = self.official_country_prefix(units, items) {
            self.emit(
                units,
                &items[..n],
                Some(EntityKind::Place),
                Some(country),
                extra,
                false,
                out,
            );
            if n < items.len() {
                self.segment(units, &items[n..], Votes::default(), weak, out);
            }
            return;
        }
        if extra.person < 3.0 {
            if let Some(title_at) = (0..items.len() - 1).rev().find(|&k| {
                !self.is_connector_item(units, items[k]) && is_title(&units[items[k]].folded)
            }) {
                if self.split_title(units, items, title_at, weak, out) {
                    return;
                }
            }
        }
        let head_end =
            items.iter().position(|&i| self.is_connector_item(units, i)).unwrap_or(items.len());
        let head = &units[items[head_end - 1]].folded;
        let before_connector = &items[..head_end];
        let keyword_kind = if is_place_keyword(head) {
            Some(EntityKind::Place)
        } else if is_org_keyword(head)
            || before_connector.iter().any(|&i| is_org_keyword(&units[i].folded))
        {
            Some(EntityKind::Organization)
        } else if before_connector.iter().any(|&i| is_place_keyword(&units[i].folded)) {
            Some(EntityKind::Place)
        } else {
            None
        };
        if let Some(kind) = keyword_kind {
            if plain.len() < 2 {
                return;
            }
            // `Republic of X` is country X.
            let world = (kind == EntityKind::Place
                && head_end < items.len()
                && matches!(head.as_str(), "republic" | "kingdom"))
            .then(|| crate::text::fold(&self.joined(units, &items[head_end + 1..])))
            .and_then(|country| crate::compiler::lexicon::world_name_of_country(&country));
            return self.emit(units, items, Some(kind), world, extra, weak, out);
        }
        if plain.len() == 1 && self.is_dateline(&units[plain[0]]) {
            return self.emit(units, &plain, None, None, Votes { place: 2.0, ..extra }, false, out);
        }
        if plain.len() == 1 && units[plain[0]].shape == Shape::Acronym {
            return self.acronym(units, plain[0], extra, out);
        }
        // Adjectives around a name are no part of it (`Kazakh`, `Uyghur`).
        let mut trimmed: &[usize] = items;
        while let Some((&first, rest)) = trimmed.split_first() {
            if is_demonym(&units[first].folded)
                || self.is_connector_item(units, first)
                || units[first].folded == "the"
                    && rest.iter().all(|&r| is_demonym(&units[r].folded))
            {
                trimmed = rest;
            } else {
                break;
            }
        }
        while let Some((&last, rest)) = trimmed.split_last() {
            if is_demonym(&units[last].folded) || self.is_connector_item(units, last) {
                trimmed = rest;
            } else {
                break;
            }
        }
        if trimmed.is_empty()
            || trimmed.iter().all(|&i| is_modifier(&units[i].folded) || units[i].folded == "the")
        {
            return;
        }
        let whole = self.joined(units, trimmed);
        if let Some((name, kind)) = world_alias(&whole) {
            return self.emit(units, trimmed, Some(kind), Some(name), extra, weak, out);
        }
        let known = self.known_place_prefix(units, trimmed);
        if known == trimmed.len() {
            return self.emit(units, trimmed, Some(EntityKind::Place), None, extra, false, out);
        }
        if known > 0 {
            self.emit(
                units,
                &trimmed[..known],
                Some(EntityKind::Place),
                None,
                Votes::default(),
                false,
                out,
            );
            return self.segment(units, &trimmed[known..], extra, weak, out);
        }
        self.emit(units, trimmed, None, None, extra, weak, out)
    }

    /// `the Kyrgyz Republic`, `Republic of Kazakhstan`: the items opening the run that name a
    /// country officially (then a name glued after it, `Kyrgyz Republic Nurbek Osmonov`, is apart).
    fn official_country_prefix(
        &self,
        units: &[Unit],
        items: &[usize],
    ) -> Option<(usize, &'static str)> {
        (2..=items.len().min(4)).rev().find_map(|n| {
            let capitalised = items[..n].iter().all(|&i| {
                units[i].shape != Shape::Lower || matches!(units[i].folded.as_str(), "of" | "the")
            });
            let country = official_country(&self.joined(units, &items[..n]))?;
            capitalised.then_some((n, country))
        })
    }

    /// `OSLO, Norway -- …`: a place name in capitals opening a story.
    fn is_dateline(&self, unit: &Unit) -> bool {
        unit.first == 0
            && matches!(unit.shape, Shape::Acronym | Shape::Upper)
            && self.opens_dateline(unit)
    }

    pub(super) fn opens_dateline(&self, unit: &Unit) -> bool {
        let after = self.words.after(unit.last);
        let sentence = self.text_of_sentence();
        let dash = |t: &str| t.starts_with(" -- ") || t.starts_with(" — ") || t.starts_with(" – ");
        dash(after)
            || after.starts_with(", ")
                && (sentence.contains(" -- ")
                    || sentence.contains(" — ")
                    || sentence.contains(" – "))
    }

    fn text_of_sentence(&self) -> &str {
        let words = &self.words.words;
        match (words.first(), words.last()) {
            (Some(first), Some(last)) => &self.text[first.byte_start..last.byte_end],
            _ => "",
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn emit(
        &self,
        units: &[Unit],
        items: &[usize],
        fixed: Option<EntityKind>,
        world: Option<&'static str>,
        extra: Votes,
        weak: bool,
        out: &mut Vec<Candidate>,
    ) {
        let words = &self.words.words;
        let (Some(&first), Some(&last)) = (items.first(), items.last()) else { return };
        let (first_word, last_word) = (units[first].first, units[last].last);
        let tokens: Vec<String> = items
            .iter()
            .map(|&i| {
                self.text[words[units[i].first].byte_start..words[units[i].last].byte_end]
                    .to_string()
            })
            .collect();
        let mut votes = context_votes(self.words, first_word, last_word);
        votes.merge(&extra);
        if units[first].folded == "the" {
            votes.organization += 1.0;
        }
        let plain: Vec<&Unit> =
            items.iter().map(|&i| &units[i]).filter(|u| u.shape != Shape::Lower).collect();
        let name_like = (2..=4).contains(&plain.len())
            && items
                .iter()
                .all(|&i| units[i].shape != Shape::Lower || is_name_particle(&units[i].folded))
            && plain.iter().all(|u| {
                let f = u.folded.as_str();
                u.shape == Shape::Capitalized
                    && !self.vocabulary.seen_lower(f)
                    && !is_stopword(f)
                    && !is_demonym(f)
                    && !is_modifier(f)
                    && !is_title(f)
                    && !is_title_descriptor(f)
                    && !is_org_keyword(f)
                    && !is_place_keyword(f)
                    && !is_known_place(f)
                    && !f.chars().any(|c| c.is_ascii_digit())
            });
        out.push(Candidate {
            doc: self.doc,
            sentence: self.sentence,
            start: words[first_word].start,
            end: words[last_word].end,
            surface: self.text[words[first_word].byte_start..words[last_word].byte_end].to_string(),
            tokens,
            votes,
            fixed,
            world,
            weak,
            acronym: false,
            name_like,
            key: None,
        });
    }
}
