//! Connectors only an organization's long name holds: `or` and `in` inside a phrase its keyword opened with `of`, `for` or `on`.
//!
//! `Working Group on Enforced or Involuntary Disappearances` keeps its `or`; `Committee for the
//! Protection of Kyrgyz Citizens in China` keeps its `in` because a people noun stands before it and a
//! known place after it. `the Chinese Consulate in Almaty` opens no phrase, so it stays two names.
//! A country's adjective before a lower-case `embassy` or `consulate` names the mission.

use super::candidates::{plain_space, Candidate, Reader, Unit};
use super::cues::Votes;
use super::words::Shape;
use crate::compiler::lexicon::{is_demonym, is_known_place, is_org_keyword};
use crate::model::EntityKind;

/// Plural nouns of people a body protects or speaks for (`Citizens`, `Journalists`).
const PEOPLE_NOUNS: &[&str] = &[
    "citizens", "nationals", "compatriots", "people", "peoples", "journalists", "refugees",
    "migrants", "workers", "prisoners", "detainees", "women", "children", "minorities",
];

/// Connectors of this kind.
pub(super) fn is_org_phrase_connector(folded: &str) -> bool {
    matches!(folded, "or" | "in")
}

/// Lower-case heads a country's adjective makes a diplomatic mission's name (`the Chinese embassy`).
const MISSION_NOUNS: &[&str] = &["embassy", "consulate"];

impl Reader<'_> {
    /// `the Chinese embassy in Astana`: a country's adjective before a lower-case mission noun names
    /// the mission, as the capitalised `Chinese Embassy` does; emits it and says so.
    pub(super) fn diplomatic_mission(
        &self,
        units: &[Unit],
        i: usize,
        out: &mut Vec<Candidate>,
    ) -> bool {
        let (adjective, Some(noun)) = (&units[i], units.get(i + 1)) else { return false };
        let mission = adjective.shape == Shape::Capitalized
            && !adjective.possessive
            && is_demonym(&adjective.folded)
            && noun.shape == Shape::Lower
            && MISSION_NOUNS.contains(&noun.folded.as_str())
            && plain_space(self.words.words[noun.first].gap);
        if mission {
            let kind = Some(EntityKind::Organization);
            self.emit(units, &[i, i + 1], kind, None, Votes::default(), false, out);
        }
        mission
    }

    /// The items so far hold an organization keyword and then an `of`, `for` or `on` phrase.
    pub(super) fn org_phrase_open(&self, units: &[Unit], items: &[usize]) -> bool {
        let Some(keyword) = items
            .iter()
            .position(|&k| units[k].shape != Shape::Lower && is_org_keyword(&units[k].folded))
        else {
            return false;
        };
        items[keyword..].iter().any(|&k| {
            units[k].shape == Shape::Lower
                && matches!(units[k].folded.as_str(), "of" | "for" | "on")
        })
    }

    /// Whether the `or` / `in` at `segment[k]` stays inside the name, the phrase being open.
    pub(super) fn org_phrase_connector_holds(
        &self,
        units: &[Unit],
        segment: &[usize],
        k: usize,
    ) -> bool {
        let next = segment.get(k + 1).map(|&n| &units[n]);
        let Some(next) = next.filter(|n| n.shape != Shape::Lower) else { return false };
        match units[segment[k]].folded.as_str() {
            // `Enforced or Involuntary`: two describing words, not two places.
            "or" => {
                let before = &units[segment[k - 1]];
                !is_known_place(&next.folded) && !is_known_place(&before.folded)
            }
            "in" => {
                let before = k.checked_sub(1).map(|p| &units[segment[p]]);
                before.is_some_and(|b| {
                    b.shape != Shape::Lower
                        && (PEOPLE_NOUNS.contains(&b.folded.as_str()) || is_demonym(&b.folded))
                }) && is_known_place(&next.folded)
                    && segment.get(k + 2).is_none()
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::compiler::extract::candidates::tests::candidates;

    /// (name, sentence, expected surfaces)
    const CASES: &[(&str, &str, &[&str])] = &[
        (
            "or inside an on-phrase",
            "She wrote to the Study Group on Forced or Silent Removals last May.",
            &["Study Group on Forced or Silent Removals"],
        ),
        (
            "in after a people noun before a country",
            "He chairs the League for the Defence of Uzbek Migrants in Norway now.",
            &["League for the Defence of Uzbek Migrants in Norway"],
        ),
        (
            "in after a demonym before a country",
            "She leads the Council for the Rights of Tajiks in Norway.",
            &["Council for the Rights of Tajiks in Norway"],
        ),
        (
            "an embassy in a city stays two names",
            "They waited outside the Norwegian Consulate in Oslo.",
            &["Norwegian Consulate", "Oslo"],
        ),
        (
            "an institute in a city stays two names",
            "She works at the Institute for Desert Policy in Oslo.",
            &["Institute for Desert Policy", "Oslo"],
        ),
        (
            "or between two bodies splits",
            "He wrote to the Foreign Ministry of Norway or Sweden.",
            &["Foreign Ministry of Norway", "Sweden"],
        ),
        (
            "a country's adjective before a lower-case mission noun",
            "He waited at the Norwegian embassy in Oslo.",
            &["Norwegian embassy", "Oslo"],
        ),
        (
            "a sentence's capital The before the adjective",
            "The Norwegian consulate did not reply.",
            &["Norwegian consulate"],
        ),
        ("an adjective before another noun is no name", "The Norwegian envoy came.", &[]),
        (
            "a person in a country stays two names",
            "Mira Tolash in Norway wrote.",
            &["Mira Tolash", "Norway"],
        ),
    ];

    #[test]
    fn organization_phrases_keep_their_connectors() {
        for (name, text, expected) in CASES {
            let (found, _) = candidates(text);
            let got: Vec<&str> =
                found.iter().filter(|c| !c.weak).map(|c| c.surface.as_str()).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }
}
