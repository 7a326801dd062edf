//! Entity scores against the gold: precision, recall and F1 per type, merges joined and look-alikes kept apart.
//!
//! Matching is one to one per type: a predicted entity and a gold entity match when they share a
//! surface form (the prediction's name or an alias, the gold's forms); pairs are taken greedily by
//! the number of shared forms, so a split entity costs precision and a merged one costs recall.
//! Unnamed relatives (`[sons of …]`) are relation endpoints, not names a reader lists.

use std::collections::BTreeSet;

use corpus_explorer::model::Entity;

use super::gold::{Gold, Pair};

pub const TYPES: [&str; 4] = ["person", "organization", "place", "group"];

/// Counts for one entity type, summed over the fixtures of a set.
#[derive(Default, Clone)]
pub struct TypeScore {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

impl TypeScore {
    pub fn add(&mut self, other: TypeScore) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.missed.extend(other.missed);
        self.spurious.extend(other.spurious);
    }
    pub fn precision(&self) -> f64 {
        super::ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        super::ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Pairs checked and pairs that held, with a line for each that did not.
#[derive(Default)]
pub struct PairScore {
    pub total: usize,
    pub held: usize,
    pub failed: Vec<String>,
}

impl PairScore {
    pub fn add(&mut self, other: PairScore) {
        self.total += other.total;
        self.held += other.held;
        self.failed.extend(other.failed);
    }
}

pub fn forms_of(entity: &Entity) -> BTreeSet<&str> {
    std::iter::once(entity.name.as_str()).chain(entity.aliases.iter().map(String::as_str)).collect()
}

/// Scores the predicted entities of one type against the gold's.
pub fn score_type(kind: &str, gold: &Gold, predicted: &[Entity]) -> TypeScore {
    let gold: Vec<_> = gold.entity.iter().filter(|g| g.kind == kind).collect();
    let predicted: Vec<&Entity> =
        predicted.iter().filter(|p| p.kind.as_str() == kind && !p.is_unnamed()).collect();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, p) in predicted.iter().enumerate() {
        let forms = forms_of(p);
        for (gi, g) in gold.iter().enumerate() {
            let shared =
                g.forms.iter().chain([&g.name]).filter(|f| forms.contains(f.as_str())).count();
            if shared > 0 {
                pairs.push((shared, pi, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut taken_p, mut taken_g) = (vec![false; predicted.len()], vec![false; gold.len()]);
    for (_, pi, gi) in pairs {
        if !taken_p[pi] && !taken_g[gi] {
            taken_p[pi] = true;
            taken_g[gi] = true;
        }
    }
    TypeScore {
        gold: gold.len(),
        predicted: predicted.len(),
        matched: taken_g.iter().filter(|&&t| t).count(),
        missed: gold
            .iter()
            .zip(&taken_g)
            .filter(|(_, &t)| !t)
            .map(|(g, _)| g.name.clone())
            .collect(),
        spurious: predicted
            .iter()
            .zip(&taken_p)
            .filter(|(_, &t)| !t)
            .map(|(p, _)| p.name.clone())
            .collect(),
    }
}

/// The predicted entity that carries `form` as its name or an alias.
fn holder<'a>(predicted: &'a [Entity], form: &str) -> Option<&'a Entity> {
    predicted.iter().find(|e| forms_of(e).contains(form))
}

/// Gold `[[merge]]` pairs: both forms must land in one predicted entity.
pub fn merges(pairs: &[Pair], predicted: &[Entity]) -> PairScore {
    let mut score = PairScore { total: pairs.len(), ..PairScore::default() };
    for pair in pairs {
        match (holder(predicted, &pair.a), holder(predicted, &pair.b)) {
            (Some(a), Some(b)) if a.id == b.id => score.held += 1,
            (a, b) => score.failed.push(format!(
                "not joined: {:?} ({}) / {:?} ({})",
                pair.a,
                a.map_or("not found", |e| &e.id),
                pair.b,
                b.map_or("not found", |e| &e.id)
            )),
        }
    }
    score
}

/// Gold `[[apart]]` pairs: two look-alikes must not be one entity.
pub fn look_alikes(pairs: &[Pair], predicted: &[Entity]) -> PairScore {
    let mut score = PairScore { total: pairs.len(), ..PairScore::default() };
    for pair in pairs {
        match (holder(predicted, &pair.a), holder(predicted, &pair.b)) {
            (Some(a), Some(b)) if a.id == b.id => {
                score.failed.push(format!("joined: {:?} / {:?} are both {}", pair.a, pair.b, a.id))
            }
            _ => score.held += 1,
        }
    }
    score
}
