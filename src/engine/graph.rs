//! Takes a filter and graph options and gives the network to draw: entities, the relations between them, and their layout.
//!
//! The nodes are the most mentioned entities passing the filter (or the neighbourhood of a focus entity);
//! the edges carry evidence counts.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::filter::{Filter, Skip};
use super::layout::{layout, Spring};
use super::order;
use super::relation_types::RelationTypes;
use super::views::{GraphEdge, GraphNode, GraphView};
use super::{EngineError, Explorer, Result};
use crate::model::{Relation, RelationKind};

pub const DEFAULT_GRAPH_NODES: u32 = 40;
pub const MOST_GRAPH_NODES: u32 = 150;
pub const MOST_DEPTH: u32 = 2;
/// How hard an edge pulls its ends together in the layout: a stated relation, and a co-mention.
const STATED_PULL: f64 = 1.0;
const CO_MENTION_PULL: f64 = 0.3;

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct GraphOptions {
    /// Most nodes (default 40, at most 150).
    pub limit: Option<u32>,
    /// Relation type or family names to draw; empty: all.
    #[serde(default)]
    #[cfg_attr(test, ts(type = "Array<RelationType>", optional))]
    pub types: Vec<String>,
    /// An entity id: draw its neighbourhood instead of the most mentioned entities.
    pub focus: Option<String>,
    /// How far from the focus (1 or 2 links; default 1).
    pub depth: Option<u32>,
}

impl Explorer {
    /// The network of the filtered entities; see `docs/js-api.md`.
    pub fn graph(&self, filter: &Filter, options: &GraphOptions) -> Result<GraphView> {
        let limit = options.limit.unwrap_or(DEFAULT_GRAPH_NODES);
        if limit == 0 || limit > MOST_GRAPH_NODES {
            return Err(EngineError::CountOutOfRange {
                option: "graph limit",
                most: MOST_GRAPH_NODES,
                got: limit,
            });
        }
        let depth = options.depth.unwrap_or(1);
        if depth == 0 || depth > MOST_DEPTH {
            return Err(EngineError::DepthOutOfRange { most: MOST_DEPTH, got: depth });
        }
        let resolved = filter.resolve(self)?;
        let types = RelationTypes::parse(&options.types)?;
        let docs: Vec<bool> = (0..self.corpus.documents.len() as u32)
            .map(|d| resolved.accepts_doc(self, d, Skip::Nothing))
            .collect();
        let evidence = |r: &Relation| {
            r.evidence
                .iter()
                .filter(|&&s| docs[self.corpus.sentences[s as usize].doc as usize])
                .count() as u32
        };
        let drawn = |r: &Relation| types.contains(r.kind) && evidence(r) > 0;
        let mentions: Vec<u32> = self
            .corpus
            .entities
            .iter()
            .map(|e| e.mentions.iter().filter(|m| docs[m.doc as usize]).count() as u32)
            .collect();
        let candidate = |e: u32| mentions[e as usize] > 0 && resolved.accepts_entity(self, e);
        let by_mentions = |a: &u32, b: &u32| {
            let (ea, eb) = (&self.corpus.entities[*a as usize], &self.corpus.entities[*b as usize]);
            mentions[*b as usize]
                .cmp(&mentions[*a as usize])
                .then_with(|| ea.name.cmp(&eb.name))
                .then_with(|| ea.id.cmp(&eb.id))
        };

        let (total, chosen): (u32, Vec<u32>) = match &options.focus {
            None => {
                let mut all: Vec<u32> =
                    (0..self.corpus.entities.len() as u32).filter(|&e| candidate(e)).collect();
                order::sort_by(&mut all, by_mentions);
                (all.len() as u32, all.into_iter().take(limit as usize).collect())
            }
            Some(id) => {
                let focus = self.entity_index(id).map_err(|error| EngineError::InOption {
                    option: "graph focus",
                    error: error.into(),
                })?;
                // Breadth-first over drawn relations to `depth`, keeping entities that pass the filter.
                let mut distance: BTreeMap<u32, u32> = BTreeMap::from([(focus, 0)]);
                let mut frontier = vec![focus];
                for level in 1..=depth {
                    let mut next = Vec::new();
                    for &node in &frontier {
                        for &r in &self.entity_relations[node as usize] {
                            let relation = &self.corpus.relations[r as usize];
                            let other = Self::other_end(relation, node);
                            if drawn(relation) && candidate(other) && !distance.contains_key(&other)
                            {
                                distance.insert(other, level);
                                next.push(other);
                            }
                        }
                    }
                    frontier = next;
                }
                let mut reached: Vec<u32> =
                    distance.keys().copied().filter(|&e| e != focus).collect();
                order::sort_by(&mut reached, |a, b| {
                    distance[a].cmp(&distance[b]).then_with(|| by_mentions(a, b))
                });
                let total = reached.len() as u32 + 1;
                (total, std::iter::once(focus).chain(reached).take(limit as usize).collect())
            }
        };

        let node_of: BTreeMap<u32, usize> =
            chosen.iter().enumerate().map(|(i, &e)| (e, i)).collect();
        let mut edges = Vec::new();
        let mut pulls: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for relation in &self.corpus.relations {
            let (Some(&a), Some(&b)) =
                (node_of.get(&relation.source), node_of.get(&relation.target))
            else {
                continue;
            };
            if !drawn(relation) || a == b {
                continue;
            }
            let count = evidence(relation);
            let pull = if relation.kind == RelationKind::CoMention {
                CO_MENTION_PULL * (count.min(4) as f64).sqrt()
            } else {
                STATED_PULL
            };
            let strongest = pulls.entry((a.min(b), a.max(b))).or_insert(0.0);
            *strongest = strongest.max(pull);
            edges.push(GraphEdge {
                source: self.corpus.entities[relation.source as usize].id.clone(),
                target: self.corpus.entities[relation.target as usize].id.clone(),
                kind: relation.kind.as_str(),
                family: relation.kind.family(),
                directed: relation.kind.is_directed(),
                former: relation.former,
                evidence: count,
            });
        }
        let springs: Vec<Spring> =
            pulls.into_iter().map(|((a, b), strength)| Spring { a, b, strength }).collect();
        let ids: Vec<&str> =
            chosen.iter().map(|&e| self.corpus.entities[e as usize].id.as_str()).collect();
        let positions = layout(&ids, &springs);
        let nodes = chosen
            .iter()
            .zip(positions)
            .map(|(&e, [x, y])| {
                let entity = &self.corpus.entities[e as usize];
                GraphNode {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind.as_str(),
                    unnamed: entity.is_unnamed(),
                    mentions: mentions[e as usize],
                    x,
                    y,
                }
            })
            .collect();
        Ok(GraphView { total, nodes, edges })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;

    fn ids(view: &GraphView) -> Vec<&str> {
        view.nodes.iter().map(|n| n.id.as_str()).collect()
    }

    #[test]
    fn the_graph_draws_the_entities_asked_for() {
        let e = fixture::story();
        let strings = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let cases: &[(&str, Filter, GraphOptions, &[&str])] = &[
            (
                "the most mentioned first",
                Filter::default(),
                GraphOptions { limit: Some(3), ..Default::default() },
                &["erlan-nurov", "steppe-watch", "aigul-serikova"],
            ),
            (
                "a type filter",
                Filter { types: strings(&["place"]), ..Default::default() },
                GraphOptions::default(),
                &["almaty", "urumqi"],
            ),
            (
                "related to an entity",
                Filter { related: Some("dana-omarova".into()), ..Default::default() },
                GraphOptions::default(),
                &["steppe-watch", "bolat-serikov", "urumqi"],
            ),
            (
                "a focus and its neighbours",
                Filter::default(),
                GraphOptions { focus: Some("dana-omarova".into()), ..Default::default() },
                &["dana-omarova", "steppe-watch", "bolat-serikov", "urumqi"],
            ),
            (
                "a focus to depth two",
                Filter::default(),
                GraphOptions {
                    focus: Some("aigul-serikova".into()),
                    types: strings(&["family", "interaction"]),
                    depth: Some(2),
                    ..Default::default()
                },
                &["aigul-serikova", "bolat-serikov", "sons-of-aigul-serikova", "dana-omarova"],
            ),
            (
                "a focus with a type filter on relations",
                Filter::default(),
                GraphOptions {
                    focus: Some("dana-omarova".into()),
                    types: strings(&["affiliation"]),
                    ..Default::default()
                },
                &["dana-omarova", "steppe-watch"],
            ),
        ];
        for (name, filter, options, expected) in cases {
            let view = e.graph(filter, options).unwrap_or_else(|err| panic!("{name}: {err}"));
            assert_eq!(ids(&view), *expected, "{name}");
        }
    }

    #[test]
    fn edges_carry_type_family_direction_and_evidence() {
        let e = fixture::story();
        let view = e
            .graph(
                &Filter::default(),
                &GraphOptions { focus: Some("dana-omarova".into()), ..Default::default() },
            )
            .unwrap();
        let edge = view.edges.iter().find(|edge| edge.kind == "head-of").unwrap();
        assert_eq!(
            (edge.source.as_str(), edge.target.as_str(), edge.family, edge.directed, edge.evidence),
            ("dana-omarova", "steppe-watch", "affiliation", true, 1)
        );
        let kinds: Vec<&str> = view.edges.iter().map(|edge| edge.kind).collect();
        assert!(kinds.contains(&"co-mention") && kinds.contains(&"met-with"), "{kinds:?}");
        let outlet_a = e
            .graph(
                &Filter { outlets: vec!["Outlet A".into()], ..Default::default() },
                &GraphOptions::default(),
            )
            .unwrap();
        assert!(
            outlet_a.edges.iter().all(|edge| edge.kind != "head-of"),
            "evidence outside the filter's documents does not count"
        );
    }

    #[test]
    fn the_same_arguments_give_the_same_picture() {
        let e = fixture::story();
        let first = e.graph(&Filter::default(), &GraphOptions::default()).unwrap();
        assert_eq!(first, e.graph(&Filter::default(), &GraphOptions::default()).unwrap());
        assert!(first
            .nodes
            .iter()
            .all(|n| (0.0..=1.0).contains(&n.x) && (0.0..=1.0).contains(&n.y)));
        assert_eq!(first.total, 9);
        let unnamed: Vec<&str> =
            first.nodes.iter().filter(|n| n.unnamed).map(|n| n.name.as_str()).collect();
        assert_eq!(
            unnamed,
            ["[sons of Aigul Serikova]"],
            "an unnamed relative is a node, marked as unnamed"
        );
    }

    #[test]
    fn bad_graph_options_say_why() {
        let e = fixture::story();
        let cases: &[(&str, GraphOptions, &str)] = &[
            (
                "too many nodes",
                GraphOptions { limit: Some(151), ..Default::default() },
                "between 1 and 150",
            ),
            (
                "too deep",
                GraphOptions { focus: Some("almaty".into()), depth: Some(3), ..Default::default() },
                "depth must be 1 or 2",
            ),
            (
                "unknown focus",
                GraphOptions { focus: Some("nobody".into()), ..Default::default() },
                "graph focus: no entity",
            ),
            (
                "unknown relation type",
                GraphOptions { types: vec!["friend-of".into()], ..Default::default() },
                "unknown relation type",
            ),
        ];
        for (name, options, words) in cases {
            let error = e.graph(&Filter::default(), options).expect_err(name);
            assert!(error.to_string().contains(words), "{name}: {error}");
        }
    }
}
