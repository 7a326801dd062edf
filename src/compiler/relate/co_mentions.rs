//! Gives the co-mention relations: one per pair of entities named in a common sentence, citing every such sentence.
//!
//! Takes the entities (with their mentions) and gives co-mention relations: one per pair of
//! entities named in at least one common sentence, citing every such sentence.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Entity, Relation, RelationKind};

/// Links every two distinct entities that share a sentence; sorted by (source, target), source < target.
pub fn co_mentions(entities: &[Entity]) -> Vec<Relation> {
    let mut named_in: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    for (index, entity) in entities.iter().enumerate() {
        for mention in &entity.mentions {
            named_in.entry(mention.sentence).or_default().insert(index as u32);
        }
    }
    let mut evidence: BTreeMap<(u32, u32), BTreeSet<u32>> = BTreeMap::new();
    for (&sentence, present) in &named_in {
        let present: Vec<u32> = present.iter().copied().collect();
        for (i, &source) in present.iter().enumerate() {
            for &target in &present[i + 1..] {
                evidence.entry((source, target)).or_default().insert(sentence);
            }
        }
    }
    evidence
        .into_iter()
        .map(|((source, target), sentences)| Relation {
            source,
            target,
            kind: RelationKind::CoMention,
            evidence: sentences.into_iter().collect(),
            former: false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Mention};

    fn entity(name: &str, sentences: &[u32]) -> Entity {
        let mentions = sentences
            .iter()
            .map(|&sentence| Mention {
                doc: 0,
                sentence,
                start: sentence * 10,
                end: sentence * 10 + 3,
            })
            .collect();
        Entity {
            id: name.to_lowercase(),
            name: name.into(),
            kind: EntityKind::Person,
            aliases: vec![],
            mentions,
            roles: vec![],
        }
    }

    /// (name, sentences naming each entity, expected (source, target, evidence) triples)
    #[test]
    fn co_mentions_link_entities_sharing_sentences() {
        type Case =
            (&'static str, &'static [&'static [u32]], &'static [(u32, u32, &'static [u32])]);
        let cases: &[Case] = &[
            ("no shared sentence, no link", &[&[1], &[2]], &[]),
            ("one shared sentence", &[&[1, 2], &[2, 3]], &[(0, 1, &[2])]),
            ("evidence sorted and unique", &[&[5, 5, 1], &[1, 5]], &[(0, 1, &[1, 5])]),
            (
                "three in one sentence make three links",
                &[&[4], &[4], &[4]],
                &[(0, 1, &[4]), (0, 2, &[4]), (1, 2, &[4])],
            ),
            ("an entity is not linked to itself", &[&[7, 7]], &[]),
        ];
        for (name, named, expected) in cases {
            let entities: Vec<Entity> =
                named.iter().enumerate().map(|(i, s)| entity(&format!("E{i}"), s)).collect();
            let got: Vec<(u32, u32, Vec<u32>)> = co_mentions(&entities)
                .into_iter()
                .map(|r| (r.source, r.target, r.evidence))
                .collect();
            let expected: Vec<(u32, u32, Vec<u32>)> =
                expected.iter().map(|&(s, t, e)| (s, t, e.to_vec())).collect();
            assert_eq!(got, expected, "{name}");
            assert!(co_mentions(&entities).iter().all(|r| r.kind == RelationKind::CoMention));
        }
    }
}
