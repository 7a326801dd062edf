//! A damaged corpus blob is refused with a message and never panics the engine: truncated at any point,
//! bytes flipped, wrong magic or version, bytes appended, or every cross reference and offset broken one
//! at a time. A blob that still decodes after a mutation must answer every query without panicking.

use std::path::Path;
use std::sync::OnceLock;

use corpus_explorer::blob::{self, DecodeError, FORMAT_VERSION, MAGIC};
use corpus_explorer::compiler::compile;
use corpus_explorer::engine::{
    entities::EntityFilter, Explorer, Filter, GraphOptions, PathOptions, SearchOptions,
};
use corpus_explorer::model::Corpus;
use proptest::prelude::*;

/// A small real corpus (one capture), compiled once: mutations and sweeps stay fast.
fn small() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/heldout-a"))
            .expect("heldout-a compiles")
            .corpus
    })
}

fn message(bytes: &[u8]) -> Option<String> {
    Explorer::open(bytes).err().map(|e| e.to_string())
}

/// Asks the engine everything the page can ask; any panic fails the test.
fn sweep(explorer: &Explorer) {
    let corpus = explorer.corpus();
    let _ = explorer.stats();
    let _ = explorer.documents(&Filter::default());
    for doc in corpus.documents.iter().take(10) {
        let _ = explorer.document(&doc.id);
        let _ = explorer.documents(&Filter {
            from: Some(doc.published.clone()),
            to: Some(doc.published.clone()),
            outlets: vec![doc.outlet.clone()],
            ..Default::default()
        });
    }
    let mut queries: Vec<String> = vec![
        "the".into(),
        "\"the camps\"".into(),
        "Akitkhan".into(),
        "a".into(),
        "Kaz".into(),
        "protest -camps".into(),
    ];
    for s in corpus.sentences.iter().take(20) {
        if let Some(text) = corpus
            .documents
            .get(s.doc as usize)
            .and_then(|d| d.text.get(s.byte_start as usize..s.byte_end as usize))
        {
            queries.push(text.split_whitespace().take(2).collect::<Vec<_>>().join(" "));
        }
    }
    for entity in corpus.entities.iter().take(8) {
        queries.push(entity.name.clone());
    }
    for query in &queries {
        let _ = explorer.search(query, &SearchOptions { limit: Some(100), ..Default::default() });
        let _ = explorer.suggest(query, Some(50));
    }
    let _ = explorer.entities(&EntityFilter::default());
    let ids: Vec<String> = corpus.entities.iter().take(12).map(|e| e.id.clone()).collect();
    for id in &ids {
        let _ = explorer.entity(id);
        let _ = explorer.neighbors(id, &Default::default());
        let _ = explorer.timeline(
            &Filter { related: Some(id.clone()), ..Default::default() },
            &Default::default(),
        );
        let _ = explorer.graph(
            &Filter::default(),
            &GraphOptions {
                focus: Some(id.clone()),
                depth: Some(2),
                limit: Some(150),
                ..Default::default()
            },
        );
        for other in ids.iter().take(4) {
            let _ =
                explorer.path(id, other, &PathOptions { max_hops: Some(8), ..Default::default() });
        }
    }
    let _ = explorer
        .graph(&Filter::default(), &GraphOptions { limit: Some(150), ..Default::default() });
    let _ = explorer.timeline(&Filter::default(), &Default::default());
    let _ = explorer.figures(&Filter::default());
    let _ = explorer.quotes(&Filter::default(), &Default::default());
    for format in ["json", "graphml", "csv", "csv-edges"] {
        let _ = explorer.export(format);
    }
}

#[test]
fn damaged_headers_and_tails_are_refused_with_a_reason() {
    let good = blob::encode(small());
    let with = |f: &dyn Fn(&mut Vec<u8>)| {
        let mut bytes = good.clone();
        f(&mut bytes);
        bytes
    };
    let older = format!(
        "format version {}, this engine reads version {FORMAT_VERSION}",
        FORMAT_VERSION - 1
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", vec![], "corpus blob is truncated (0 bytes)"),
        ("five bytes", good[..5].to_vec(), "corpus blob is truncated (5 bytes)"),
        ("header only", good[..6].to_vec(), "corpus blob is corrupt"),
        ("wrong magic", with(&|b| b[0] = b'X'), "does not start with the CEXP magic"),
        (
            "a PNG",
            [&b"\x89PNG\r\n\x1a\n"[..], &good[8..]].concat(),
            "does not start with the CEXP magic",
        ),
        (
            "an older version",
            with(&|b| b[4..6].copy_from_slice(&(FORMAT_VERSION - 1).to_le_bytes())),
            &older,
        ),
        (
            "a newer version",
            with(&|b| b[4..6].copy_from_slice(&u16::MAX.to_le_bytes())),
            "format version 65535",
        ),
        ("a byte appended", with(&|b| b.push(0)), "1 bytes follow the corpus"),
        ("a blob appended to itself", [&good[..], &good[..]].concat(), "bytes follow the corpus"),
        (
            "zeros after the header",
            [&good[..6], &vec![0; good.len() - 6][..]].concat(),
            "bytes follow the corpus",
        ),
        (
            "0xFF after the header",
            [&good[..6], &vec![0xFF; good.len() - 6][..]].concat(),
            "corpus blob is corrupt",
        ),
        (
            "a length prefix of 2^63",
            [
                &MAGIC[..],
                &FORMAT_VERSION.to_le_bytes()[..],
                &[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F][..],
            ]
            .concat(),
            "corpus blob is corrupt",
        ),
    ];
    for (name, bytes, expected) in cases {
        let got = message(&bytes).unwrap_or_else(|| panic!("{name}: the blob opened"));
        assert!(got.contains(expected), "{name}: {got:?}");
    }
}

#[test]
fn a_blob_cut_anywhere_is_refused() {
    for good in [blob::encode(small()), corpus_explorer::engine::EMBEDDED_BLOB.to_vec()] {
        // Every offset of the first 4 KB and the last 512 bytes, every 61st in between.
        let cuts = (0..good.len()).filter(|&n| n < 4096 || n + 512 >= good.len() || n % 61 == 0);
        for n in cuts {
            let got = message(&good[..n])
                .unwrap_or_else(|| panic!("cut at {n} of {}: the blob opened", good.len()));
            assert!(got.starts_with("corpus blob is"), "cut at {n}: {got:?}");
        }
    }
}

#[test]
fn flipped_bytes_are_refused_or_answer_without_panicking() {
    let good = blob::encode(small());
    let (mut opened, mut refused) = (0, 0);
    // A fixed sequence (xorshift), so a failure reproduces.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let mut bytes = good.clone();
        let at = 6 + (next() as usize) % (bytes.len() - 6);
        bytes[at] ^= (next() % 255 + 1) as u8;
        match Explorer::open(&bytes) {
            Ok(explorer) => {
                opened += 1;
                sweep(&explorer);
            }
            Err(error) => {
                refused += 1;
                assert!(error.to_string().starts_with("corpus blob is"), "{error}");
            }
        }
    }
    println!("3000 single-byte flips: {refused} refused, {opened} opened and answered every query");
}

/// A corpus with one invariant broken; `None` when this corpus has nothing to break there.
type Break = fn(&mut Corpus) -> Option<()>;

/// Every invariant the engine relies on, broken one at a time: (name, break, words in the refusal).
const BROKEN: &[(&str, Break, &str)] = &[
    (
        "a sentence in a missing document",
        |c| {
            let _: () = c.sentences.first_mut()?.doc = 9_999;
            Some(())
        },
        "bad byte range",
    ),
    (
        "a sentence past its text",
        |c| {
            let _: () = c.sentences.last_mut()?.byte_end += 1;
            Some(())
        },
        "bad byte range",
    ),
    (
        "a sentence ending before it starts",
        |c| {
            let s = c.sentences.first_mut()?;
            s.byte_start = s.byte_end + 1;
            Some(())
        },
        "bad byte range",
    ),
    (
        "a sentence cut inside a character",
        |c| {
            let (d, at) = c.documents.iter().enumerate().find_map(|(d, doc)| {
                doc.text.char_indices().find(|(_, ch)| ch.len_utf8() > 1).map(|(i, _)| (d, i))
            })?;
            let s = c.sentences.iter_mut().find(|s| {
                s.doc as usize == d && (s.byte_start as usize) < at && at < s.byte_end as usize
            })?;
            s.byte_end = at as u32 + 1;
            Some(())
        },
        "bad byte range",
    ),
    (
        "UTF-16 offsets off by one",
        |c| {
            let _: () = c.sentences.first_mut()?.end += 1;
            Some(())
        },
        "offsets that disagree",
    ),
    (
        "sentences out of order",
        |c| {
            let doc = c.documents.iter().find(|d| d.sentence_count >= 2)?;
            c.sentences.swap(doc.first_sentence as usize, doc.first_sentence as usize + 1);
            Some(())
        },
        "bad byte range",
    ),
    (
        "a document with more sentences than the corpus",
        |c| {
            let _: () = c.documents.first_mut()?.sentence_count = u32::MAX;
            Some(())
        },
        "bad sentence range",
    ),
    (
        "a document whose sentences start past the end",
        |c| {
            let _: () = c.documents.first_mut()?.first_sentence = u32::MAX;
            Some(())
        },
        "bad sentence range",
    ),
    (
        "a sentence outside its document's range",
        |c| {
            let doc = c.documents.first_mut()?;
            doc.sentence_count = doc.sentence_count.checked_sub(1)?;
            Some(())
        },
        "outside the sentences of document",
    ),
    (
        "a paragraph past the text",
        |c| {
            let _: () = c.documents.first_mut()?.paragraphs.first_mut()?.end = u32::MAX;
            Some(())
        },
        "paragraph outside its text",
    ),
    (
        "a document id used twice",
        |c| {
            let id = c.documents.first()?.id.clone();
            c.documents.get_mut(1)?.id = id;
            Some(())
        },
        "used twice",
    ),
    (
        "a publication date that is not a date",
        |c| {
            let _: () = c.documents.first_mut()?.published = "20é1".into();
            Some(())
        },
        "bad publication date",
    ),
    (
        "an entity id used twice",
        |c| {
            let id = c.entities.first()?.id.clone();
            c.entities.get_mut(1)?.id = id;
            Some(())
        },
        "used twice",
    ),
    (
        "a mention of a missing sentence",
        |c| {
            let _: () = c.entities.first_mut()?.mentions.first_mut()?.sentence = u32::MAX;
            Some(())
        },
        "bad mention",
    ),
    (
        "a mention past its sentence",
        |c| {
            let _: () = c.entities.first_mut()?.mentions.first_mut()?.end = u32::MAX;
            Some(())
        },
        "bad mention",
    ),
    (
        "a mention before its sentence",
        |c| {
            let (e, m) =
                c.entities.iter().enumerate().find_map(|(e, x)| {
                    x.mentions.iter().position(|m| m.start > 0).map(|m| (e, m))
                })?;
            let sentence = c.sentences[c.entities[e].mentions[m].sentence as usize];
            c.entities[e].mentions[m].start = sentence.start.checked_sub(1)?;
            Some(())
        },
        "bad mention",
    ),
    (
        "a mention in another document's sentence",
        |c| {
            let m = c.entities.first_mut()?.mentions.first_mut()?;
            m.doc = if m.doc == 0 { 1 } else { 0 };
            Some(())
        },
        "bad mention",
    ),
    (
        "a role past its sentence",
        |c| {
            let _: () =
                c.entities.iter_mut().find(|e| !e.roles.is_empty())?.roles[0].end = u32::MAX;
            Some(())
        },
        "bad mention",
    ),
    (
        "a relation to a missing entity",
        |c| {
            let _: () = c.relations.first_mut()?.target = u32::MAX;
            Some(())
        },
        "relation has a bad reference",
    ),
    (
        "a relation citing a missing sentence",
        |c| {
            let _: () = c.relations.first_mut()?.evidence.push(u32::MAX);
            Some(())
        },
        "relation has a bad reference",
    ),
    (
        "an event naming a missing entity",
        |c| {
            let _: () = c.events.first_mut()?.entities.push(u32::MAX);
            Some(())
        },
        "event has a bad reference",
    ),
    (
        "an event in a missing document",
        |c| {
            let _: () = c.events.first_mut()?.doc = u32::MAX;
            Some(())
        },
        "event has a bad reference",
    ),
    (
        "an event past its text",
        |c| {
            let _: () = c.events.first_mut()?.end = u32::MAX;
            Some(())
        },
        "event has a bad reference",
    ),
    (
        "an event date that is not a date",
        |c| {
            let _: () = c.events.first_mut()?.date = "last month".into();
            Some(())
        },
        "event has a bad reference",
    ),
    (
        "a figure from a missing entity",
        |c| {
            let _: () = c.figures.first_mut()?.source = Some(u32::MAX);
            Some(())
        },
        "figure has a bad reference",
    ),
    (
        "a figure in a missing sentence",
        |c| {
            let _: () = c.figures.first_mut()?.sentence = u32::MAX;
            Some(())
        },
        "figure has a bad reference",
    ),
    (
        "a quote by a missing speaker",
        |c| {
            let _: () = c.quotes.first_mut()?.speaker = u32::MAX;
            Some(())
        },
        "quote has a bad reference",
    ),
    (
        "a quote to a missing outlet",
        |c| {
            let _: () = c.quotes.first_mut()?.outlet = Some(u32::MAX);
            Some(())
        },
        "quote has a bad reference",
    ),
    (
        "a quote ending before it starts",
        |c| {
            let q = c.quotes.first_mut()?;
            q.start = q.end + 1;
            Some(())
        },
        "quote has a bad reference",
    ),
];

#[test]
fn every_broken_reference_is_refused_with_its_reason() {
    // The real corpus has every kind of item (events, figures, quotes, roles, non-ASCII text).
    let real = compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap().corpus;
    assert!(Explorer::open(&blob::encode(&real)).is_ok(), "the unbroken corpus opens");
    for (name, break_it, expected) in BROKEN {
        let mut corpus = real.clone();
        break_it(&mut corpus).unwrap_or_else(|| panic!("{name}: nothing to break in this corpus"));
        let got = message(&blob::encode(&corpus))
            .unwrap_or_else(|| panic!("{name}: the broken blob opened"));
        assert!(
            got.starts_with("corpus blob is corrupt") && got.contains(expected),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn every_corpus_we_ship_or_test_with_round_trips() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in
        ["corpus", "tests/fixtures/heldout-a", "tests/fixtures/heldout-b", "tests/fixtures/hostile"]
    {
        let corpus = compile(&root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}")).corpus;
        let decoded = blob::decode(&blob::encode(&corpus)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        assert_eq!(decoded, corpus, "{dir}");
    }
    assert!(matches!(blob::decode(b"CEXP"), Err(DecodeError::TooShort { length: 4 })));
}

/// One numeric field of the corpus, chosen by `which`, set to `value`.
fn set_field(c: &mut Corpus, which: usize, pick: usize, value: u32) {
    fn nth<T>(items: &mut [T], pick: usize) -> Option<&mut T> {
        let n = items.len();
        (n > 0).then(|| &mut items[pick % n])
    }
    let _ = (|| -> Option<()> {
        match which % 30 {
            0 => nth(&mut c.sentences, pick)?.doc = value,
            1 => nth(&mut c.sentences, pick)?.start = value,
            2 => nth(&mut c.sentences, pick)?.end = value,
            3 => nth(&mut c.sentences, pick)?.byte_start = value,
            4 => nth(&mut c.sentences, pick)?.byte_end = value,
            5 => nth(&mut c.sentences, pick)?.token_count = value as u16,
            6 => nth(&mut c.sentences, pick)?.paragraph = value,
            7 => nth(&mut c.documents, pick)?.first_sentence = value,
            8 => nth(&mut c.documents, pick)?.sentence_count = value,
            9 => nth(&mut nth(&mut c.documents, pick)?.paragraphs, pick / 7)?.start = value,
            10 => nth(&mut nth(&mut c.documents, pick)?.paragraphs, pick / 7)?.end = value,
            11 => nth(&mut nth(&mut c.entities, pick)?.mentions, pick / 7)?.doc = value,
            12 => nth(&mut nth(&mut c.entities, pick)?.mentions, pick / 7)?.sentence = value,
            13 => nth(&mut nth(&mut c.entities, pick)?.mentions, pick / 7)?.start = value,
            14 => nth(&mut nth(&mut c.entities, pick)?.mentions, pick / 7)?.end = value,
            15 => nth(&mut nth(&mut c.entities, pick)?.roles, pick / 7)?.sentence = value,
            16 => nth(&mut c.relations, pick)?.source = value,
            17 => nth(&mut c.relations, pick)?.target = value,
            18 => *nth(&mut nth(&mut c.relations, pick)?.evidence, pick / 7)? = value,
            19 => nth(&mut c.events, pick)?.doc = value,
            20 => nth(&mut c.events, pick)?.sentence = value,
            21 => nth(&mut c.events, pick)?.start = value,
            22 => *nth(&mut nth(&mut c.events, pick)?.entities, pick / 7)? = value,
            23 => nth(&mut c.figures, pick)?.source = Some(value),
            24 => nth(&mut c.figures, pick)?.end = value,
            25 => nth(&mut c.quotes, pick)?.speaker = value,
            26 => nth(&mut c.quotes, pick)?.outlet = Some(value),
            27 => nth(&mut c.quotes, pick)?.sentence = value,
            28 => {
                nth(&mut c.figures, pick)?.value =
                    Some(f64::from_bits(u64::from(value) << 32 | 0x7FF0_0000_0000_0001))
            }
            _ => {
                let doc = nth(&mut c.documents, pick)?;
                let at = doc
                    .text
                    .char_indices()
                    .nth(value as usize % doc.text.chars().count().max(1))
                    .map_or(0, |(i, _)| i);
                doc.text.insert(at, 'é');
            }
        }
        Some(())
    })();
}

fn field_value() -> impl Strategy<Value = u32> {
    prop_oneof![4 => 0u32..400, 1 => Just(u32::MAX), 1 => Just(u16::MAX as u32 + 1), 1 => any::<u32>()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400), failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever one field is set to, the blob is refused with a message or answers every query.
    #[test]
    fn a_changed_field_is_refused_or_harmless(changes in proptest::collection::vec((0usize..30, any::<usize>(), field_value()), 1..4)) {
        let mut corpus = small().clone();
        for (which, pick, value) in changes {
            set_field(&mut corpus, which, pick, value);
        }
        match Explorer::open(&blob::encode(&corpus)) {
            Ok(explorer) => sweep(&explorer),
            Err(error) => prop_assert!(error.to_string().starts_with("corpus blob is corrupt"), "{}", error.to_string()),
        }
    }
}
