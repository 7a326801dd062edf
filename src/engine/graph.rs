//! Links of an entity (neighbors) and the shortest evidence path between two entities.

use std::collections::VecDeque;

use serde::Deserialize;

use super::views::{Hop, Link, PathView};
use super::{EngineError, Explorer, Result};
use crate::model::{Relation, RelationKind};

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct NeighborOptions {
    /// Relation types to follow (`co-mention`); empty: all.
    #[serde(default)]
    pub types: Vec<String>,
    pub min_evidence: Option<u32>,
    pub limit: Option<u32>,
}

#[derive(Deserialize, Debug, Clone, Default, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PathOptions {
    #[serde(default)]
    pub types: Vec<String>,
    pub max_hops: Option<u32>,
}


const DEFAULT_MAX_HOPS: u32 = 4;
const MOST_HOPS: u32 = 8;

fn parse_kinds(types: &[String]) -> Result<Vec<RelationKind>> {
    types
        .iter()
        .map(|t| RelationKind::parse(t).ok_or_else(|| EngineError(format!("unknown relation type {t:?} (known: {})", RelationKind::ALL.map(RelationKind::as_str).join(", ")))))
        .collect()
}

impl Explorer {
    fn relation_passes(relation: &Relation, kinds: &[RelationKind], min_evidence: u32) -> bool {
        (kinds.is_empty() || kinds.contains(&relation.kind)) && relation.evidence.len() as u32 >= min_evidence
    }

    fn link(&self, relation: &Relation, from: u32) -> Link {
        let other = if relation.source == from { relation.target } else { relation.source };
        let entities = &self.corpus.entities;
        Link {
            source: entities[relation.source as usize].id.clone(),
            target: entities[relation.target as usize].id.clone(),
            kind: relation.kind.as_str(),
            other: self.entity_summary(other, None),
            evidence: relation.evidence.iter().map(|&s| self.evidence(s)).collect(),
        }
    }

    /// Links of entity `id`, strongest (most evidence) first.
    pub fn neighbors(&self, id: &str, options: &NeighborOptions) -> Result<Vec<Link>> {
        let e = self.entity_index(id)?;
        let kinds = parse_kinds(&options.types)?;
        let min_evidence = options.min_evidence.unwrap_or(1);
        let mut relations: Vec<&Relation> = self.entity_relations[e as usize]
            .iter()
            .map(|&r| &self.corpus.relations[r as usize])
            .filter(|r| Self::relation_passes(r, &kinds, min_evidence))
            .collect();
        let other_name = |r: &Relation| {
            let other = if r.source == e { r.target } else { r.source };
            &self.corpus.entities[other as usize].name
        };
        relations.sort_by(|a, b| b.evidence.len().cmp(&a.evidence.len()).then_with(|| other_name(a).cmp(other_name(b))));
        let limit = options.limit.unwrap_or(u32::MAX) as usize;
        Ok(relations.into_iter().take(limit).map(|r| self.link(r, e)).collect())
    }

    /// The shortest chain of links from one entity to another (breadth-first; ties by relation order).
    pub fn path(&self, from: &str, to: &str, options: &PathOptions) -> Result<PathView> {
        let start = self.entity_index(from)?;
        let goal = self.entity_index(to)?;
        let kinds = parse_kinds(&options.types)?;
        let max_hops = options.max_hops.unwrap_or(DEFAULT_MAX_HOPS);
        if max_hops == 0 || max_hops > MOST_HOPS {
            return Err(EngineError(format!("maxHops must be between 1 and {MOST_HOPS}, not {max_hops}")));
        }
        let mut came_from: Vec<Option<(u32, u32)>> = vec![None; self.corpus.entities.len()];
        let mut depth = vec![u32::MAX; self.corpus.entities.len()];
        depth[start as usize] = 0;
        let mut queue = VecDeque::from([start]);
        while let Some(node) = queue.pop_front() {
            if node == goal || depth[node as usize] == max_hops {
                continue;
            }
            for &r in &self.entity_relations[node as usize] {
                let relation = &self.corpus.relations[r as usize];
                if !Self::relation_passes(relation, &kinds, 1) {
                    continue;
                }
                let next = if relation.source == node { relation.target } else { relation.source };
                if depth[next as usize] == u32::MAX {
                    depth[next as usize] = depth[node as usize] + 1;
                    came_from[next as usize] = Some((node, r));
                    queue.push_back(next);
                }
            }
        }
        if start == goal || depth[goal as usize] == u32::MAX {
            return Ok(PathView { found: start == goal, hops: Vec::new() });
        }
        let mut hops = Vec::new();
        let mut node = goal;
        while let Some((previous, r)) = came_from[node as usize] {
            let relation = &self.corpus.relations[r as usize];
            hops.push(Hop {
                source: self.corpus.entities[previous as usize].id.clone(),
                target: self.corpus.entities[node as usize].id.clone(),
                kind: relation.kind.as_str(),
                evidence: relation.evidence.iter().map(|&s| self.evidence(s)).collect(),
            });
            node = previous;
        }
        hops.reverse();
        Ok(PathView { found: true, hops })
    }
}
