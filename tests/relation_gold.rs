//! Scores the typed relations and dated events of the seed corpus against hand-written gold (tests/gold/seed-relations.toml), prints precision and recall per relation family and the event dates, and fails under the bars.
//!
//! Relations are compared per document, at the coarse family of their type
//! ([`RelationKind::family`]): a predicted relation counts once for each document its evidence
//! comes from, and co-mention is left out. An endpoint matches when the predicted entity's name or
//! an alias is one of the gold entity's forms (tests/gold/seed.toml). A bracketed gold endpoint
//! (`[Akytkhan's sons]`, an unnamed person) matches a bracketed predicted entity sharing a lower-case
//! content word with it (`[sons of Qalida Akytkhan]`), so the kin noun must agree while the wording
//! may differ. Symmetric types, and all of the family family (where `parent-of` read backwards is
//! `child-of`), match in either direction. Gold and predictions are paired one to one, greedily.
//!
//! Events: a gold event is found when a predicted event of the same document sits in a sentence
//! overlapping the gold evidence and its date words contain the gold's or are contained in them
//! (the exact words first, else the first such expression: `2018` for `2018 and 2019`); every found
//! event must carry exactly the gold date. Event recall is printed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use corpus_explorer::compiler::compile;
use corpus_explorer::model::{Corpus, Entity, RelationKind};
use serde::Deserialize;

const PRECISION_BAR: f64 = 0.90;
const RECALL_BAR: f64 = 0.80;

#[derive(Deserialize)]
struct Seed {
    entity: Vec<SeedEntity>,
}

#[derive(Deserialize)]
struct SeedEntity {
    name: String,
    forms: Vec<String>,
}

#[derive(Deserialize)]
struct Gold {
    relation: Vec<GoldRelation>,
    #[serde(default)]
    event: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldRelation {
    source: String,
    target: String,
    #[serde(rename = "type")]
    kind: String,
    doc: String,
    evidence: String,
}

#[derive(Deserialize)]
struct GoldEvent {
    date: String,
    date_text: String,
    doc: String,
    evidence: String,
}

/// A relation as scored: document, endpoints, family, and whether direction counts.
struct Scored {
    doc: String,
    source: usize,
    target: usize,
    family: &'static str,
    directed: bool,
    label: String,
}

fn content_words(name: &str) -> BTreeSet<String> {
    const STOP: &[&str] = &["of", "and", "in", "the", "a", "an", "for", "to", "s"];
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .map(|w| w.trim_end_matches('s').to_string())
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .collect()
}

fn is_bracketed(name: &str) -> bool {
    name.starts_with('[') && name.ends_with(']')
}

/// Whether predicted entity `entity` is the gold endpoint `gold`.
fn endpoint_matches(entity: &Entity, gold: &str, forms: &BTreeMap<&str, BTreeSet<&str>>) -> bool {
    if is_bracketed(gold) {
        return is_bracketed(&entity.name)
            && !content_words(gold).is_disjoint(&content_words(&entity.name));
    }
    let Some(gold_forms) = forms.get(gold) else { return false };
    std::iter::once(&entity.name).chain(&entity.aliases).any(|f| gold_forms.contains(f.as_str()))
}

fn family_of(kind: RelationKind) -> &'static str {
    kind.family()
}

fn undirected(kind: RelationKind) -> bool {
    !kind.is_directed() || kind.family() == "family"
}

fn sentence_text(corpus: &Corpus, sentence: u32) -> &str {
    let s = &corpus.sentences[sentence as usize];
    &corpus.documents[s.doc as usize].text[s.byte_start as usize..s.byte_end as usize]
}

fn predicted(corpus: &Corpus) -> Vec<Scored> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for relation in corpus.relations.iter().filter(|r| r.kind != RelationKind::CoMention) {
        for &sentence in &relation.evidence {
            let doc = corpus.documents[corpus.sentences[sentence as usize].doc as usize].id.clone();
            let directed = !undirected(relation.kind);
            let (a, b) = (relation.source as usize, relation.target as usize);
            let key = if directed {
                (doc.clone(), a, b, family_of(relation.kind))
            } else {
                (doc.clone(), a.min(b), a.max(b), family_of(relation.kind))
            };
            if seen.insert(key) {
                let label = format!(
                    "{} {} {}  «{}»",
                    corpus.entities[a].name,
                    relation.kind.as_str(),
                    corpus.entities[b].name,
                    sentence_text(corpus, sentence)
                );
                out.push(Scored {
                    doc,
                    source: a,
                    target: b,
                    family: family_of(relation.kind),
                    directed,
                    label,
                });
            }
        }
    }
    out
}

#[derive(Default)]
struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
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
    let seed: Seed =
        toml::from_str(&std::fs::read_to_string(root.join("tests/gold/seed.toml")).unwrap())
            .unwrap();
    let gold: Gold = toml::from_str(
        &std::fs::read_to_string(root.join("tests/gold/seed-relations.toml")).unwrap(),
    )
    .unwrap();
    let corpus = compile(&root.join("corpus")).unwrap_or_else(|e| panic!("{e}")).corpus;
    let forms: BTreeMap<&str, BTreeSet<&str>> = seed
        .entity
        .iter()
        .map(|e| {
            (e.name.as_str(), e.forms.iter().map(String::as_str).chain([e.name.as_str()]).collect())
        })
        .collect();

    // Relations.
    let predictions = predicted(&corpus);
    let mut taken = vec![false; predictions.len()];
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut missed = Vec::new();
    for p in &predictions {
        tallies.entry(p.family).or_default().predicted += 1;
    }
    for g in &gold.relation {
        let kind = RelationKind::parse(&g.kind)
            .unwrap_or_else(|| panic!("unknown gold type {:?}", g.kind));
        let family = family_of(kind);
        tallies.entry(family).or_default().gold += 1;
        let found = predictions.iter().enumerate().position(|(i, p)| {
            let entity = |index: usize| &corpus.entities[index];
            let forward = endpoint_matches(entity(p.source), &g.source, &forms)
                && endpoint_matches(entity(p.target), &g.target, &forms);
            let backward = endpoint_matches(entity(p.source), &g.target, &forms)
                && endpoint_matches(entity(p.target), &g.source, &forms);
            !taken[i]
                && p.doc == g.doc
                && p.family == family
                && (forward || ((!p.directed || undirected(kind)) && backward))
        });
        match found {
            Some(i) => {
                taken[i] = true;
                tallies.get_mut(family).unwrap().matched += 1;
            }
            None => missed
                .push(format!("{}: {} {} {}  «{}»", g.doc, g.source, g.kind, g.target, g.evidence)),
        }
    }
    println!("\nrelations by family         gold  pred  match  precision  recall");
    let mut total = Tally::default();
    for (family, t) in &tallies {
        println!(
            "  {family:<24} {:>5} {:>5} {:>6} {:>10.2} {:>7.2}",
            t.gold,
            t.predicted,
            t.matched,
            ratio(t.matched, t.predicted),
            ratio(t.matched, t.gold)
        );
        total.gold += t.gold;
        total.predicted += t.predicted;
        total.matched += t.matched;
    }
    let (precision, recall) =
        (ratio(total.matched, total.predicted), ratio(total.matched, total.gold));
    println!(
        "  {:<24} {:>5} {:>5} {:>6} {:>10.2} {:>7.2}",
        "overall", total.gold, total.predicted, total.matched, precision, recall
    );
    println!("\nmissed ({}):", missed.len());
    for line in &missed {
        println!("  {line}");
    }
    let spurious: Vec<&Scored> =
        predictions.iter().zip(&taken).filter(|(_, &t)| !t).map(|(p, _)| p).collect();
    println!("\nnot in the gold ({}):", spurious.len());
    for p in &spurious {
        println!("  {}: {}", p.doc, p.label);
    }

    // Events.
    let doc_index: BTreeMap<&str, usize> =
        corpus.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let (mut found, mut wrong) = (0, Vec::new());
    let mut unfound = Vec::new();
    for g in &gold.event {
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
        gold.event.len(),
        found,
        ratio(found, gold.event.len()),
        wrong.len()
    );
    for line in &wrong {
        println!("  WRONG {line}");
    }
    for line in &unfound {
        println!("  not found {line}");
    }

    assert!(wrong.is_empty(), "{} event dates differ from the gold", wrong.len());
    assert!(precision >= PRECISION_BAR, "relation precision {precision:.2} < {PRECISION_BAR}");
    assert!(recall >= RECALL_BAR, "relation recall {recall:.2} < {RECALL_BAR}");
}
