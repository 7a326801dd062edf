//! Splits a title off a run of capitalised words: a person after it, places inside it, and what holds the title.
//!
//! Takes a run of capitalised words holding a title (`Norwegian Deputy Minister of Foreign Affairs
//! X`) and gives a person mention for the name after it, place mentions for the places inside the
//! title phrase, and the name of what holds the title (`Federal Reserve Chair X`).

use super::candidates::{Candidate, Reader, Unit};
use super::cues::Votes;
use crate::compiler::lexicon::{
    is_demonym, is_known_place, is_org_keyword, is_place_keyword, is_title, is_title_descriptor,
    world_alias,
};

impl Reader<'_> {
    /// `Norwegian Deputy Minister of Foreign Affairs Eirik Solvang`: places in the title phrase become
    /// mentions, the name after it a person mention. Returns false when nothing follows the title.
    pub(super) fn split_title(
        &self,
        units: &[Unit],
        items: &[usize],
        title_at: usize,
        weak: bool,
        out: &mut Vec<Candidate>,
    ) -> bool {
        let mut k = title_at + 1;
        let mut places = Vec::new();
        loop {
            let connector = k < items.len()
                && self.is_connector_item(units, items[k])
                && matches!(units[items[k]].folded.as_str(), "of" | "to" | "for");
            let start = if connector { k + 1 } else { k };
            let mut end = start;
            while end < items.len() && !self.is_connector_item(units, items[end]) {
                let f = &units[items[end]].folded;
                if is_known_place(f) || world_alias(f).is_some() {
                    places.push(items[end]);
                } else if !is_title_descriptor(f) && !is_title(f) {
                    break;
                }
                end += 1;
            }
            if end == start || !connector && end == k {
                break;
            }
            k = end;
        }
        let mut rest = &items[k..];
        let keyword = |part: &[usize]| {
            part.iter()
                .any(|&i| is_org_keyword(&units[i].folded) || is_place_keyword(&units[i].folded))
        };
        // `Judge X of the Y Court`: the person, then where the title is held.
        let mut holder: &[usize] = &[];
        if let Some(cut) = rest.iter().position(|&i| {
            self.is_connector_item(units, i)
                && matches!(units[i].folded.as_str(), "of" | "at" | "for" | "from")
        }) {
            if cut > 0 && !keyword(&rest[..cut]) && keyword(&rest[cut + 1..]) {
                holder = &rest[cut + 1..];
                while holder.first().is_some_and(|&i| self.is_connector_item(units, i)) {
                    holder = &holder[1..];
                }
                rest = &rest[..cut];
            }
        }
        if rest.is_empty() || keyword(rest) {
            return false;
        }
        let mut block = title_at;
        while block > 0 {
            let f = &units[items[block - 1]].folded;
            if is_title(f)
                || is_title_descriptor(f)
                || is_demonym(f)
                || is_known_place(f)
                || world_alias(f).is_some()
            {
                block -= 1;
                if is_known_place(f) || world_alias(f).is_some() {
                    places.push(items[block]);
                }
            } else {
                break;
            }
        }
        if block > 0 {
            // A longer name before a title is what the title is held in (`Federal Reserve Chair X`).
            let holder =
                Votes { organization: if block > 1 { 2.0 } else { 0.0 }, ..Votes::default() };
            self.segment(units, &items[..block], holder, weak, out);
        }
        places.sort_unstable();
        for place in places {
            self.segment(units, &[place], Votes::default(), false, out);
        }
        if self.is_connector_item(units, rest[0]) {
            self.segment(units, &rest[1..], Votes::default(), weak, out);
        } else {
            let titled = Votes { person: 3.0, ..Votes::default() };
            self.segment(units, rest, titled, false, out);
        }
        if !holder.is_empty() {
            self.segment(units, holder, Votes::default(), false, out);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::compiler::extract::candidates::tests::candidates;
    use crate::model::EntityKind;

    /// (name, sentence, expected surfaces with their fixed kind and whether a title vouches for a person)
    type Case = (&'static str, &'static str, &'static [(&'static str, Option<EntityKind>, bool)]);
    const CASES: &[Case] = &[
        (
            "title before a name",
            "It was President Dale Hobart who spoke.",
            &[("Dale Hobart", None, true)],
        ),
        (
            "country inside the title phrase",
            "Former U.S. President Dale Hobart spoke.",
            &[("U.S.", Some(EntityKind::Place), false), ("Dale Hobart", None, true)],
        ),
        (
            "descriptors after of",
            "Norwegian Deputy Minister of Foreign Affairs Eirik Solvang came.",
            &[("Eirik Solvang", None, true)],
        ),
        (
            "ambassador to a country",
            "Chinese Ambassador to Norway Li Qiang spoke.",
            &[("Norway", Some(EntityKind::Place), false), ("Li Qiang", None, true)],
        ),
        (
            "the holder of the title",
            "The Steppe Reserve Chair Mira Tolash spoke.",
            &[("Steppe Reserve", None, false), ("Mira Tolash", None, true)],
        ),
        (
            "a title alone is no name",
            "Mira Tolash is Managing Editor of The Courier.",
            &[("Mira Tolash", None, false), ("The Courier", None, false)],
        ),
        (
            "an organization named after a title",
            "The General Assembly met.",
            &[("General Assembly", Some(EntityKind::Organization), false)],
        ),
        (
            "the title's holder after the name",
            "Judge Mira Tolash of the Ushtobe City Court ruled.",
            &[
                ("Mira Tolash", None, true),
                ("Ushtobe City Court", Some(EntityKind::Organization), false),
            ],
        ),
    ];

    #[test]
    fn titles_split_as_specified() {
        for (name, text, expected) in CASES {
            let (found, _) = candidates(text);
            let got: Vec<(&str, Option<EntityKind>, bool)> = found
                .iter()
                .filter(|c| !c.weak)
                .map(|c| (c.surface.as_str(), c.fixed, c.votes.person >= 3.0))
                .collect();
            assert_eq!(&got, expected, "{name}");
        }
    }
}
