//! Groups candidate mentions into clusters, one per entity, with its kind.
//!
//! Takes candidate mentions and gives clusters, one per entity, with its kind: equal and near
//! spellings joined across documents, acronyms joined to their long forms, short forms (`Tolash`,
//! `Steppe Center`) joined to the full name they stand for in their document.

use std::collections::{BTreeMap, BTreeSet};

use super::merge_rules::{Groups, Sets, MERGE_RULES};
use super::short_forms::attach_short_forms;
use crate::compiler::extract::Votes;
use crate::compiler::extract::{AcronymDefinition, Candidate};
use crate::compiler::lexicon::name_key;
use crate::model::EntityKind;

/// The mentions of one entity, as indexes into the candidates, in candidate order.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub kind: EntityKind,
    pub mentions: Vec<usize>,
}

/// Weight of the person prior given to a name that looks like a personal name.
const NAME_PRIOR: f32 = 1.5;

/// The kind a set of candidates points to: a fixed kind by majority, else the votes (with a prior for personal-looking names).
pub(super) fn decide<'c>(
    candidates: impl IntoIterator<Item = &'c Candidate>,
) -> Option<EntityKind> {
    decide_with_floor(candidates, 1.0)
}

/// Like [`decide`], with the least number of votes a kind needs.
fn decide_with_floor<'c>(
    candidates: impl IntoIterator<Item = &'c Candidate>,
    floor: f32,
) -> Option<EntityKind> {
    let mut fixed: BTreeMap<EntityKind, usize> = BTreeMap::new();
    let mut votes = Votes::default();
    let mut name_like = false;
    for candidate in candidates {
        if let Some(kind) = candidate.fixed {
            *fixed.entry(kind).or_default() += 1;
        }
        votes.merge(&candidate.votes);
        name_like |= candidate.name_like;
    }
    if !fixed.is_empty() {
        // Ties go to the later kind in `EntityKind` order: place, then organization.
        return fixed.iter().max_by_key(|(&kind, &count)| (count, kind)).map(|(&kind, _)| kind);
    }
    if name_like {
        votes.person += NAME_PRIOR;
    }
    votes.leader(floor)
}

/// Name keys of a candidate's capitalised tokens (`Belt and Road` → `belt`, `road`).
pub(super) fn plain_keys(candidate: &Candidate) -> Vec<String> {
    let tokens: Vec<String> =
        candidate.tokens.iter().filter(|t| !t.starts_with(char::is_lowercase)).cloned().collect();
    name_key(&tokens)
}

/// Whether two kinds can be one entity's: equal, or one of them undecided.
pub(super) fn compatible(a: Option<EntityKind>, b: Option<EntityKind>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// Groups the candidates (in document order) into entities.
/// `aliases` are pairs of candidates the text declares one entity (`X, … that locals call Y`).
pub fn resolve(
    candidates: &[Candidate],
    definitions: &[AcronymDefinition],
    aliases: &[(usize, usize)],
    relative: &[bool],
) -> Vec<Cluster> {
    debug_assert!(
        candidates.windows(2).all(|w| w[0].doc <= w[1].doc),
        "candidates come in document order"
    );
    let groups = Groups::new(candidates, definitions, aliases);
    let mut sets = Sets::new(groups.keys.len());
    for (_, rule) in MERGE_RULES {
        rule(&groups, &mut sets);
    }
    let Groups { group_of, .. } = &groups;
    // An acronym the text defines as no name is no name, unless it is defined as a name elsewhere.
    let undefined: BTreeSet<usize> =
        definitions.iter().filter(|d| d.long.is_none()).map(|d| group_of[d.acronym]).collect();
    let defined: BTreeSet<usize> =
        definitions.iter().filter(|d| d.long.is_some()).map(|d| group_of[d.acronym]).collect();

    let roots: Vec<usize> = (0..groups.keys.len()).map(|g| sets.find(g)).collect();
    let mut root_members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (c, &g) in group_of.iter().enumerate() {
        root_members.entry(roots[g]).or_default().push(c);
    }
    let root_kind: BTreeMap<usize, Option<EntityKind>> =
        root_members.iter().map(|(&r, m)| (r, decide(m.iter().map(|&c| &candidates[c])))).collect();
    // A short form keeps its own kind only on firm evidence (`to X` alone does not make X a place).
    let firm_kind: BTreeMap<usize, Option<EntityKind>> = root_members
        .iter()
        .map(|(&r, m)| (r, decide_with_floor(m.iter().map(|&c| &candidates[c]), 2.0)))
        .collect();
    let assigned = attach_short_forms(
        candidates, group_of, &roots, &root_members, &root_kind, &firm_kind, relative,
    );

    // Final clusters.
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for c in 0..candidates.len() {
        clusters.entry(assigned[c].unwrap_or(roots[group_of[c]])).or_default().push(c);
    }
    let suppressed: BTreeSet<usize> = undefined.difference(&defined).map(|&g| roots[g]).collect();
    clusters
        .into_iter()
        .filter_map(|(root, mentions)| {
            let kind = decide(mentions.iter().map(|&c| &candidates[c]))?;
            let all_weak =
                mentions.iter().all(|&c| candidates[c].weak && candidates[c].fixed.is_none());
            let acronyms_only = mentions.iter().all(|&c| candidates[c].acronym);
            let longest =
                mentions.iter().map(|&c| plain_keys(&candidates[c]).len()).max().unwrap_or(0);
            let person_votes: f32 = mentions.iter().map(|&c| candidates[c].votes.person).sum();
            let lone_surname = kind == EntityKind::Person && longest < 2 && person_votes < 2.0;
            let dropped = all_weak || lone_surname || acronyms_only && suppressed.contains(&root);
            (!dropped).then_some(Cluster { kind, mentions })
        })
        .collect()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use EntityKind::*;

    /// A candidate `text` at `start` of document `doc`; `kind` is fixed (`!`) or voted for (`?`).
    pub(in crate::compiler::resolve) fn candidate(
        doc: u32,
        start: u32,
        text: &str,
        kind: Option<(EntityKind, bool)>,
    ) -> Candidate {
        let tokens: Vec<String> = text.split(' ').map(String::from).collect();
        let mut votes = Votes::default();
        let fixed = match kind {
            Some((kind, true)) => Some(kind),
            Some((kind, false)) => {
                votes.add(kind, 2.0);
                None
            }
            None => None,
        };
        let name_like = tokens.len() >= 2
            && fixed.is_none()
            && tokens.iter().all(|t| t.starts_with(char::is_uppercase));
        Candidate {
            doc,
            sentence: 0,
            start,
            end: start + text.len() as u32,
            surface: text.into(),
            tokens,
            votes,
            fixed,
            world: None,
            weak: false,
            acronym: false,
            name_like,
            key: None,
        }
    }

    /// Each cluster as its kind and its mentions' surfaces, sorted.
    fn summary(
        candidates: &[Candidate],
        definitions: &[AcronymDefinition],
    ) -> Vec<(EntityKind, String)> {
        let mut clusters: Vec<(EntityKind, String)> =
            resolve(candidates, definitions, &[], &vec![false; candidates.len()])
                .iter()
                .map(|c| {
                    (
                        c.kind,
                        c.mentions
                            .iter()
                            .map(|&m| candidates[m].surface.as_str())
                            .collect::<Vec<_>>()
                            .join("|"),
                    )
                })
                .collect();
        clusters.sort();
        clusters
    }

    type Case = (&'static str, Vec<Candidate>, Vec<(EntityKind, &'static str)>);

    fn cases() -> Vec<Case> {
        let place = Some((Place, false));
        let org = Some((Organization, true));
        vec![
            (
                "spellings of one name join across documents",
                vec![
                    candidate(0, 0, "Qadira Mukhtarkhan", None),
                    candidate(1, 0, "Khadira Mukhtarhan", None),
                ],
                vec![(Person, "Qadira Mukhtarkhan|Khadira Mukhtarhan")],
            ),
            (
                "two people sharing a surname stay apart",
                vec![candidate(0, 0, "Zhou Wei", None), candidate(1, 0, "Zhou Hanlin", None)],
                vec![(Person, "Zhou Hanlin"), (Person, "Zhou Wei")],
            ),
            (
                "a surname joins the nearest full name before it in its document",
                vec![
                    candidate(0, 0, "Liu Lei", None),
                    candidate(0, 50, "Liu Min", None),
                    candidate(0, 90, "Liu", None),
                    candidate(1, 0, "Liu Lei", None),
                ],
                vec![(Person, "Liu Lei|Liu Lei"), (Person, "Liu Min|Liu")],
            ),
            (
                "a given name joins the full name",
                vec![candidate(0, 0, "Mira Tolash", None), candidate(0, 30, "Mira", None)],
                vec![(Person, "Mira Tolash|Mira")],
            ),
            (
                "a surname with no full name in its document joins the only one in the corpus",
                vec![candidate(0, 0, "Mira Tolash", None), candidate(1, 0, "Tolash", None)],
                vec![(Person, "Mira Tolash|Tolash")],
            ),
            (
                "a person and a hyphenated city stay apart",
                vec![
                    candidate(0, 0, "Taldykurgan Abenov", None),
                    candidate(0, 40, "Taldy-Kurgan", place),
                ],
                vec![(Person, "Taldykurgan Abenov"), (Place, "Taldy-Kurgan")],
            ),
            (
                "a lone surname without cues is dropped",
                vec![candidate(0, 0, "Tolash", None)],
                vec![],
            ),
            (
                "a short organization name joins the longer one",
                vec![
                    candidate(0, 0, "Steppe Policy Center", org),
                    candidate(0, 40, "Steppe Center", org),
                ],
                vec![(Organization, "Steppe Policy Center|Steppe Center")],
            ),
            (
                "X Autonomous Region is place X",
                vec![
                    candidate(0, 0, "Ushtobe", place),
                    candidate(1, 0, "Ushtobe Autonomous Region", Some((Place, true))),
                ],
                vec![(Place, "Ushtobe|Ushtobe Autonomous Region")],
            ),
        ]
    }

    #[test]
    fn candidates_resolve_into_entities_as_specified() {
        for (name, candidates, expected) in cases() {
            let expected: Vec<(EntityKind, String)> =
                expected.into_iter().map(|(k, s)| (k, s.to_string())).collect();
            assert_eq!(summary(&candidates, &[]), expected, "{name}");
        }
    }

    #[test]
    fn acronyms_follow_their_definitions() {
        let mut acronym = candidate(0, 30, "VNRL", Some((Organization, true)));
        acronym.acronym = true;
        let mut undefined = candidate(0, 80, "JPOA", Some((Organization, true)));
        undefined.acronym = true;
        let candidates =
            vec![candidate(0, 0, "Voice Network Radio Lumen", None), acronym, undefined];
        let definitions = [
            AcronymDefinition { acronym: 1, long: Some(0) },
            AcronymDefinition { acronym: 2, long: None },
        ];
        assert_eq!(
            summary(&candidates, &definitions),
            vec![(Organization, "Voice Network Radio Lumen|VNRL".to_string())]
        );
    }

    #[test]
    fn weak_mentions_alone_make_no_entity() {
        let mut weak = candidate(0, 0, "Somewhere", Some((Place, false)));
        weak.weak = true;
        assert_eq!(summary(&[weak], &[]), vec![]);
    }
}
