//! Gives the corpus's country entity a nationality word (`Kazakh`, `Iranian`) names, if the corpus has one.
//!
//! Takes a nationality word (`Kazakh`, `Iranian`) and, given the corpus's place entities, gives the
//! entity of the country it names, if the corpus has one.
//!
//! The adjective → country knowledge is [`super::peoples`]'s; this adds only the other names news
//! writing gives a few countries (`U.S.`, `Britain`). A word that is also a people's name (`Kazakh`)
//! still names the country in that position; callers only ask in title positions.

use std::collections::BTreeMap;

use super::peoples::country_of;
use crate::model::{Entity, EntityKind};

/// (folded country name, other names news writing uses for it)
const OTHER_NAMES: &[(&str, &[&str])] = &[
    ("united states", &["u.s.", "us", "usa", "united states of america", "america"]),
    ("united kingdom", &["u.k.", "uk", "britain", "great britain"]),
    ("china", &["people's republic of china", "prc"]),
    ("russia", &["russian federation"]),
    ("turkey", &["turkiye"]),
    ("czech republic", &["czechia"]),
];

/// Every folded name of the country a nationality word (lower case) names: `american` → `united states`, `u.s.`, ….
pub fn country_names(adjective: &str) -> Vec<&'static str> {
    let Some(country) = country_of(adjective) else { return Vec::new() };
    let others =
        OTHER_NAMES.iter().find(|(c, _)| *c == country).map_or(&[][..], |(_, names)| names);
    std::iter::once(country).chain(others.iter().copied()).collect()
}

fn folded_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('’', "'")
}

/// Nationality adjective → place entity of the corpus.
pub struct Nationalities {
    by_folded_name: BTreeMap<String, u32>,
}

impl Nationalities {
    pub fn new(entities: &[Entity]) -> Nationalities {
        let mut by_folded_name = BTreeMap::new();
        for (index, entity) in
            entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Place)
        {
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                by_folded_name.entry(folded_name(name)).or_insert(index as u32);
            }
        }
        Nationalities { by_folded_name }
    }

    /// The place entity a lower-case nationality word names, if the corpus has it.
    pub fn place(&self, word: &str) -> Option<u32> {
        country_names(word).into_iter().find_map(|name| self.by_folded_name.get(name).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: name.to_lowercase(),
            name: name.into(),
            kind: EntityKind::Place,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: vec![],
            roles: vec![],
        }
    }

    /// (name, adjective, expected entity name or none)
    #[test]
    fn adjectives_find_the_corpus_places() {
        let entities =
            vec![place("Norway", &[]), place("United States", &["U.S."]), place("U.K.", &[])];
        let nationalities = Nationalities::new(&entities);
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("plain country name", "norwegian", Some("Norway")),
            ("country under another name", "american", Some("United States")),
            ("abbreviation as the entity name", "british", Some("U.K.")),
            ("country not in the corpus", "swedish", None),
            ("not a nationality", "regional", None),
        ];
        for (name, adjective, expected) in cases {
            let got = nationalities.place(adjective).map(|i| entities[i as usize].name.as_str());
            assert_eq!(got, *expected, "{name}");
        }
    }
}
