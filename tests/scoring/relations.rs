//! Relation scores against the gold: precision and recall by family, and predictions the text does not state.
//!
//! Relations are compared per document at the family of their type: a predicted relation counts
//! once per document its evidence comes from; co-mention is left out. An endpoint matches when the
//! predicted entity's name or an alias is one of the gold entity's forms; a bracketed gold endpoint
//! (an unnamed person) matches a bracketed prediction sharing a lower-case content word (the kin
//! noun). Symmetric types and the family family match in either direction. Not stated: a
//! prediction that matches a `[[trap]]`, or one whose tense is not the gold's: a role the text
//! gives as past (`former = true`) predicted as current, or a current one predicted as past.

use std::collections::{BTreeMap, BTreeSet};

use corpus_explorer::model::{Corpus, Entity, RelationKind};

use super::gold::{Gold, Relation};

/// Gold types the model does not have yet, with their family and whether direction counts.
pub const TYPES_NOT_IN_THE_MODEL: &[(&str, &str, bool)] =
    &[("lawyer-for", "support", true), ("correspondent-for", "affiliation", true)];

/// The family of a gold type and whether it is read in either direction, if the type is known.
pub fn gold_family(kind: &str) -> Option<(&'static str, bool)> {
    if let Some(kind) = RelationKind::parse(kind) {
        return Some((kind.family(), undirected(kind)));
    }
    TYPES_NOT_IN_THE_MODEL
        .iter()
        .find(|(name, _, _)| *name == kind)
        .map(|&(_, family, directed)| (family, !directed))
}

fn undirected(kind: RelationKind) -> bool {
    !kind.is_directed() || kind.family() == "family"
}

/// A predicted typed relation in one document.
pub struct Predicted {
    pub doc: String,
    pub source: usize,
    pub target: usize,
    pub family: &'static str,
    pub directed: bool,
    /// The relation is given as a past role.
    pub former: bool,
    pub label: String,
}

#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
}

/// A set's relation scores: tallies by family, and lines for what was missed, unmatched or not stated.
#[derive(Default)]
pub struct RelationScore {
    pub families: BTreeMap<&'static str, Tally>,
    pub missed: Vec<String>,
    pub unmatched: Vec<String>,
    pub not_stated: Vec<String>,
}

impl RelationScore {
    pub fn add(&mut self, other: RelationScore) {
        for (family, t) in other.families {
            let mine = self.families.entry(family).or_default();
            mine.gold += t.gold;
            mine.predicted += t.predicted;
            mine.matched += t.matched;
        }
        self.missed.extend(other.missed);
        self.unmatched.extend(other.unmatched);
        self.not_stated.extend(other.not_stated);
    }

    pub fn total(&self) -> Tally {
        self.families.values().fold(Tally::default(), |a, t| Tally {
            gold: a.gold + t.gold,
            predicted: a.predicted + t.predicted,
            matched: a.matched + t.matched,
        })
    }
}

fn content_words(name: &str) -> BTreeSet<String> {
    const STOP: &[&str] = &["of", "and", "in", "the", "a", "an", "for", "to", "s", "one"];
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .map(|w| w.trim_end_matches('s').to_string())
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .collect()
}

fn is_bracketed(name: &str) -> bool {
    name.starts_with('[') && name.ends_with(']')
}

fn endpoint_matches(entity: &Entity, gold_name: &str, gold: &Gold) -> bool {
    if is_bracketed(gold_name) {
        return is_bracketed(&entity.name)
            && !content_words(gold_name).is_disjoint(&content_words(&entity.name));
    }
    let Some(forms) = gold.forms(gold_name) else { return false };
    std::iter::once(&entity.name).chain(&entity.aliases).any(|f| forms.contains(&f.as_str()))
}

fn sentence_text(corpus: &Corpus, sentence: u32) -> &str {
    let s = &corpus.sentences[sentence as usize];
    &corpus.documents[s.doc as usize].text[s.byte_start as usize..s.byte_end as usize]
}

/// Every typed relation of the corpus, once per document, endpoints and family.
pub fn predicted(corpus: &Corpus) -> Vec<Predicted> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for relation in corpus.relations.iter().filter(|r| r.kind != RelationKind::CoMention) {
        for &sentence in &relation.evidence {
            let doc = corpus.documents[corpus.sentences[sentence as usize].doc as usize].id.clone();
            let directed = !undirected(relation.kind);
            let (a, b) = (relation.source as usize, relation.target as usize);
            let key =
                if directed { (doc.clone(), a, b) } else { (doc.clone(), a.min(b), a.max(b)) };
            if seen.insert((key, relation.kind.family(), relation.former)) {
                let label = format!(
                    "{} {}{} {}  «{}»",
                    corpus.entities[a].name,
                    if relation.former { "former " } else { "" },
                    relation.kind.as_str(),
                    corpus.entities[b].name,
                    sentence_text(corpus, sentence)
                );
                out.push(Predicted {
                    doc,
                    source: a,
                    target: b,
                    family: relation.kind.family(),
                    directed,
                    former: relation.former,
                    label,
                });
            }
        }
    }
    out
}

/// Whether prediction `p` is the gold relation `g` (same document, family, endpoints).
fn same(p: &Predicted, g: &Relation, gold: &Gold, entities: &[Entity]) -> bool {
    let Some((family, either_way)) = gold_family(&g.kind) else { return false };
    let (source, target) = (&entities[p.source], &entities[p.target]);
    let forward =
        endpoint_matches(source, &g.source, gold) && endpoint_matches(target, &g.target, gold);
    let backward =
        endpoint_matches(source, &g.target, gold) && endpoint_matches(target, &g.source, gold);
    p.doc == g.doc && p.family == family && (forward || ((!p.directed || either_way) && backward))
}

/// Scores one fixture's predictions against its gold relations and traps.
pub fn score(corpus: &Corpus, gold: &Gold) -> RelationScore {
    let predictions = predicted(corpus);
    let mut taken = vec![false; predictions.len()];
    let mut score = RelationScore::default();
    for p in &predictions {
        score.families.entry(p.family).or_default().predicted += 1;
    }
    for g in &gold.relation {
        let (family, _) = gold_family(&g.kind).unwrap_or(("unknown type", false));
        score.families.entry(family).or_default().gold += 1;
        let found = (0..predictions.len())
            .find(|&i| !taken[i] && same(&predictions[i], g, gold, &corpus.entities));
        let line = format!("{}: {} {} {}  «{}»", g.doc, g.source, g.kind, g.target, g.evidence);
        match found {
            Some(i) if g.former && !predictions[i].former => {
                taken[i] = true;
                score.not_stated.push(format!("past role asserted as current: {line}"));
            }
            Some(i) if !g.former && predictions[i].former => {
                taken[i] = true;
                score.not_stated.push(format!("current role asserted as past: {line}"));
            }
            Some(i) => {
                taken[i] = true;
                score.families.get_mut(family).unwrap().matched += 1;
            }
            None => score.missed.push(line),
        }
    }
    for (p, _) in predictions.iter().zip(&taken).filter(|(_, &t)| !t) {
        match gold.trap.iter().find(|t| same(p, t, gold, &corpus.entities)) {
            Some(trap) => {
                score.not_stated.push(format!("{}: {} (trap: {})", p.doc, p.label, trap.why))
            }
            None => score.unmatched.push(format!("{}: {}", p.doc, p.label)),
        }
    }
    score
}
