//! Scores extracted entities against hand-written gold (the seed corpus and held-out fixtures), prints precision, recall and F1 per type, and fails under the bars.
//!
//! Matching is [`scoring::entities`]'s: one to one per type, by shared surface forms, so a split
//! entity costs precision and a merged one costs recall. Gold `[[merge]]` pairs must land in one
//! predicted entity, `[[apart]]` pairs must not.

#[allow(dead_code)] // each test crate uses part of the shared scorer
mod scoring;

use std::path::Path;

use corpus_explorer::compiler::compile;
use scoring::entities::{self, TypeScore, TYPES};
use scoring::gold::Gold;

/// Scores one corpus against its gold file; returns the score of each type (in [`TYPES`] order)
/// and the failed pair checks.
fn evaluate(corpus_dir: &Path, gold_file: &Path) -> (Vec<TypeScore>, Vec<String>) {
    let gold = Gold::read(gold_file);
    let predicted = compile(corpus_dir).unwrap_or_else(|e| panic!("{e}")).corpus.entities;
    let scores = TYPES.into_iter().map(|k| entities::score_type(k, &gold, &predicted)).collect();
    let mut failures = entities::merges(&gold.merge, &predicted).failed;
    failures.extend(entities::look_alikes(&gold.apart, &predicted).failed);
    (scores, failures)
}

fn print_table(title: &str, scores: &[TypeScore], failures: &[String]) {
    println!(
        "\n{title}\n{:<13} {:>5} {:>5} {:>5} {:>9} {:>6} {:>6}",
        "type", "gold", "pred", "match", "precision", "recall", "F1"
    );
    for (s, kind) in scores.iter().zip(TYPES) {
        println!(
            "{kind:<13} {:>5} {:>5} {:>5} {:>9.3} {:>6.3} {:>6.3}",
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

fn score_of<'a>(scores: &'a [TypeScore], kind: &str) -> &'a TypeScore {
    &scores[TYPES.iter().position(|k| *k == kind).expect("a known type")]
}

/// (type, bar on F1) for the seed corpus.
const SEED_BARS: &[(&str, f64)] = &[("person", 0.97), ("organization", 0.90), ("place", 0.95)];

#[test]
fn seed_corpus_entities_meet_the_bars_against_the_gold() {
    let (scores, failures) = evaluate(&root().join("corpus"), &root().join("tests/gold/seed.toml"));
    print_table("seed corpus vs tests/gold/seed.toml", &scores, &failures);
    for (kind, bar) in SEED_BARS {
        let f1 = score_of(&scores, kind).f1();
        assert!(f1 >= *bar, "{kind} F1 {f1:.3} is under the bar {bar}");
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn held_out_articles_meet_the_person_bar() {
    for fixture in ["heldout-a", "heldout-b"] {
        let dir = root().join("tests/fixtures").join(fixture);
        let (scores, failures) = evaluate(&dir, &dir.join("gold.toml"));
        print_table(&format!("held-out fixture {fixture}"), &scores, &failures);
        let f1 = score_of(&scores, "person").f1();
        assert!(f1 >= 0.90, "{fixture}: person F1 {f1:.3} is under the bar 0.90");
        assert!(failures.is_empty(), "{fixture}: {failures:#?}");
    }
}
