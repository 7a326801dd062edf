//! Scores extracted entities against hand-written gold (the seed corpus and held-out fixtures), prints precision, recall and F1 per type, and fails under the bars.
//!
//! Matching is one to one per type: a predicted entity and a gold entity match when they share a
//! surface form (the prediction's name or an alias, the gold's `forms`); pairs are taken greedily by
//! the number of shared forms. A split entity therefore costs precision and a merged one costs
//! recall. Gold `[[merge]]` pairs must land in one predicted entity, `[[apart]]` pairs must not.

#![allow(clippy::disallowed_methods)] // the one-sort rule (clippy.toml) is the wasm engine's, not the tests'

use std::collections::BTreeSet;
use std::path::Path;

use corpus_explorer::compiler::compile;
use corpus_explorer::model::Entity;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    entity: Vec<GoldEntity>,
    #[serde(default)]
    merge: Vec<Pair>,
    #[serde(default)]
    apart: Vec<Pair>,
}

#[derive(Deserialize)]
struct GoldEntity {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    forms: Vec<String>,
}

#[derive(Deserialize)]
struct Pair {
    a: String,
    b: String,
}

struct Score {
    kind: &'static str,
    gold: usize,
    predicted: usize,
    matched: usize,
    missed: Vec<String>,
    spurious: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.matched as f64 / self.predicted as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn forms_of(entity: &Entity) -> BTreeSet<&str> {
    std::iter::once(entity.name.as_str()).chain(entity.aliases.iter().map(String::as_str)).collect()
}

fn score_kind(kind: &'static str, gold: &[GoldEntity], predicted: &[Entity]) -> Score {
    let gold: Vec<&GoldEntity> = gold.iter().filter(|g| g.kind == kind).collect();
    // Unnamed relatives ("[sons of …]") are relation endpoints, not names a reader would list.
    let predicted: Vec<&Entity> =
        predicted.iter().filter(|p| p.kind.as_str() == kind && !p.is_unnamed()).collect();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (pi, p) in predicted.iter().enumerate() {
        let forms = forms_of(p);
        for (gi, g) in gold.iter().enumerate() {
            let shared = g.forms.iter().filter(|f| forms.contains(f.as_str())).count();
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
    Score {
        kind,
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

/// Scores one corpus against its gold file; returns the per-type scores and the failed pair checks.
fn evaluate(corpus_dir: &Path, gold_file: &Path) -> (Vec<Score>, Vec<String>) {
    let gold: Gold = toml::from_str(&std::fs::read_to_string(gold_file).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", gold_file.display()));
    let predicted = compile(corpus_dir).unwrap_or_else(|e| panic!("{e}")).corpus.entities;
    let scores = ["person", "organization", "place", "group"]
        .into_iter()
        .map(|k| score_kind(k, &gold.entity, &predicted))
        .collect();
    let mut failures = Vec::new();
    for pair in &gold.merge {
        match (holder(&predicted, &pair.a), holder(&predicted, &pair.b)) {
            (Some(a), Some(b)) if a.id == b.id => {}
            (a, b) => failures.push(format!(
                "must merge: {:?} ({}) and {:?} ({})",
                pair.a,
                a.map_or("not found", |e| &e.id),
                pair.b,
                b.map_or("not found", |e| &e.id)
            )),
        }
    }
    for pair in &gold.apart {
        if let (Some(a), Some(b)) = (holder(&predicted, &pair.a), holder(&predicted, &pair.b)) {
            if a.id == b.id {
                failures.push(format!(
                    "must stay apart: {:?} and {:?} are both {}",
                    pair.a, pair.b, a.id
                ));
            }
        }
    }
    (scores, failures)
}

fn print_table(title: &str, scores: &[Score], failures: &[String]) {
    println!(
        "\n{title}\n{:<13} {:>5} {:>5} {:>5} {:>9} {:>6} {:>6}",
        "type", "gold", "pred", "match", "precision", "recall", "F1"
    );
    for s in scores {
        println!(
            "{:<13} {:>5} {:>5} {:>5} {:>9.3} {:>6.3} {:>6.3}",
            s.kind,
            s.gold,
            s.predicted,
            s.matched,
            s.precision(),
            s.recall(),
            s.f1()
        );
        if !s.missed.is_empty() {
            println!("  missed:   {}", s.missed.join("; "));
        }
        if !s.spurious.is_empty() {
            println!("  spurious: {}", s.spurious.join("; "));
        }
    }
    for f in failures {
        println!("  FAILED {f}");
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (type, bar on F1) for the seed corpus.
const SEED_BARS: &[(&str, f64)] = &[("person", 0.97), ("organization", 0.90), ("place", 0.95)];

#[test]
fn seed_corpus_entities_meet_the_bars_against_the_gold() {
    let (scores, failures) = evaluate(&root().join("corpus"), &root().join("tests/gold/seed.toml"));
    print_table("seed corpus vs tests/gold/seed.toml", &scores, &failures);
    for (kind, bar) in SEED_BARS {
        let score = scores.iter().find(|s| s.kind == *kind).unwrap();
        assert!(score.f1() >= *bar, "{kind} F1 {:.3} is under the bar {bar}", score.f1());
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn held_out_articles_meet_the_person_bar() {
    for fixture in ["heldout-a", "heldout-b"] {
        let dir = root().join("tests/fixtures").join(fixture);
        let (scores, failures) = evaluate(&dir, &dir.join("gold.toml"));
        print_table(&format!("held-out fixture {fixture}"), &scores, &failures);
        let person = scores.iter().find(|s| s.kind == "person").unwrap();
        assert!(
            person.f1() >= 0.90,
            "{fixture}: person F1 {:.3} is under the bar 0.90",
            person.f1()
        );
        assert!(failures.is_empty(), "{fixture}: {failures:#?}");
    }
}
