//! Takes an entity and options and gives its links (neighbors), each relation with the other entity and its evidence.
//!
//! A link carries its type, family and direction, the entity at the other end and every evidence sentence.

use serde::Deserialize;

use super::order;
use super::relation_types::RelationTypes;
use super::views::Link;
use super::{Explorer, Result};
use crate::model::{Relation, RelationKind};

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct NeighborOptions {
    /// Relation type or family names to follow (`spouse-of`, `family`, `co-mention`); empty: all.
    #[serde(default)]
    #[cfg_attr(test, ts(type = "Array<RelationType>", optional))]
    pub types: Vec<String>,
    pub min_evidence: Option<u32>,
    pub limit: Option<u32>,
}

impl Explorer {
    /// The entity at the other end of `relation` from `from`.
    pub(super) fn other_end(relation: &Relation, from: u32) -> u32 {
        if relation.source == from {
            relation.target
        } else {
            relation.source
        }
    }

    pub(super) fn link(&self, relation: &Relation, from: u32) -> Link {
        let entities = &self.corpus.entities;
        Link {
            source: entities[relation.source as usize].id.clone(),
            target: entities[relation.target as usize].id.clone(),
            kind: relation.kind.as_str(),
            family: relation.kind.family(),
            directed: relation.kind.is_directed(),
            former: relation.former,
            other: self.entity_summary(Self::other_end(relation, from), None),
            evidence: relation.evidence.iter().map(|&s| self.evidence(s)).collect(),
        }
    }

    /// Links of entity `id`: stated relations before co-mention, then most evidence first, then by name.
    pub fn neighbors(&self, id: &str, options: &NeighborOptions) -> Result<Vec<Link>> {
        let e = self.entity_index(id)?;
        let types = RelationTypes::parse(&options.types)?;
        let min_evidence = options.min_evidence.unwrap_or(1);
        let mut relations: Vec<&Relation> = self.entity_relations[e as usize]
            .iter()
            .map(|&r| &self.corpus.relations[r as usize])
            .filter(|r| types.contains(r.kind) && r.evidence.len() as u32 >= min_evidence)
            .collect();
        let other_name = |r: &Relation| &self.corpus.entities[Self::other_end(r, e) as usize].name;
        order::sort_by(&mut relations, |a, b| {
            (a.kind == RelationKind::CoMention)
                .cmp(&(b.kind == RelationKind::CoMention))
                .then_with(|| b.evidence.len().cmp(&a.evidence.len()))
                .then_with(|| other_name(a).cmp(other_name(b)))
                .then_with(|| a.kind.cmp(&b.kind))
        });
        let limit = options.limit.unwrap_or(u32::MAX) as usize;
        Ok(relations.into_iter().take(limit).map(|r| self.link(r, e)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;

    #[test]
    fn neighbors_follow_the_types_and_families_asked_for() {
        let e = fixture::story();
        let options = |types: &[&str], min_evidence: Option<u32>| NeighborOptions {
            types: types.iter().map(|t| t.to_string()).collect(),
            min_evidence,
            limit: None,
        };
        let cases: &[(&str, &str, NeighborOptions, &[(&str, &str)])] = &[
            (
                "stated relations come before co-mention",
                "bolat-serikov",
                options(&[], None),
                &[
                    ("spouse-of", "aigul-serikova"),
                    ("met-with", "dana-omarova"),
                    ("co-mention", "urumqi"),
                    ("co-mention", "dana-omarova"),
                ],
            ),
            (
                "a family name follows its types",
                "bolat-serikov",
                options(&["family"], None),
                &[("spouse-of", "aigul-serikova")],
            ),
            (
                "a type name follows that type",
                "bolat-serikov",
                options(&["met-with"], None),
                &[("met-with", "dana-omarova")],
            ),
            (
                "co-mention alone",
                "bolat-serikov",
                options(&["co-mention"], None),
                &[("co-mention", "urumqi"), ("co-mention", "dana-omarova")],
            ),
            (
                "min evidence drops thin links",
                "bolat-serikov",
                options(&["co-mention"], Some(2)),
                &[("co-mention", "urumqi")],
            ),
        ];
        for (name, id, options, expected) in cases {
            let links = e.neighbors(id, options).unwrap();
            let got: Vec<(&str, &str)> =
                links.iter().map(|l| (l.kind, l.other.id.as_str())).collect();
            assert_eq!(got, *expected, "{name}");
        }
    }

    #[test]
    fn an_unnamed_relative_is_linked_and_marked_as_unnamed() {
        let e = fixture::story();
        let links = e
            .neighbors(
                "aigul-serikova",
                &NeighborOptions { types: vec!["family".into()], ..Default::default() },
            )
            .unwrap();
        let got: Vec<(&str, &str, bool)> =
            links.iter().map(|l| (l.kind, l.other.name.as_str(), l.other.unnamed)).collect();
        assert_eq!(
            got,
            [
                ("spouse-of", "Bolat Serikov", false),
                ("parent-of", "[sons of Aigul Serikova]", true)
            ]
        );
        assert!(e.entity("sons-of-aigul-serikova").unwrap().unnamed);
    }

    #[test]
    fn a_link_keeps_the_stated_direction_and_its_evidence() {
        let e = fixture::story();
        let links = e
            .neighbors(
                "steppe-watch",
                &NeighborOptions { types: vec!["affiliation".into()], ..Default::default() },
            )
            .unwrap();
        let heads = links.iter().find(|l| l.kind == "head-of").unwrap();
        assert_eq!(
            (heads.source.as_str(), heads.target.as_str(), heads.family, heads.directed),
            ("dana-omarova", "steppe-watch", "affiliation", true)
        );
        assert_eq!(heads.evidence[0].text, "Dana Omarova heads Steppe Watch.");
    }
}
