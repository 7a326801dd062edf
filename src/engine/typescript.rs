//! Generates the TypeScript types of the JS API from the Rust views and options (ts-rs), and checks the committed `api.d.ts` against them.
//!
//! `src/engine/api.d.ts` is what `bindings` puts into `corpus_explorer.d.ts`. It is written by this test,
//! never by hand: `UPDATE_TYPES=1 cargo test --lib typescript` rewrites it after a view or an option struct
//! changed. The structs derive `ts_rs::TS` only in the lib's test build (`cfg_attr(test, …)`), so neither
//! the wasm nor the CLI carries any of it. The few types that are not structs (the string unions) are
//! written from the engine's own lists (`EntityKind::ALL`, relation families, export formats).

use std::fmt::Write;

use ts_rs::{Config, TS};

use super::entities::EntityFilter;
use super::export::FORMATS;
use super::views::{
    DocumentSummary, DocumentView, EntitySummary, EntityView, EventView, Evidence, FacetValue,
    FigureGroup, FigureView, GraphView, Hit, Hop, Link, PathView, QuoteView, SearchResult,
    SentenceView, Stats, Suggestion,
};
use super::{
    Filter, GraphOptions, NeighborOptions, PathOptions, QuoteOptions, SearchOptions,
    TimelineOptions,
};
use crate::model::{EntityKind, RelationKind};

/// Where the committed types live, from the crate root.
const COMMITTED: &str = "src/engine/api.d.ts";

const HEADER: &str = "\
// The JS API's types, generated from the Rust views and options (src/engine/views.rs, the *Options structs)
// by ts-rs in src/engine/typescript.rs. Do not edit: `UPDATE_TYPES=1 cargo test --lib typescript` rewrites it.
";

/// `'a' | 'b'`: a union of string literals, in the given order without repeats.
fn union<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(" | ")
}

/// The unions and aliases that are lists of names in the engine rather than structs.
fn names() -> String {
    let mut out = String::new();
    let entity_types = union(EntityKind::ALL.map(EntityKind::as_str));
    let families = union(RelationKind::ALL.map(RelationKind::family));
    let formats = union(FORMATS);
    let _ = writeln!(out, "export type EntityType = {entity_types};");
    out.push_str(
        "/** A relation type (`spouse-of`, `head-of`, `met-with`, `co-mention`, …) or a family name; \
         see docs/js-api.md. */\n",
    );
    out.push_str("export type RelationType = string;\n");
    let _ = writeln!(out, "export type RelationFamily = {families};");
    let _ = writeln!(out, "export type ExportFormat = {formats};");
    out
}

/// `export type Name = …;` with the struct's doc comment, as ts-rs declares it, laid out for wasm-bindgen.
fn declaration<T: TS>(cfg: &Config) -> String {
    format!("{}export {}", T::docs().unwrap_or_default(), braces_on_their_lines(&T::decl(cfg)))
}

/// ts-rs writes a declaration on one line, broken only around field doc comments. wasm-bindgen re-indents
/// the `.d.ts` by lines (a line ending in `{` opens a level, one starting with `}` closes it), so in a
/// declaration with doc comments every brace outside a comment gets a line break on its inner side; a
/// declaration on one line stays as it is. Trailing spaces and empty lines are dropped.
fn braces_on_their_lines(decl: &str) -> String {
    let split = |code: &str| code.replace("{ ", "{\n").replace(" }", "\n}");
    let mut out = String::new();
    let mut rest = decl;
    if decl.contains('\n') {
        while let Some(start) = rest.find("/**") {
            let end = rest[start..].find("*/").map_or(rest.len(), |e| start + e + 2);
            out.push_str(&split(&rest[..start]));
            out.push_str(&rest[start..end]);
            rest = &rest[end..];
        }
        out.push_str(&split(rest));
    } else {
        out.push_str(rest);
    }
    out.lines().map(str::trim_end).filter(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect()
}

/// Every type of the API, in a fixed order, one blank line apart.
fn generate() -> String {
    let cfg = Config::new();
    // `DocumentView` flattens `DocumentSummary` and then sends its own `mentions` (the list) in place of the
    // summary's count: serde writes both keys and the later one wins in JS. ts-rs would repeat the key, so
    // the derive skips the summary and it is joined here.
    let document_view = declaration::<DocumentView>(&cfg);
    assert!(document_view.contains("type DocumentView = {"), "ts-rs changed: {document_view}");
    let document_view = document_view.replacen(
        "type DocumentView = {",
        "type DocumentView = Omit<DocumentSummary, 'mentions'> & {",
        1,
    );
    let declarations = [
        names(),
        declaration::<Filter>(&cfg),
        declaration::<Stats>(&cfg),
        declaration::<DocumentSummary>(&cfg),
        document_view,
        declaration::<EntitySummary>(&cfg),
        declaration::<Evidence>(&cfg),
        declaration::<SentenceView>(&cfg),
        declaration::<Link>(&cfg),
        declaration::<QuoteView>(&cfg),
        declaration::<EntityView>(&cfg),
        declaration::<Hit>(&cfg),
        declaration::<FacetValue>(&cfg),
        declaration::<SearchResult>(&cfg),
        declaration::<Suggestion>(&cfg),
        declaration::<SearchOptions>(&cfg),
        declaration::<EntityFilter>(&cfg),
        declaration::<NeighborOptions>(&cfg),
        declaration::<PathOptions>(&cfg),
        declaration::<Hop>(&cfg),
        declaration::<PathView>(&cfg),
        declaration::<GraphOptions>(&cfg),
        declaration::<GraphView>(&cfg),
        declaration::<TimelineOptions>(&cfg),
        declaration::<EventView>(&cfg),
        declaration::<FigureView>(&cfg),
        declaration::<FigureGroup>(&cfg),
        declaration::<QuoteOptions>(&cfg),
    ];
    format!("{HEADER}\n{}", declarations.join("\n"))
}

/// The first line where `a` and `b` differ, numbered from 1, with both versions.
fn first_difference(a: &str, b: &str) -> String {
    let (mut a_lines, mut b_lines) = (a.lines(), b.lines());
    for number in 1.. {
        match (a_lines.next(), b_lines.next()) {
            (None, None) => break,
            (x, y) if x != y => {
                return format!("line {number}:\n  committed: {x:?}\n  generated: {y:?}");
            }
            _ => {}
        }
    }
    "only in line endings".into()
}

#[test]
fn the_committed_types_are_the_generated_ones() {
    let generated = generate();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(COMMITTED);
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{COMMITTED} is not what the Rust views and options generate ({}). Run \
         `UPDATE_TYPES=1 cargo test --lib typescript` to rewrite it, review the diff, and update \
         docs/js-api.md to match.",
        first_difference(&committed, &generated)
    );
}

/// Field names of the object types in `types` (doc comments skipped).
fn field_names(types: &str) -> Vec<String> {
    let mut code = String::new();
    let mut rest = types;
    while let Some(start) = rest.find("/**") {
        code.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    code.push_str(rest);
    let mut names: Vec<String> = Vec::new();
    for piece in code.split(['{', ',', '\n']) {
        let Some((name, _)) = piece.split_once(':') else { continue };
        let name = name.trim().trim_end_matches('?').trim_matches('"');
        if !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric())
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_string());
        }
    }
    names
}

/// Words inside the `code spans` of a Markdown text.
fn code_words(markdown: &str) -> Vec<&str> {
    markdown
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|span| span.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn field_names_are_read_from_declarations() {
    const CASES: &[(&str, &str, &[&str])] = &[
        ("plain", "export type A = { id: string, count?: number, };", &["id", "count"]),
        ("docs skipped", "export type A = {\n/**\n * note: x\n */\nid: string, };", &["id"]),
        (
            "nested and tagged",
            "type S = { \"kind\": \"term\", at: Array<{ start: number, }>, };",
            &["kind", "at", "start"],
        ),
        (
            "tuples are not fields",
            "type H = { highlights: Array<[number, number]>, };",
            &["highlights"],
        ),
    ];
    for (name, types, expected) in CASES {
        assert_eq!(field_names(types), *expected, "{name}");
    }
}

#[test]
fn every_field_of_the_api_is_in_the_js_api_docs() {
    let docs =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/js-api.md")).unwrap();
    let documented = code_words(&docs);
    let missing: Vec<String> = field_names(&generate())
        .into_iter()
        .filter(|f| !documented.contains(&f.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "fields of the API that docs/js-api.md never names in `code`: {missing:?}"
    );
}

/// ts-rs types a field that serde skips when `None` as `T | null` unless told `ts(optional)`; serde leaves it out.
#[test]
fn every_field_serde_may_leave_out_is_optional_in_typescript() {
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine")).unwrap();
    for file in files {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("typescript.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for (at, line) in lines.iter().enumerate().filter(|(_, l)| l.contains("skip_serializing")) {
            let attributes = lines[at..].iter().take_while(|l| l.trim_start().starts_with("#["));
            let optional = attributes.into_iter().any(|l| l.contains("ts(optional"));
            assert!(
                optional,
                "{}:{}: `{}` needs `#[cfg_attr(test, ts(optional))]`",
                path.display(),
                at + 1,
                line.trim()
            );
        }
    }
}

/// wasm-bindgen (0.2, `reset_indentation`) re-indents the `.d.ts` by lines: a line ending in `{` opens a level,
/// one starting with `}` closes one, doc comment lines (`* …`) are left alone. Each declaration must close
/// the levels it opens, or every later line, the `Explorer` class included, comes out indented deeper.
#[test]
fn every_declaration_closes_the_levels_it_opens() {
    let mut depth = 0;
    for (number, line) in generate().lines().enumerate().map(|(n, l)| (n + 1, l.trim())) {
        if line.starts_with('*') {
            continue;
        }
        if line.starts_with("export ") {
            assert_eq!(depth, 0, "line {number}: a declaration starts inside another");
        }
        if line.starts_with('}') {
            assert!(depth > 0, "line {number}: closes a level it did not open");
            depth -= 1;
        }
        if line.ends_with('{') {
            depth += 1;
        }
    }
    assert_eq!(depth, 0, "the last declaration leaves a level open");
}
