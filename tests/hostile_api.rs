//! Every method the wasm bindings expose, called with hostile arguments: options as arbitrary values read
//! the way the bindings read them (`engine::options::read`), unknown and huge ids, NaN and infinite
//! numbers, 1 MB strings. Each call returns a value or an error with a short message; none panics, and
//! no result is larger than the corpus it is drawn from (plus the input it echoes).
//!
//! What only JavaScript can pass (Symbols, BigInt, getters that throw, lone surrogates) is covered by
//! `tests/browser/hostile-api.test.mjs` against the real wasm.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use corpus_explorer::engine::entities::EntityFilter;
use corpus_explorer::engine::options::{read, Value};
use corpus_explorer::engine::{
    EngineError, Explorer, Filter, GraphOptions, NeighborOptions, PathOptions, QuoteOptions,
    SearchOptions, TimelineOptions, MAX_MESSAGE_CHARS,
};
use proptest::prelude::*;
use serde::Serialize;

fn explorer() -> &'static Explorer {
    static EXPLORER: OnceLock<Explorer> = OnceLock::new();
    EXPLORER.get_or_init(|| Explorer::open_embedded().expect("the embedded corpus opens"))
}

/// Size of the whole corpus as JSON: no answer may be much larger.
fn corpus_bytes() -> usize {
    static BYTES: OnceLock<usize> = OnceLock::new();
    *BYTES.get_or_init(|| explorer().export("json").unwrap().len())
}

/// The bindings' methods, by name, over `Value` arguments (strings are what `string_arg` gives).
#[derive(Debug, Clone)]
enum Call {
    Stats,
    Documents(Value),
    Document(String),
    Search(String, Value),
    Suggest(String, Value),
    Entities(Value),
    Entity(String),
    Neighbors(String, Value),
    Path(String, String, Value),
    Graph(Value, Value),
    Timeline(Value, Value),
    Figures(Value),
    Quotes(Value, Value),
    Export(String),
}

/// A JSON rendering of whatever the call returned (its size is what the page would receive).
fn json<T: Serialize>(result: corpus_explorer::engine::Result<T>) -> Result<String, EngineError> {
    result.map(|value| serde_json::to_string(&value).expect("every view serializes"))
}

/// Runs the call as `src/bindings.rs` does: read the options, then ask the engine.
fn run(call: &Call) -> Result<String, EngineError> {
    let e = explorer();
    match call {
        Call::Stats => json(Ok(e.stats())),
        Call::Documents(f) => json(e.documents(&read::<Filter>(f, "documents filter")?)),
        Call::Document(id) => json(e.document(id)),
        Call::Search(q, o) => json(e.search(q, &read::<SearchOptions>(o, "search options")?)),
        Call::Suggest(p, limit) => json(e.suggest(p, read::<Option<u32>>(limit, "suggest limit")?)),
        Call::Entities(f) => json(e.entities(&read::<EntityFilter>(f, "entities filter")?)),
        Call::Entity(id) => json(e.entity(id)),
        Call::Neighbors(id, o) => {
            json(e.neighbors(id, &read::<NeighborOptions>(o, "neighbors options")?))
        }
        Call::Path(from, to, o) => json(e.path(from, to, &read::<PathOptions>(o, "path options")?)),
        Call::Graph(f, o) => json(e.graph(
            &read::<Filter>(f, "graph filter")?,
            &read::<GraphOptions>(o, "graph options")?,
        )),
        Call::Timeline(f, o) => json(e.timeline(
            &read::<Filter>(f, "timeline filter")?,
            &read::<TimelineOptions>(o, "timeline options")?,
        )),
        Call::Figures(f) => json(e.figures(&read::<Filter>(f, "figures filter")?)),
        Call::Quotes(f, o) => json(e.quotes(
            &read::<Filter>(f, "quotes filter")?,
            &read::<QuoteOptions>(o, "quotes options")?,
        )),
        Call::Export(format) => e.export(format),
    }
}

/// Bytes of text the call carries (an answer may echo them).
fn input_bytes(call: &Call) -> usize {
    fn value(v: &Value) -> usize {
        match v {
            Value::String(s) => s.len(),
            Value::Array(items) => items.iter().map(value).sum(),
            Value::Object(fields) => fields.iter().map(|(k, v)| k.len() + value(v)).sum(),
            _ => 0,
        }
    }
    match call {
        Call::Stats => 0,
        Call::Documents(a) | Call::Entities(a) | Call::Figures(a) => value(a),
        Call::Document(s) | Call::Entity(s) | Call::Export(s) => s.len(),
        Call::Search(s, a) | Call::Suggest(s, a) | Call::Neighbors(s, a) => s.len() + value(a),
        Call::Path(s, t, a) => s.len() + t.len() + value(a),
        Call::Graph(a, b) | Call::Timeline(a, b) | Call::Quotes(a, b) => value(a) + value(b),
    }
}

/// The contract: a value no larger than the corpus (plus what it echoes), or a short error with a message.
fn check(call: &Call) -> Result<Duration, String> {
    let started = Instant::now();
    let outcome = run(call);
    let took = started.elapsed();
    let name = format!("{call:?}").chars().take(120).collect::<String>();
    match outcome {
        Ok(answer) => {
            let bound = 4 * corpus_bytes() + 2 * input_bytes(call);
            if answer.len() > bound {
                return Err(format!("{name}: an answer of {} bytes (bound {bound})", answer.len()));
            }
            if let Call::Search(..) = call {
                // The query is cut to 256 characters: what the engine says about it (a notice, a
                // nearest spelling) is about the cut query, so it stays short whatever was sent.
                let result: serde_json::Value = serde_json::from_str(&answer).unwrap();
                for field in ["notice", "suggestion"] {
                    let said = result[field].as_str().unwrap_or_default();
                    if said.len() > 4096 {
                        return Err(format!(
                            "{name}: a {field} of {} bytes: the engine worked on the uncut query",
                            said.len()
                        ));
                    }
                }
            }
        }
        Err(error) => {
            if error.to_string().trim().is_empty() {
                return Err(format!("{name}: an error without a message"));
            }
            if error.to_string().chars().count() > MAX_MESSAGE_CHARS + 1 {
                return Err(format!(
                    "{name}: an error of {} characters",
                    error.to_string().chars().count()
                ));
            }
        }
    }
    Ok(took)
}

fn object(fields: &[(&str, Value)]) -> Value {
    Value::Object(fields.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

fn list(items: &[Value]) -> Value {
    Value::Array(items.to_vec())
}

const MB: usize = 1 << 20;

/// Named hostile calls; each must keep the contract.
fn named_cases() -> Vec<(&'static str, Call)> {
    let e = explorer();
    let person = e.corpus().entities.iter().max_by_key(|x| x.mentions.len()).unwrap().id.clone();
    let place = e
        .corpus()
        .entities
        .iter()
        .find(|x| x.kind == corpus_explorer::model::EntityKind::Place)
        .unwrap()
        .id
        .clone();
    let doc = e.corpus().documents[0].id.clone();
    // Unknown words make the engine look for the nearest spelling of each: 32 KB is enough to show
    // whether it works on the cut query or on all of it (which took 141 s for 1 MB).
    let words: String = "qwxz plokt ".repeat(32 * 1024 / 11);
    let nan = Value::Number(f64::NAN);
    let huge = Value::Number(1e300);
    vec![
        ("32 KB query of unknown words", Call::Search(words.clone(), Value::Null)),
        ("1 MB query of one letter", Call::Search("a".repeat(MB), Value::Null)),
        ("1 MB of spaces", Call::Search(" ".repeat(MB), Value::Null)),
        ("1 MB of quotes", Call::Search("\"".repeat(MB), Value::Null)),
        ("1 MB of exclusions", Call::Search("-a ".repeat(MB / 3), Value::Null)),
        ("1 MB of combining accents", Call::Search("e\u{301}".repeat(MB / 3), Value::Null)),
        ("1 MB of zero-width joiners", Call::Search("\u{200d}".repeat(MB / 3), Value::Null)),
        (
            "the replacement character a lone surrogate becomes",
            Call::Search("\u{fffd}\u{fffd}Akytkhan".into(), Value::Null),
        ),
        (
            "control characters, RTL override, zero-width space",
            Call::Search("\u{0}\u{1b}[31m\u{202e}Akyt\u{200b}khan".into(), Value::Null),
        ),
        (
            "markup as a query",
            Call::Search(
                "<script>alert(1)</script> <img src=x onerror=alert(1)>".into(),
                Value::Null,
            ),
        ),
        (
            "many typos",
            Call::Search(
                "Akytkhen Bilsah Kunbolatt Sauytbai Nazarbaev Tokaev Zharykbasov ".repeat(3),
                Value::Null,
            ),
        ),
        (
            "sixteen prefixes",
            Call::Search("a b c d e f g h i j k l m n o p q r s".into(), Value::Null),
        ),
        (
            "the largest page",
            Call::Search("the".into(), object(&[("limit", Value::Number(100.0))])),
        ),
        (
            "an offset past the end",
            Call::Search("the".into(), object(&[("offset", Value::Number(u32::MAX as f64))])),
        ),
        ("limit NaN", Call::Search("camps".into(), object(&[("limit", nan.clone())]))),
        (
            "limit Infinity",
            Call::Search("camps".into(), object(&[("limit", Value::Number(f64::INFINITY))])),
        ),
        ("limit -0", Call::Search("camps".into(), object(&[("limit", Value::Number(-0.0))]))),
        (
            "limit 2^53 + 2",
            Call::Search(
                "camps".into(),
                object(&[("limit", Value::Number(9_007_199_254_740_994.0))]),
            ),
        ),
        (
            "10,000 outlets",
            Call::Search(
                "camps".into(),
                object(&[("outlets", Value::Array(vec![text("RFE/RL"); 10_000]))]),
            ),
        ),
        (
            "an outlet of 1 MB",
            Call::Documents(object(&[("outlets", list(&[text(&"x".repeat(MB))]))])),
        ),
        ("a date of 1 MB", Call::Documents(object(&[("from", text(&"2".repeat(MB)))]))),
        (
            "an unknown field of 1 MB",
            Call::Documents(object(&[(&"k".repeat(MB), Value::Bool(true))])),
        ),
        (
            "a related id of 1 MB",
            Call::Timeline(object(&[("related", text(&"x".repeat(MB)))]), Value::Null),
        ),
        ("a type of 1 MB", Call::Entities(object(&[("types", list(&[text(&"p".repeat(MB))]))]))),
        (
            "a 1 MB entity query",
            Call::Entities(object(&[("query", text(&"Akytkhan ".repeat(MB / 9)))])),
        ),
        (
            "every entity, offset and limit at the top",
            Call::Entities(object(&[
                ("limit", Value::Number(u32::MAX as f64)),
                ("offset", Value::Number(u32::MAX as f64)),
            ])),
        ),
        ("a 1 MB suggest prefix", Call::Suggest("Ak".repeat(MB / 2), Value::Null)),
        ("suggest limit NaN", Call::Suggest("Ak".into(), nan.clone())),
        ("suggest limit 1e300", Call::Suggest("Ak".into(), huge.clone())),
        ("suggest limit as a string", Call::Suggest("Ak".into(), text("5"))),
        ("a 1 MB document id", Call::Document("d".repeat(MB))),
        ("an empty document id", Call::Document(String::new())),
        ("a document id with NUL", Call::Document(format!("{doc}\u{0}"))),
        ("a 1 MB entity id", Call::Entity("e".repeat(MB))),
        (
            "neighbors of the most mentioned, everything",
            Call::Neighbors(
                person.clone(),
                object(&[
                    ("limit", Value::Number(u32::MAX as f64)),
                    ("minEvidence", Value::Number(0.0)),
                ]),
            ),
        ),
        (
            "neighbors with 1 MB of types",
            Call::Neighbors(
                person.clone(),
                object(&[("types", list(&[text(&"family".repeat(MB / 6))]))]),
            ),
        ),
        (
            "the longest paths",
            Call::Path(person.clone(), place.clone(), object(&[("maxHops", Value::Number(8.0))])),
        ),
        (
            "maxHops 2^32",
            Call::Path(
                person.clone(),
                place.clone(),
                object(&[("maxHops", Value::Number(4_294_967_296.0))]),
            ),
        ),
        (
            "maxHops NaN",
            Call::Path(person.clone(), place.clone(), object(&[("maxHops", nan.clone())])),
        ),
        ("a path to nowhere", Call::Path(person.clone(), "x".repeat(MB), Value::Null)),
        (
            "the largest graph",
            Call::Graph(
                Value::Null,
                object(&[
                    ("limit", Value::Number(150.0)),
                    ("depth", Value::Number(2.0)),
                    ("focus", text(&person)),
                ]),
            ),
        ),
        ("graph limit 1e300", Call::Graph(Value::Null, object(&[("limit", huge.clone())]))),
        (
            "graph depth -Infinity",
            Call::Graph(Value::Null, object(&[("depth", Value::Number(f64::NEG_INFINITY))])),
        ),
        ("graph options as a list", Call::Graph(Value::Null, list(&[text("limit")]))),
        ("graph filter as a number", Call::Graph(nan.clone(), Value::Null)),
        (
            "a timeline of an unknown entity",
            Call::Timeline(Value::Null, object(&[("entity", text("nobody"))])),
        ),
        (
            "figures with every type",
            Call::Figures(object(&[(
                "types",
                list(&[text("person"), text("organization"), text("place"), text("group")]),
            )])),
        ),
        (
            "quotes options nested deep",
            Call::Quotes(
                Value::Null,
                object(&[("entity", list(&[list(&[list(&[Value::Null])])]))]),
            ),
        ),
        ("export of 1 MB", Call::Export("j".repeat(MB))),
        ("every export", Call::Export("json".into())),
        ("stats", Call::Stats),
    ]
}

#[test]
fn named_hostile_calls_return_or_fail_with_a_message() {
    let mut slowest = (Duration::ZERO, "");
    let mut broken = Vec::new();
    for (name, call) in named_cases() {
        match check(&call) {
            Ok(took) if took > slowest.0 => slowest = (took, name),
            Ok(_) => {}
            Err(problem) => broken.push(format!("{name}: {problem}")),
        }
    }
    // A figure for the log, not an assertion: absolute times drift on shared machines.
    println!("slowest named call: {:?} ({})", slowest.0, slowest.1);
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn wrong_types_are_errors_that_name_the_field() {
    let cases: &[(&str, Call, &str)] = &[
        (
            "a string for a number",
            Call::Search("camps".into(), object(&[("limit", text("5"))])),
            "search options: limit: expected a whole number",
        ),
        (
            "a list for a string",
            Call::Documents(object(&[("from", list(&[text("2021")]))])),
            "documents filter: from: expected a string, got a list",
        ),
        (
            "a string for a list",
            Call::Graph(object(&[("types", text("person"))]), Value::Null),
            "graph filter: types: expected a list, got a string",
        ),
        (
            "a fraction",
            Call::Path("a".into(), "b".into(), object(&[("maxHops", Value::Number(2.5))])),
            "path options: maxHops: expected a whole number from 0 to 4294967295, got 2.5",
        ),
        (
            "an unknown option",
            Call::Neighbors("a".into(), object(&[("max", Value::Number(2.0))])),
            "neighbors options: unknown field `max`",
        ),
        (
            "snake case",
            Call::Path("a".into(), "b".into(), object(&[("max_hops", Value::Number(2.0))])),
            "path options: unknown field `max_hops`",
        ),
        (
            "a number for a filter",
            Call::Figures(Value::Number(3.0)),
            "figures filter: expected an object, got 3",
        ),
        (
            "a boolean limit",
            Call::Suggest("Ak".into(), Value::Bool(true)),
            "suggest limit: expected a whole number from 0 to 4294967295, got true",
        ),
        (
            "an out of range limit",
            Call::Search("camps".into(), object(&[("limit", Value::Number(101.0))])),
            "limit must be between 1 and 100, not 101",
        ),
        ("an unknown id, cut short", Call::Entity("x".repeat(MB)), "no entity with id \"xxxx"),
    ];
    for (name, call, expected) in cases {
        let error = run(call).expect_err(name);
        assert!(error.to_string().contains(expected), "{name}: {:?}", error.to_string());
        assert!(
            error.to_string().chars().count() <= MAX_MESSAGE_CHARS + 1,
            "{name}: {} characters",
            error.to_string().chars().count()
        );
    }
}

// ------------------------------------------------------------------ generated calls

/// Strings an attacker or a confused caller might send: real ids and names, option words, markup,
/// invisible and bidirectional characters, and arbitrary Unicode.
fn hostile_string() -> impl Strategy<Value = String> {
    let e = explorer();
    let mut known: Vec<String> =
        e.corpus().entities.iter().take(30).map(|x| x.id.clone()).collect();
    known.extend(e.corpus().documents.iter().map(|d| d.id.clone()));
    known.extend(e.corpus().documents.iter().map(|d| d.outlet.clone()));
    for word in [
        "person", "organization", "place", "group", "family", "co-mention", "spouse-of", "head-of",
        "json", "graphml", "csv", "csv-edges", "2021", "2021-03", "2021-13", "2021-02-30", "0000",
        "9999-12-31", "", " ", "-", "\"", "\"\"", "*", "Akytkhan", "Akitkh", "the",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
        "\u{202e}gnp.exe", "a\u{200b}b", "\u{feff}", "\u{fffd}", "\u{0}", "🇰🇿", "e\u{301}",
        "__proto__", "constructor", "toString",
    ] {
        known.push(word.to_string());
    }
    prop_oneof![
        4 => proptest::sample::select(known),
        2 => any::<String>(),
        1 => "[a-z -]{0,40}",
        1 => ("[A-Za-z\"\\- ]{1,3}", 1usize..20_000).prop_map(|(piece, n)| piece.repeat(n)),
    ]
}

fn hostile_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => proptest::sample::select(vec![0.0, -0.0, 1.0, 2.0, 3.0, 8.0, 9.0, 20.0, 50.0, 51.0, 100.0, 101.0, 150.0, 151.0, -1.0, 0.5, 1.5, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, u32::MAX as f64, 4_294_967_296.0, 9_007_199_254_740_993.0, 1e300, f64::MIN_POSITIVE]),
        1 => any::<f64>(),
        1 => (0u32..200).prop_map(f64::from),
    ]
}

const KEYS: &[&str] = &[
    "outlets", "from", "to", "types", "entities", "related", "limit", "offset", "query", "maxHops",
    "minEvidence", "focus", "depth", "entity", "max_hops", "Limit", "__proto__", "",
];

fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        hostile_number().prop_map(Value::Number),
        hostile_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 40, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((prop_oneof![4 => proptest::sample::select(KEYS).prop_map(str::to_string), 1 => any::<String>()], inner), 0..5).prop_map(Value::Object),
        ]
    })
}

/// Options objects made mostly of the right field names, with values of any type.
fn hostile_options() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => hostile_value(),
        4 => proptest::collection::vec((proptest::sample::select(KEYS).prop_map(str::to_string), hostile_value()), 0..4).prop_map(Value::Object),
    ]
}

fn hostile_call() -> impl Strategy<Value = Call> {
    let (s, o) = (hostile_string, hostile_options);
    prop_oneof![
        1 => Just(Call::Stats),
        1 => o().prop_map(Call::Documents),
        1 => s().prop_map(Call::Document),
        3 => (s(), o()).prop_map(|(a, b)| Call::Search(a, b)),
        2 => (s(), prop_oneof![Just(Value::Null), hostile_number().prop_map(Value::Number), hostile_value()]).prop_map(|(a, b)| Call::Suggest(a, b)),
        1 => o().prop_map(Call::Entities),
        1 => s().prop_map(Call::Entity),
        1 => (s(), o()).prop_map(|(a, b)| Call::Neighbors(a, b)),
        1 => (s(), s(), o()).prop_map(|(a, b, c)| Call::Path(a, b, c)),
        1 => (o(), o()).prop_map(|(a, b)| Call::Graph(a, b)),
        1 => (o(), o()).prop_map(|(a, b)| Call::Timeline(a, b)),
        1 => o().prop_map(Call::Figures),
        1 => (o(), o()).prop_map(|(a, b)| Call::Quotes(a, b)),
        1 => s().prop_map(Call::Export),
    ]
}

proptest! {
    // PROPTEST_CASES raises the count for a long run (`PROPTEST_CASES=200000 cargo test --release --test hostile_api`).
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1500), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_calls_return_or_fail_with_a_message(call in hostile_call()) {
        if let Err(problem) = check(&call) {
            prop_assert!(false, "{}", problem);
        }
    }

    #[test]
    fn options_read_the_same_from_json(fields in proptest::collection::vec((proptest::sample::select(KEYS), 0u32..300), 0..4)) {
        // JSON (how tests and the CLI write options) and Value (what the bindings build) read alike.
        let json = serde_json::Value::Object(fields.iter().map(|(k, n)| (k.to_string(), serde_json::json!(n))).collect());
        let value: Value = serde_json::from_value(json).unwrap();
        let direct = Value::Object(fields.iter().map(|(k, n)| (k.to_string(), Value::Number(f64::from(*n)))).collect());
        // JSON objects keep one value per key; compare with the last one winning, as in JS.
        let mut dedup: Vec<(String, Value)> = Vec::new();
        if let Value::Object(fs) = &direct { for (k, v) in fs { dedup.retain(|(x, _)| x != k); dedup.push((k.clone(), v.clone())); } }
        prop_assert_eq!(read::<PathOptions>(&value, "path options").map_err(|e| !e.to_string().is_empty()), read::<PathOptions>(&Value::Object(dedup), "path options").map_err(|e| !e.to_string().is_empty()));
    }
}
