//! Scores the typed relations and dated events of the seed corpus against hand-written gold (tests/gold/seed-relations.toml), prints precision and recall per relation family and the event dates, and fails under the bars.
//!
//! Relations are scored by [`scoring::relations`] (per document, at the family of their type,
//! endpoints by the gold forms of tests/gold/seed.toml, unnamed people by their kin noun; symmetric
//! types and the family family in either direction), the same scorer as the fixture sets.
//!
//! Events: a gold event is found when a predicted event of the same document sits in a sentence
//! overlapping the gold evidence and its date words contain the gold's or are contained in them
//! (the exact words first, else the first such expression: `2018` for `2018 and 2019`); every found
//! event must carry exactly the gold date. Event recall is printed.

#[allow(dead_code)] // each test crate uses part of the shared scorer
mod scoring;

use std::collections::BTreeMap;
use std::path::Path;

use corpus_explorer::compiler::compile;
use scoring::gold::Gold;
use scoring::{ratio, relations};
use serde::Deserialize;

const PRECISION_BAR: f64 = 0.90;
const RECALL_BAR: f64 = 0.80;

/// The dated events of tests/gold/seed-relations.toml (its relations are read as a [`Gold`]).
#[derive(Deserialize)]
struct Events {
    #[serde(default)]
    event: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    date: String,
    date_text: String,
    doc: String,
    evidence: String,
}

/// Where `needle` sits in the document text, as a UTF-16 range.
fn utf16_range(text: &str, needle: &str) -> Option<(u32, u32)> {
    let at = text.find(needle)?;
    let start = text[..at].encode_utf16().count() as u32;
    Some((start, start + needle.encode_utf16().count() as u32))
}

#[test]
fn relations_and_events_meet_the_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stated_file = root.join("tests/gold/seed-relations.toml");
    let mut gold = Gold::read(&root.join("tests/gold/seed.toml"));
    gold.relation = Gold::read(&stated_file).relation;
    let events: Events = toml::from_str(&std::fs::read_to_string(&stated_file).unwrap()).unwrap();
    let corpus = compile(&root.join("corpus")).unwrap_or_else(|e| panic!("{e}")).corpus;

    // Relations.
    let score = relations::score(&corpus, &gold);
    println!("\nrelations by family         gold  pred  match  precision  recall");
    for (family, t) in score.families.iter().chain([(&"overall", &score.total())]) {
        println!(
            "  {family:<24} {:>5} {:>5} {:>6} {:>10.2} {:>7.2}",
            t.gold,
            t.predicted,
            t.matched,
            ratio(t.matched, t.predicted),
            ratio(t.matched, t.gold)
        );
    }
    let total = score.total();
    let (precision, recall) =
        (ratio(total.matched, total.predicted), ratio(total.matched, total.gold));
    for (title, lines) in [
        ("missed", &score.missed),
        ("not in the gold", &score.unmatched),
        ("not stated by their evidence", &score.not_stated),
    ] {
        println!("\n{title} ({}):", lines.len());
        for line in lines {
            println!("  {line}");
        }
    }

    // Events.
    let doc_index: BTreeMap<&str, usize> =
        corpus.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let (mut found, mut wrong) = (0, Vec::new());
    let mut unfound = Vec::new();
    for g in &events.event {
        let doc = doc_index[g.doc.as_str()];
        let Some((from, to)) = utf16_range(&corpus.documents[doc].text, &g.evidence) else {
            unfound.push(format!("{}: evidence not in the text: {:?}", g.doc, g.evidence));
            continue;
        };
        let words = g.date_text.to_lowercase();
        let candidates: Vec<_> = corpus
            .events
            .iter()
            .filter(|e| e.doc as usize == doc)
            .filter(|e| {
                let s = &corpus.sentences[e.sentence as usize];
                s.start < to && from < s.end
            })
            .filter(|e| {
                let printed = e.date_text.to_lowercase();
                printed.contains(&words) || words.contains(&printed)
            })
            .collect();
        // The exact date words if printed so; else the first expression inside them (`2018` of `2018 and 2019`).
        let best = candidates.iter().min_by_key(|e| (e.date_text.to_lowercase() != words, e.start));
        match best {
            Some(e) => {
                found += 1;
                if e.date != g.date {
                    wrong.push(format!(
                        "{}: {:?} is {} in the gold, {} here  «{}»",
                        g.doc, g.date_text, g.date, e.date, g.evidence
                    ));
                }
            }
            None => {
                unfound.push(format!("{}: {} {:?}  «{}»", g.doc, g.date, g.date_text, g.evidence))
            }
        }
    }
    println!(
        "\nevents: gold {}, found {}, recall {:.2}, dates wrong {}",
        events.event.len(),
        found,
        ratio(found, events.event.len()),
        wrong.len()
    );
    for line in &wrong {
        println!("  WRONG {line}");
    }
    for line in &unfound {
        println!("  not found {line}");
    }

    assert!(wrong.is_empty(), "{} event dates differ from the gold", wrong.len());
    assert!(
        score.not_stated.is_empty(),
        "relations not stated by their evidence: {:#?}",
        score.not_stated
    );
    assert!(precision >= PRECISION_BAR, "relation precision {precision:.2} < {PRECISION_BAR}");
    assert!(recall >= RECALL_BAR, "relation recall {recall:.2} < {RECALL_BAR}");
}
