//! One table of named cases per search step, over the three-document story of `engine::fixture`.

use super::*;
use crate::engine::fixture::{self, Fixture};
use crate::engine::Filter;
use crate::model::EntityKind;

/// The story's sentences: 0 "Aigul Serikova protested in Almaty." 1 "Her husband Bolat Serikov was
/// detained in Urumqi last month." 2 "We want answers…" 3 "Two of her sons are missing." (doc a);
/// 4 "Bolat Serikov met Dana Omarova in Urumqi." 5 "Dana Omarova heads Steppe Watch." 6 "Steppe Watch
/// counted around 1.2 million Kazakhs detained." (doc b); 7 "Erlan Nurov is a member of Steppe Watch."
/// 8 "About 1.5 million Kazakhs are detained, …" 9 "On June 3, Erlan Nurov met officials in Almaty."
/// 10 "The camps must close…" (doc c).
fn story() -> Explorer {
    fixture::story()
}

fn sentences(scored: &Scored) -> Vec<u32> {
    scored.iter().map(|&(s, _)| s).collect()
}

/// `sentences`, each scored 1.
fn all_of(sentences: &[u32]) -> Scored {
    sentences.iter().map(|&s| (s, 1.0)).collect()
}

#[test]
fn parse_reads_the_page_and_the_query() {
    // (name, query, limit, offset, Ok((offset, limit, clauses, excluded)) or the error message)
    type Expected = core::result::Result<(u32, u32, usize, usize), &'static str>;
    let cases: &[(&str, &str, Option<u32>, Option<u32>, Expected)] = &[
        ("defaults", "Almaty", None, None, Ok((0, 20, 1, 0))),
        ("the largest page", "Almaty", Some(100), Some(10_000), Ok((10_000, 100, 1, 0))),
        ("a limit of zero", "Almaty", Some(0), None, Err("limit must be between 1 and 100, not 0")),
        (
            "a limit too large",
            "Almaty",
            Some(101),
            None,
            Err("limit must be between 1 and 100, not 101"),
        ),
        (
            "an offset too far",
            "Almaty",
            None,
            Some(10_001),
            Err("offset must be at most 10000, not 10001"),
        ),
        (
            "a phrase and an excluded word",
            "\"Steppe Watch\" -Almaty",
            None,
            None,
            Ok((0, 20, 1, 1)),
        ),
        ("nothing typed", "   ", None, None, Ok((0, 20, 0, 0))),
    ];
    for (name, raw, limit, offset, expected) in cases {
        let options = SearchOptions { limit: *limit, offset: *offset, ..Default::default() };
        let got = parse(raw, &options)
            .map(|(page, query)| {
                (page.offset, page.limit, query.clauses.len(), query.excluded.len())
            })
            .map_err(|e| e.to_string());
        assert_eq!(got, expected.map_err(String::from), "{name}");
    }
    let empty = nothing_typed("  ", Vec::new());
    assert_eq!((empty.total, empty.notice.as_deref()), (0, Some("type a word to search")));
}

#[test]
fn match_clauses_keeps_sentences_matching_every_clause() {
    let e = story();
    // (name, query, sentences)
    let cases: &[(&str, &str, &[u32])] = &[
        ("one word", "detained", &[1, 6, 8]),
        ("every clause must match", "Kazakhs detained", &[6, 8]),
        ("a phrase", "\"Steppe Watch\"", &[5, 6, 7]),
        ("a phrase in the wrong order", "\"Watch Steppe\"", &[]),
        ("a word no sentence holds", "Tashkent", &[]),
    ];
    for (name, raw, expected) in cases {
        let (matched, terms) = e.match_clauses(&query::parse(raw).clauses);
        assert_eq!(sentences(&matched), *expected, "{name}");
        assert_eq!(terms.is_empty(), *raw == "Tashkent", "{name}: the words' index terms are kept");
    }
}

#[test]
fn expand_aliases_finds_a_name_under_its_other_names() {
    let e = Fixture::new(&[(
        "a",
        "Outlet A",
        "2020-01-01",
        "Astana hosted the talks. Nur-Sultan was cold. Her sons left.",
    )])
    .entity("astana", EntityKind::Place, &["Astana", "Nur-Sultan"])
    .entity("sons", EntityKind::Person, &["Her sons"])
    .renamed("sons", "[sons of someone]")
    .build();
    // (name, query, sentences)
    let cases: &[(&str, &str, &[u32])] = &[
        ("a name finds the mentions under its other names", "Astana", &[0, 1]),
        ("the other name finds the first", "Nur-Sultan", &[0, 1]),
        ("a word that names nothing adds nothing", "cold", &[1]),
        ("an unnamed relative is not found by its description", "someone", &[]),
    ];
    for (name, raw, expected) in cases {
        let clauses = query::parse(raw).clauses;
        let (matched, mut terms) = e.match_clauses(&clauses);
        let expanded = e.expand_aliases(&clauses, matched.clone(), &mut terms);
        assert_eq!(sentences(&expanded), *expected, "{name}");
        for (sentence, score) in &expanded {
            if !sentences(&matched).contains(sentence) {
                assert_eq!(*score, ALIAS_SCORE, "{name}: found by an alias");
            }
        }
    }
    let clauses = query::parse("Astana").clauses;
    let (matched, mut terms) = e.match_clauses(&clauses);
    e.expand_aliases(&clauses, matched, &mut terms);
    assert!(terms.contains(&e.term("sultan").unwrap()), "the other name is marked");
}

#[test]
fn exclude_drops_sentences_holding_an_excluded_word() {
    let e = story();
    // (name, excluded words, sentences left of "detained": 1, 6, 8)
    let cases: &[(&str, &[&str], &[u32])] = &[
        ("nothing excluded", &[], &[1, 6, 8]),
        ("a word drops its sentences", &["kazakhs"], &[1]),
        ("a word in no matched sentence", &["almaty"], &[1, 6, 8]),
        ("two words", &["urumqi", "nurov"], &[6]),
    ];
    for (name, words, expected) in cases {
        let mut matched = all_of(&[1, 6, 8]);
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        e.exclude(&words, &mut matched);
        assert_eq!(sentences(&matched), *expected, "{name}");
    }
}

#[test]
fn boost_raises_passages_naming_the_query_and_of_titles_holding_it() {
    let e = story();
    let id = |id: &str| e.entity_index(id).unwrap();
    // Titles are "Title a", "Title b", "Title c"; only "a" is also a word of the texts.
    let title_a = e.term("a").unwrap();
    // (name, named entities, title terms, scores of sentences 0 (doc a), 3 (doc a), 4 (doc b), 9 (doc c))
    let cases: Vec<(&str, Vec<u32>, Vec<u32>, [f32; 4])> = vec![
        ("nothing named, no title word", vec![], vec![], [1.0, 1.0, 1.0, 1.0]),
        ("a named entity boosts its passages", vec![id("almaty")], vec![], [1.5, 1.0, 1.0, 1.5]),
        ("a title word boosts its document", vec![], vec![title_a], [1.25, 1.25, 1.0, 1.0]),
        ("both multiply", vec![id("almaty")], vec![title_a], [1.875, 1.25, 1.0, 1.5]),
        (
            "an unnamed relative does not boost",
            vec![id("sons-of-aigul-serikova")],
            vec![],
            [1.0, 1.0, 1.0, 1.0],
        ),
    ];
    for (name, named, terms, expected) in cases {
        let mut matched = all_of(&[0, 3, 4, 9]);
        e.boost(&mut matched, &named, &terms);
        let scores: Vec<f32> = matched.iter().map(|&(_, score)| score).collect();
        assert_eq!(scores, expected, "{name}");
    }
}

#[test]
fn facets_count_with_the_other_filters_then_the_filter_applies() {
    let e = story();
    // (name, filter, sentences kept of "Almaty": 0 (Outlet A, 2019), 9 (Outlet B, 2021), outlet facet)
    let cases: Vec<(&str, Filter, &[u32], &[(&str, u32)])> = vec![
        ("no filter", Filter::default(), &[0, 9], &[("Outlet A", 1), ("Outlet B", 1)]),
        (
            "an outlet filter keeps its passages but counts the other outlets",
            Filter { outlets: vec!["Outlet B".into()], ..Default::default() },
            &[9],
            &[("Outlet A", 1), ("Outlet B", 1)],
        ),
        (
            "a year filter narrows the outlet counts",
            Filter { from: Some("2021".into()), ..Default::default() },
            &[9],
            &[("Outlet B", 1)],
        ),
    ];
    for (name, filter, expected, outlets) in cases {
        let resolved = filter.resolve(&e).unwrap();
        let (facets, kept) = e.facets_then_filter(all_of(&[0, 9]), &resolved);
        assert_eq!(sentences(&kept), *expected, "{name}");
        let counted: Vec<(&str, u32)> =
            facets.outlet.iter().map(|f| (f.value.as_str(), f.count)).collect();
        assert_eq!(counted, *outlets, "{name}");
    }
}

#[test]
fn group_by_document_orders_documents_by_their_best_passage() {
    let e = story();
    // Doc a: sentences 0 (1.0) and 1 (3.0); doc b: 4 (2.0) and 5 (0.5); doc c: 9 (2.5).
    let matched: Scored = vec![(0, 1.0), (1, 3.0), (4, 2.0), (5, 0.5), (9, 2.5)];
    // (name, hits, offset, limit, sentences shown)
    let cases: &[(&str, &Scored, u32, u32, &[u32])] = &[
        ("documents by their best passage", &matched, 0, 20, &[1, 0, 9, 4, 5]),
        ("a page", &matched, 2, 2, &[9, 4]),
        ("past the end", &matched, 10, 5, &[]),
        (
            "ties: document order, then sentence order",
            &vec![(0, 1.0), (4, 1.0), (5, 1.0)],
            0,
            20,
            &[0, 4, 5],
        ),
    ];
    for (name, matched, offset, limit, expected) in cases {
        let shown = e.group_by_document(matched, &Page { offset: *offset, limit: *limit });
        assert_eq!(sentences(&shown), *expected, "{name}");
    }
}

#[test]
fn notice_says_why_nothing_matched_and_offers_a_spelling() {
    let e = story();
    // (name, query, notices of reading it, total, suggestion, notice)
    let cases: &[(&str, &str, &[&str], u32, Option<&str>, Option<&str>)] = &[
        ("hits and nothing to say", "Almaty", &[], 3, None, None),
        (
            "a notice of reading the query is kept",
            "Almaty",
            &["the query was cut"],
            2,
            None,
            Some("the query was cut"),
        ),
        (
            "no hit, a near spelling",
            "  Albbty ",
            &[],
            0,
            Some("almaty"),
            Some("no passage matches \"Albbty\" with these filters; did you mean \"almaty\"?"),
        ),
        (
            "no hit, nothing near",
            "zzqqxx",
            &[],
            0,
            None,
            Some("no passage matches \"zzqqxx\" with these filters"),
        ),
    ];
    for (name, raw, notices, total, suggestion, notice) in cases {
        let notices = notices.iter().map(|n| n.to_string()).collect();
        let got = e.notice(raw, notices, *total);
        assert_eq!((got.0.as_deref(), got.1.as_deref()), (*suggestion, *notice), "{name}");
    }
}

#[test]
fn entities_lists_the_named_ones_most_mentioned_first() {
    let e = story();
    // (name, query, filter, entity ids)
    let cases: Vec<(&str, &str, Filter, &[&str])> = vec![
        ("a name lists its entity", "Erlan", Filter::default(), &["erlan-nurov"]),
        ("most mentioned first", "Steppe", Filter::default(), &["steppe-watch", "radio-steppe"]),
        (
            "only mentions in the filter's documents count",
            "Steppe",
            Filter { outlets: vec!["Outlet A".into()], ..Default::default() },
            &["radio-steppe"],
        ),
        (
            "a type filter drops other types",
            "Steppe",
            Filter { types: vec!["person".into()], ..Default::default() },
            &[],
        ),
        ("a word that names nothing", "detained", Filter::default(), &[]),
    ];
    for (name, raw, filter, expected) in cases {
        let named = e.named_entities(&query::parse(raw).clauses);
        let listed = e.listed_entities(named, &filter.resolve(&e).unwrap());
        let ids: Vec<&str> = listed.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, *expected, "{name}");
    }
}

#[test]
fn quotes_of_matched_passages_hold_every_word() {
    let e = story();
    // (name, query, matched sentences, quote texts)
    let cases: &[(&str, &str, &[u32], &[&str])] = &[
        ("a quote of a matched passage", "camps", &[10], &["The camps must close,"]),
        ("a quote whose passage did not match", "camps", &[], &[]),
        ("a passage whose quote lacks the word", "Erlan", &[10], &[]),
        ("an excluded word drops the quote", "camps -close", &[10], &[]),
        ("the last word may be a beginning", "answ", &[2], &["We want answers,"]),
    ];
    for (name, raw, matched, expected) in cases {
        let quotes = e.matching_quotes(&query::parse(raw), matched);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, *expected, "{name}");
    }
}
