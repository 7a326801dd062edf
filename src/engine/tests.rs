//! Engine behaviour over a small synthetic corpus built through the real compiler stages.

use super::*;
use crate::model::{Entity, EntityKind, Mention, Relation, RelationKind, Role};

/// Two documents, three entities, one co-mention link, compiled by the real index builder.
fn explorer() -> Explorer {
    let texts = [
        ("a", "Outlet A", "2021-03", "Qalida Akytkhan protests in Almaty. The consulate is quiet."),
        (
            "b",
            "Outlet B",
            "2022-09-14",
            "Khalida Akitkhan met Serik Bilash. Bilash left for Turkey.",
        ),
    ];
    let mut corpus = Corpus::default();
    for (i, (id, outlet, published, text)) in texts.iter().enumerate() {
        let first = corpus.sentences.len() as u32;
        for (start, end) in crate::compiler::segment::sentence_ranges(text) {
            let piece = &text[start..end];
            corpus.sentences.push(crate::model::Sentence {
                doc: i as u32,
                paragraph: 0,
                start: start as u32,
                end: end as u32,
                byte_start: start as u32,
                byte_end: end as u32,
                token_count: crate::text::tokens(piece).count() as u16,
            });
        }
        corpus.documents.push(crate::model::Document {
            id: id.to_string(),
            title: format!("Title {id}"),
            outlet: outlet.to_string(),
            published: published.to_string(),
            text: text.to_string(),
            first_sentence: first,
            sentence_count: corpus.sentences.len() as u32 - first,
            ..Default::default()
        });
    }
    let mention = |doc, sentence, start, end| Mention { doc, sentence, start, end };
    corpus.entities = vec![
        Entity {
            id: "qalida-akytkhan".into(),
            name: "Qalida Akytkhan".into(),
            kind: EntityKind::Person,
            aliases: vec!["Khalida Akitkhan".into()],
            mentions: vec![mention(0, 0, 0, 15), mention(1, 2, 0, 16)],
            roles: vec![Role {
                text: "protests in Almaty".into(),
                doc: 0,
                sentence: 0,
                start: 16,
                end: 34,
            }],
        },
        Entity {
            id: "almaty".into(),
            name: "Almaty".into(),
            kind: EntityKind::Place,
            aliases: vec![],
            mentions: vec![mention(0, 0, 28, 34)],
            roles: vec![],
        },
        Entity {
            id: "serik-bilash".into(),
            name: "Serik Bilash".into(),
            kind: EntityKind::Person,
            aliases: vec![],
            mentions: vec![mention(1, 2, 21, 33), mention(1, 3, 35, 41)],
            roles: vec![],
        },
    ];
    corpus.relations = vec![
        Relation {
            source: 0,
            target: 1,
            kind: RelationKind::CoMention,
            evidence: vec![0],
            former: false,
        },
        Relation {
            source: 0,
            target: 2,
            kind: RelationKind::CoMention,
            evidence: vec![2],
            former: false,
        },
    ];
    Explorer::from_corpus(corpus)
}

fn hit_docs(result: &views::SearchResult) -> Vec<&str> {
    result.hits.iter().map(|h| h.doc.as_str()).collect()
}

#[test]
fn search_finds_every_spelling_and_says_which_matched() {
    let e = explorer();
    let result = e.search("Akitkhan", &SearchOptions::default()).unwrap();
    assert_eq!(hit_docs(&result), ["b", "a"], "exact spelling ranks first");
    assert_eq!(result.hits[1].matched, ["Akytkhan"]);
    assert_eq!(result.hits[1].highlights, [[7, 15]]);
    assert_eq!(result.entities[0].id, "qalida-akytkhan");
}

#[test]
fn search_cases_behave_as_specified() {
    let e = explorer();
    let cases: &[(&str, &str, SearchOptions, &[&str])] = &[
        ("a prefix matches while typing", "Akyt", SearchOptions::default(), &["a", "b"]),
        (
            "a phrase needs its words side by side",
            "\"consulate is quiet\"",
            SearchOptions::default(),
            &["a"],
        ),
        ("a broken phrase matches nothing", "\"quiet consulate\"", SearchOptions::default(), &[]),
        (
            "an excluded word removes its sentences",
            "Akytkhan -Almaty",
            SearchOptions::default(),
            &["b"],
        ),
        (
            "an outlet filter narrows hits",
            "Akytkhan",
            SearchOptions {
                filter: Filter { outlets: vec!["Outlet A".into()], ..Default::default() },
                ..Default::default()
            },
            &["a"],
        ),
        (
            "a date filter narrows hits",
            "Akytkhan",
            SearchOptions {
                filter: Filter { from: Some("2022".into()), ..Default::default() },
                ..Default::default()
            },
            &["b"],
        ),
        (
            "an entity filter keeps documents mentioning it",
            "Akytkhan",
            SearchOptions {
                filter: Filter { entities: vec!["serik-bilash".into()], ..Default::default() },
                ..Default::default()
            },
            &["b"],
        ),
        (
            "a type filter keeps sentences naming that type",
            "Akytkhan",
            SearchOptions {
                filter: Filter { types: vec!["place".into()], ..Default::default() },
                ..Default::default()
            },
            &["a"],
        ),
    ];
    for (name, query, options, expected) in cases {
        let result = e.search(query, options).unwrap_or_else(|err| panic!("{name}: {err}"));
        let mut docs = hit_docs(&result);
        docs.sort();
        assert_eq!(docs, *expected, "{name}");
    }
}

#[test]
fn facets_count_hits_with_the_other_filters_applied() {
    let e = explorer();
    let options = SearchOptions {
        filter: Filter { outlets: vec!["Outlet A".into()], ..Default::default() },
        ..Default::default()
    };
    let result = e.search("Akytkhan", &options).unwrap();
    let outlets: Vec<(&str, u32)> =
        result.facets.outlet.iter().map(|f| (f.value.as_str(), f.count)).collect();
    assert_eq!(
        outlets,
        [("Outlet A", 1), ("Outlet B", 1)],
        "the outlet facet ignores the outlet filter"
    );
    let years: Vec<&str> = result.facets.year.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(years, ["2021"], "the year facet follows the outlet filter");
}

#[test]
fn bad_arguments_are_errors_that_say_why() {
    let e = explorer();
    let cases: &[(&str, Result<()>, &str)] = &[
        ("unknown entity", e.entity("nobody").map(drop), "no entity with id \"nobody\""),
        ("unknown document", e.document("nowhere").map(drop), "no document with id \"nowhere\""),
        (
            "bad date",
            e.documents(&Filter { from: Some("March".into()), ..Default::default() }).map(drop),
            "is not a date",
        ),
        (
            "bad type",
            e.documents(&Filter { types: vec!["animal".into()], ..Default::default() }).map(drop),
            "unknown entity type",
        ),
        (
            "zero limit",
            e.search("x", &SearchOptions { limit: Some(0), ..Default::default() }).map(drop),
            "limit must be between",
        ),
        ("unknown export format", e.export("xml").map(drop), "unknown export format"),
        (
            "too many hops",
            e.path(
                "almaty",
                "serik-bilash",
                &PathOptions { max_hops: Some(99), ..Default::default() },
            )
            .map(drop),
            "maxHops",
        ),
        (
            "unknown related entity",
            e.entities(&entities::EntityFilter {
                filter: Filter { related: Some("nobody".into()), ..Default::default() },
                ..Default::default()
            })
            .map(drop),
            "filter related: no entity",
        ),
        (
            "unknown timeline entity",
            e.timeline(&Filter::default(), &TimelineOptions { entity: Some("nobody".into()) })
                .map(drop),
            "no entity with id \"nobody\"",
        ),
        (
            "unknown speaker",
            e.quotes(&Filter::default(), &QuoteOptions { entity: Some("nobody".into()) }).map(drop),
            "no entity with id",
        ),
        (
            "unknown relation type",
            e.neighbors(
                "almaty",
                &NeighborOptions { types: vec!["friend-of".into()], ..Default::default() },
            )
            .map(drop),
            "unknown relation type \"friend-of\"",
        ),
        (
            "export formats are listed",
            e.export("xml").map(drop),
            "known: json, graphml, csv, csv-edges",
        ),
    ];
    for (name, result, words) in cases {
        let error = result.clone().expect_err(name);
        assert!(error.to_string().contains(words), "{name}: {error}");
    }
}

#[test]
fn a_path_joins_entities_that_never_share_a_sentence() {
    let e = explorer();
    let path = e.path("almaty", "serik-bilash", &PathOptions::default()).unwrap();
    assert!(path.found);
    let hops: Vec<(&str, &str)> =
        path.hops.iter().map(|h| (h.source.as_str(), h.target.as_str())).collect();
    assert_eq!(hops, [("almaty", "qalida-akytkhan"), ("qalida-akytkhan", "serik-bilash")]);
    assert_eq!(path.hops[1].evidence[0].text, "Khalida Akitkhan met Serik Bilash.");
}

#[test]
fn profiles_and_suggestions_name_the_entity_under_every_spelling() {
    let e = explorer();
    let profile = e.entity("qalida-akytkhan").unwrap();
    assert_eq!(
        (profile.mention_count, profile.documents, profile.aliases.clone()),
        (2, 2, vec!["Khalida Akitkhan".to_string()])
    );
    assert_eq!(profile.mentions[1].sentence.text, "Khalida Akitkhan met Serik Bilash.");
    let role = &profile.roles[0];
    assert_eq!(
        (role.text.as_str(), role.doc.as_str(), role.sentence.text.as_str()),
        ("protests in Almaty", "a", "Qalida Akytkhan protests in Almaty.")
    );
    let suggestions = e.suggest("akit", None).unwrap();
    assert!(
        matches!(&suggestions[0], views::Suggestion::Entity { id, .. } if id == "qalida-akytkhan"),
        "{suggestions:?}"
    );
}

#[test]
fn the_json_export_is_deterministic_and_cites_offsets() {
    let e = explorer();
    let json = e.export("json").unwrap();
    assert_eq!(json, e.export("json").unwrap());
    assert!(
        json.starts_with(&format!("{{\"formatVersion\":{},", crate::blob::FORMAT_VERSION)),
        "{json}"
    );
    assert!(json.contains(",\"documents\":[{\"id\":\"a\""), "{json}");
    assert!(json.contains("{\"id\":\"almaty\",\"name\":\"Almaty\",\"type\":\"place\",\"aliases\":[],\"mentions\":[{\"doc\":\"a\",\"start\":28,\"end\":34}],\"roles\":[]}"), "{json}");
}

#[test]
fn the_embedded_blob_opens() {
    let e = Explorer::open_embedded().expect("the embedded corpus decodes");
    assert!(e.stats().documents >= 1);
}

#[test]
fn a_related_filter_keeps_what_is_linked_to_an_entity() {
    let e = super::fixture::story();
    let related = |id: &str| Filter { related: Some(id.into()), ..Default::default() };
    let names = |filter: Filter| -> Vec<String> {
        let mut ids: Vec<String> = e
            .entities(&entities::EntityFilter { filter, ..Default::default() })
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        ids.sort();
        ids
    };
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "neighbours by any relation",
            "dana-omarova",
            &["bolat-serikov", "steppe-watch", "urumqi"],
        ),
        ("not the entity itself", "erlan-nurov", &["almaty", "steppe-watch"]),
    ];
    for (name, id, expected) in cases {
        assert_eq!(names(related(id)), *expected, "{name}");
    }
    let hits = e
        .search("Steppe", &SearchOptions { filter: related("erlan-nurov"), ..Default::default() })
        .unwrap();
    let texts: Vec<&str> = hits.hits.iter().map(|h| h.text.as_str()).collect();
    assert!(
        texts.iter().all(|t| t.contains("Steppe Watch") || t.contains("Almaty")),
        "every hit names an entity linked to Erlan Nurov: {texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("Radio Steppe")), "{texts:?}");
    let docs: Vec<String> =
        e.documents(&related("urumqi")).unwrap().into_iter().map(|d| d.id).collect();
    assert_eq!(docs, ["a", "b"], "documents naming an entity linked to Urumqi");
}

#[test]
fn quoted_values_in_messages_are_escaped_and_bounded_after_escaping() {
    let zero_widths = "\u{200b}".repeat(100);
    let long = "x".repeat(100);
    let cases: &[(&str, &str, &str)] = &[
        ("plain", "friend-of", "\"friend-of\""),
        ("apostrophe kept, quote escaped", "it's \"x\"", "\"it's \\\"x\\\"\""),
        ("control characters escaped", "a\nb\tc", "\"a\\nb\\tc\""),
        ("long text cut at 64", &long, &format!("\"{}…\"", "x".repeat(64))),
        (
            "an apostrophe counts as one character",
            &format!("{}'", "a".repeat(63)),
            &format!("\"{}'\"", "a".repeat(63)),
        ),
        (
            "zero-width marks cut after escaping, never inside an escape",
            &zero_widths,
            &format!("\"{}…\"", "\\u{200b}".repeat(8)),
        ),
    ];
    for (name, text, expected) in cases {
        assert_eq!(&quoted(text), expected, "{name}");
    }
    // The fuzz finding: an unknown relation type of escaped marks kept the message within bounds.
    let name = format!("c,f,o*{}*{}", "\u{6dc}".repeat(40), "o".repeat(300));
    let error = explorer()
        .neighbors("almaty", &NeighborOptions { types: vec![name], ..Default::default() })
        .map(drop)
        .expect_err("unknown type");
    assert!(
        error.to_string().chars().count() <= MAX_MESSAGE_CHARS,
        "{} characters: {}",
        error.to_string().chars().count(),
        error
    );
    assert!(
        error
            .to_string()
            .ends_with(&format!("{})", RelationKind::ALL[RelationKind::ALL.len() - 1].as_str())),
        "the list of known types is whole: {}",
        error
    );
}
