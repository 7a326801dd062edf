//! Search relevance over the real corpus: spelling variants, typos, stems, phrases, numbers and prefixes find the documents a reader expects; page chrome is not searchable; any text returns or errors cleanly.

use std::collections::BTreeSet;
use std::path::Path;

use corpus_explorer::compiler::compile;
use corpus_explorer::engine::{Explorer, SearchOptions};
use corpus_explorer::text::{fold, tokens};
use proptest::prelude::*;

fn explorer() -> Explorer {
    let corpus = compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .expect("the corpus compiles")
        .corpus;
    Explorer::from_corpus(corpus)
}

fn all_hits() -> SearchOptions {
    SearchOptions { limit: Some(100), ..SearchOptions::default() }
}

/// (name, query, documents that must all be among the hits, the first hit's document among them; a spelling the hits must say they matched)
const CASES: &[(&str, &str, &[&str], Option<&str>)] = &[
    (
        "a name as one outlet spells it",
        "Akytkhan",
        &[
            "rferl-akytkhan-protests", "rferl-relatives-silenced-xi-visit",
            "eurasianet-protests-landmark",
        ],
        None,
    ),
    (
        "another outlet's spelling finds every spelling",
        "Akitkhan",
        &[
            "rferl-akytkhan-protests", "rferl-relatives-silenced-xi-visit",
            "eurasianet-protests-landmark",
        ],
        Some("Akytkhan"),
    ),
    (
        "Tokayev finds Toqaev",
        "Tokayev",
        &["rferl-relatives-silenced-xi-visit", "eurasianet-protests-landmark"],
        Some("Toqaev"),
    ),
    (
        "Atajurt finds Atazhurt",
        "Atajurt",
        &[
            "rferl-akytkhan-protests", "rferl-relatives-silenced-xi-visit",
            "eurasianet-protests-landmark",
        ],
        Some("Atazhurt"),
    ),
    (
        "Sayragul finds Sairagul",
        "Sayragul",
        &["rferl-akytkhan-protests", "scmp-kazakhstan-public-anger"],
        None,
    ),
    (
        "a doubled letter is forgiven",
        "Kunbolatt",
        &["rferl-relatives-silenced-xi-visit", "eurasianet-protests-landmark"],
        Some("Kunbolat"),
    ),
    (
        "a changed letter is forgiven",
        "Sauytbai",
        &["rferl-akytkhan-protests", "scmp-kazakhstan-public-anger"],
        Some("Sauytbay"),
    ),
    ("a dropped letter is forgiven", "Dabanchen", &["rferl-akytkhan-protests"], Some("Dabancheng")),
    (
        "a quoted phrase matches exactly",
        "\"Belt and Road\"",
        &[
            "rferl-akytkhan-protests", "rferl-china-iran-deal",
            "rferl-relatives-silenced-xi-visit", "scmp-kazakhstan-public-anger",
            "diplomat-kazakhstan-confronts-china",
        ],
        None,
    ),
    (
        "a number with a separator and a hyphen",
        "1,782-kilometer",
        &["rferl-relatives-silenced-xi-visit"],
        None,
    ),
    ("an amount of money", "4 million tenge", &["eurasianet-protests-landmark"], None),
    (
        "a hyphenated token with digits",
        "COVID-19",
        &["rferl-akytkhan-protests", "rferl-relatives-silenced-xi-visit"],
        None,
    ),
    (
        "another form of the same word",
        "protesting",
        &[
            "rferl-akytkhan-protests", "rferl-relatives-silenced-xi-visit",
            "eurasianet-protests-landmark",
        ],
        None,
    ),
    (
        "the beginning of a name while typing",
        "Sauyt",
        &["rferl-akytkhan-protests", "scmp-kazakhstan-public-anger"],
        None,
    ),
    (
        "a one-letter typo in the source joins",
        "Bilash",
        &["rferl-akytkhan-protests", "eurasianet-protests-landmark"],
        None,
    ),
    (
        "a name finds its other names",
        "Nur-Sultan",
        &[
            "rferl-akytkhan-protests", "rferl-relatives-silenced-xi-visit",
            "scmp-kazakhstan-public-anger", "diplomat-kazakhstan-confronts-china",
        ],
        Some("Astana"),
    ),
];

#[test]
fn queries_find_the_documents_a_reader_expects() {
    let explorer = explorer();
    for (name, query, expected, matched) in CASES {
        let result = explorer.search(query, &all_hits()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let docs: BTreeSet<&str> = result.hits.iter().map(|h| h.doc.as_str()).collect();
        for doc in *expected {
            assert!(docs.contains(doc), "{name}: {query:?} misses {doc}; found {docs:?}");
        }
        let first = result.hits.first().map(|h| h.doc.as_str()).unwrap_or_default();
        assert!(expected.contains(&first), "{name}: {query:?} ranks {first} first");
        if let Some(spelling) = matched {
            assert!(
                result.hits.iter().any(|h| h.matched.iter().any(|m| m == spelling)),
                "{name}: no hit says it matched {spelling}"
            );
        }
    }
}

/// (name, query, word no hit may contain)
#[test]
fn excluded_words_and_phrases_narrow_the_hits() {
    let explorer = explorer();
    let cases: &[(&str, &str, &str)] = &[
        ("an excluded word", "Kunbolat -brother", "brother"),
        ("an excluded spelling variant", "camps -Xinjiang", "xinjiang"),
    ];
    for (name, query, absent) in cases {
        let result = explorer.search(query, &all_hits()).unwrap();
        assert!(result.total > 0, "{name}: nothing left");
        for hit in &result.hits {
            assert!(
                tokens(&hit.text).all(|t| fold(t.text) != *absent),
                "{name}: {:?} contains {absent}",
                hit.text
            );
        }
    }
}

#[test]
fn a_query_naming_an_entity_returns_it_and_ranks_its_passages_first() {
    let explorer = explorer();
    let result = explorer.search("Akitkhan", &all_hits()).unwrap();
    let entity = result.entities.first().expect("the person is returned");
    assert_eq!(entity.name, "Qalida Akytkhan");
    assert!(result.hits.len() >= 10);
}

#[test]
fn an_unknown_word_says_why_and_suggests_the_nearest_spelling() {
    let explorer = explorer();
    let nothing = explorer.search("Kunbolatxyz", &all_hits()).unwrap();
    assert_eq!(nothing.total, 0, "three edits are beyond the budget of an 11-letter word");
    assert_eq!(nothing.suggestion.as_deref(), Some("kunbolat"));
    assert!(nothing.notice.unwrap().contains("did you mean \"kunbolat\""));
    let filtered = explorer
        .search(
            "Akytkhan",
            &SearchOptions {
                filter: serde_json::from_str(r#"{"outlets":["The Diplomat"]}"#).unwrap(),
                ..all_hits()
            },
        )
        .unwrap();
    assert_eq!(filtered.total, 0);
    assert_eq!(filtered.suggestion, None, "a known word gets no suggestion");
    assert!(filtered.notice.unwrap().contains("with these filters"));
}

#[test]
fn page_chrome_is_not_searchable() {
    let compiled = compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap();
    let kept: BTreeSet<String> = compiled
        .corpus
        .documents
        .iter()
        .flat_map(|d| tokens(&d.text).map(|t| fold(t.text)).collect::<Vec<_>>())
        .collect();
    let chrome: BTreeSet<String> = compiled
        .dropped
        .iter()
        .flat_map(|line| tokens(&line.text).map(|t| fold(t.text)).collect::<Vec<_>>())
        .filter(|w| w.chars().count() >= 3 && !kept.contains(w))
        .collect();
    assert!(chrome.len() >= 20, "only {} chrome-only words", chrome.len());
    let explorer = Explorer::from_corpus(compiled.corpus);
    for word in &chrome {
        let result = explorer.search(word, &all_hits()).unwrap();
        for hit in &result.hits {
            for [start, end] in &hit.highlights {
                let units: Vec<u16> = hit.text.encode_utf16().collect();
                let surface = String::from_utf16_lossy(&units[*start as usize..*end as usize]);
                assert_ne!(fold(&surface), *word, "chrome word {word:?} is in {:?}", hit.text);
            }
        }
    }
}

/// (name, query)
#[test]
fn hostile_queries_return_or_explain() {
    let explorer = explorer();
    let long = "Akytkhan ".repeat(1200);
    let cases: &[(&str, &str)] = &[
        ("empty", ""),
        ("only spaces", "   "),
        ("10 KB", &long),
        ("right-to-left text and an override", "\u{202e}قازاقستان שלום"),
        ("emoji", "🙂👩🏽‍🚀 Akytkhan"),
        ("control characters", "\u{0}\u{7}\u{1b}[31mAkytkhan"),
        ("unbalanced quotes", "\"Belt and"),
        ("only an exclusion", "-Akytkhan"),
        ("only punctuation", "\"\" -- ' ,"),
    ];
    for (name, query) in cases {
        let result = explorer.search(query, &all_hits());
        assert!(result.is_ok(), "{name}: {result:?}");
    }
    let capped = explorer.search(&long, &all_hits()).unwrap();
    assert!(capped.notice.unwrap_or_default().contains("256"), "a long query is cut with a notice");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn any_text_returns_or_errors_cleanly(chars in prop::collection::vec(any::<char>(), 0..300), limit in 0u32..200, offset in 0u32..1000) {
        let query: String = chars.into_iter().collect();
        let explorer = EXPLORER.with(|e| e.clone());
        let options = SearchOptions { limit: Some(limit), offset: Some(offset), ..SearchOptions::default() };
        match explorer.search(&query, &options) {
            Ok(result) => prop_assert!(result.hits.len() <= limit as usize),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }
}

thread_local! {
    static EXPLORER: std::rc::Rc<Explorer> = std::rc::Rc::new(explorer());
}
