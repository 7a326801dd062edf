//! Integration tests over the real corpus: stories, chrome removed, body kept, nothing lost, export shape.

use std::collections::BTreeSet;
use std::path::Path;

use corpus_explorer::compiler::{compile, Compiled};
use corpus_explorer::engine::Explorer;

fn compiled() -> Compiled {
    compile(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").as_path())
        .expect("the corpus compiles")
}

fn document<'a>(compiled: &'a Compiled, id: &str) -> &'a str {
    &compiled
        .corpus
        .documents
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("no document {id}"))
        .text
}

#[test]
fn every_capture_yields_its_stories() {
    let compiled = compiled();
    let stories: Vec<(&str, &str)> = compiled
        .corpus
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.source.split(':').next().unwrap()))
        .collect();
    assert_eq!(
        stories,
        [
            ("rferl-akytkhan-protests", "000_a3eca770b4190620.txt"),
            ("rferl-china-iran-deal", "000_a3eca770b4190620.txt"),
            ("rferl-relatives-silenced-xi-visit", "001_eb7f453589fadea1.txt"),
            ("scmp-kazakhstan-public-anger", "002_f3dcce2f485a9263.txt"),
            ("diplomat-kazakhstan-confronts-china", "003_9363ec4b78ec4368.txt"),
            ("eurasianet-protests-landmark", "004_01b3e907f4e4b40c.txt"),
        ]
    );
}

#[test]
fn the_unrelated_story_in_capture_000_is_its_own_document() {
    let compiled = compiled();
    let protests = document(&compiled, "rferl-akytkhan-protests");
    let deal = document(&compiled, "rferl-china-iran-deal");
    assert!(deal.contains("Beijing has inked a sweeping 25-year investment deal with Iran"));
    assert!(!protests.contains("Zarif") && !protests.contains("JCPOA"));
    assert!(!deal.contains("Akytkhan"));
}

/// Page chrome that must not reach any document.
const CHROME: &[(&str, &str)] = &[
    ("RFE/RL navigation", "Accessibility links"),
    ("RFE/RL ticker", "Breaking News"),
    ("newsletter box heading", "Subscribe To Our New China Newsletter"),
    ("newsletter box call", "To subscribe, click here."),
    ("newsletter box blurb", "China In Eurasia is a newsletter"),
    ("video player", "please wait"),
    ("video player", "No media source currently available"),
    ("video player time read-out", "0:00 0:05:28"),
    ("video title", "An Ethnic Kazakh Works To Expose"),
    ("series promo", "Locked Up In China"),
    ("load more", "Load more"),
    ("legal footer", "undesirable organization"),
    ("author box image", "16x9 Image"),
    ("SCMP skip link", "Skip to main content"),
    ("SCMP enlarge", "Click to enlarge"),
    ("SCMP registration box", "Get updates direct to your inbox"),
    ("SCMP registration terms", "By registering you agree"),
    ("SCMP teaser", "Inside the camps where China tries to brainwash"),
    ("SCMP teaser", "Central Asia’s answer to Dubai?"),
    ("SCMP teaser", "sign $2 billion in deals as Xinjiang party chief"),
    ("SCMP infographic teaser", "75 per cent of energy resources"),
    ("blog junk teaser", "Popular posts from this blog"),
    ("blog junk teaser", "Muddassir Iqbal"),
    ("blog junk teaser", "CPEC Jobs"),
    ("Diplomat byline", "By Catherine Putz"),
    ("Diplomat paywall", "Want to read more?"),
    ("Diplomat paywall", "Already a subscriber?"),
    ("Diplomat related link", "Kyrgyzstan Navigates Domestic Political Firestorm"),
    ("Eurasianet newsletter", "Sign up for Eurasianet"),
];

#[test]
fn page_chrome_is_gone_from_every_document() {
    let compiled = compiled();
    for (name, chrome) in CHROME {
        for d in &compiled.corpus.documents {
            assert!(!d.text.contains(chrome), "{name}: {chrome:?} is still in {}", d.id);
        }
    }
}

#[test]
fn captions_printed_twice_appear_once() {
    let compiled = compiled();
    let captions = [
        ("rferl-akytkhan-protests", "Qalida Akytkhan (center) takes part in a protest"),
        (
            "rferl-akytkhan-protests",
            "Chinese Foreign Ministry spokesman Wang Wenbin holds up pictures",
        ),
        ("rferl-china-iran-deal", "Warships in the Sea of Oman"),
        (
            "rferl-relatives-silenced-xi-visit",
            "Baibolat Kunbolat protests in front of the Chinese Embassy",
        ),
    ];
    for (doc, caption) in captions {
        assert_eq!(document(&compiled, doc).matches(caption).count(), 1, "{caption}");
    }
}

/// Body sentences (and captions, subheads, author notes) that must survive cleaning.
const BODY: &[(&str, &str)] = &[
    ("rferl-akytkhan-protests", "When 67-year-old pensioner Qalida Akytkhan decided to join a small protest"),
    ("rferl-akytkhan-protests", "Shining A Spotlight"),
    ("rferl-akytkhan-protests", "Sometimes I can't fall asleep until 5 a.m."),
    ("rferl-akytkhan-protests", "Shortly after, a splinter group made up of some of Bliash's disaffected former associates"),
    ("rferl-china-iran-deal", "*CLARIFICATION: This article was amended"),
    ("rferl-relatives-silenced-xi-visit", "Bakhyt Zharykbasova’s husband, Baibolat Kunbolat, was one of those arrested"),
    ("rferl-relatives-silenced-xi-visit", "Written and reported by Reid Standish in Prague"),
    ("rferl-relatives-silenced-xi-visit", "Lakhanuly\u{a0}is a freelance correspondent for RFE/RL's Kazakh Service."),
    ("scmp-kazakhstan-public-anger", "Astana’s economic ties with Beijing leave it with a headache"),
    ("scmp-kazakhstan-public-anger", "Sayragul Sauytbay, 41, an ethnic Kazakh Chinese national"),
    ("scmp-kazakhstan-public-anger", "“They can’t question what is going on in China and they expect their neighbours to do the same,” said Pantucci."),
    ("diplomat-kazakhstan-confronts-china", "Astana can’t afford to push Beijing too hard"),
    ("diplomat-kazakhstan-confronts-china", "Catherine Putz is Managing Editor of The Diplomat."),
    ("eurasianet-protests-landmark", "One ever-present picketer is Khalida Akitkhan"),
    ("eurasianet-protests-landmark", "Daniyar Moldabekov and Nazerke Kurmangazinova are journalists based in Almaty."),
];

#[test]
fn body_text_survives_cleaning() {
    let compiled = compiled();
    for (doc, sentence) in BODY {
        assert!(document(&compiled, doc).contains(sentence), "{doc} lost {sentence:?}");
    }
}

#[test]
fn nothing_is_lost_every_line_is_kept_or_reported() {
    let compiled = compiled();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut accounted: BTreeSet<(String, u32)> =
        compiled.dropped.iter().map(|d| (d.file.clone(), d.line as u32)).collect();
    for d in &compiled.corpus.documents {
        let file = d.source.split(':').next().unwrap().to_string();
        for p in &d.paragraphs {
            assert!(
                accounted.insert((file.clone(), p.line)),
                "line {} of {file} both kept and dropped",
                p.line
            );
        }
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, line) in text.lines().enumerate() {
                if !line.trim().is_empty() {
                    assert!(
                        accounted.contains(&(file.clone(), i as u32 + 1)),
                        "{file}:{} is neither kept nor reported: {line:?}",
                        i + 1
                    );
                }
            }
        }
    }
}

#[test]
fn kept_paragraphs_are_the_trimmed_capture_lines() {
    let compiled = compiled();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for d in &compiled.corpus.documents {
        let file = d.source.split(':').next().unwrap();
        let capture = std::fs::read_to_string(dir.join(file)).unwrap();
        let lines: Vec<&str> = capture.lines().collect();
        let utf16: Vec<u16> = d.text.encode_utf16().collect();
        for p in &d.paragraphs {
            let text = String::from_utf16(&utf16[p.start as usize..p.end as usize]).unwrap();
            assert_eq!(text, lines[p.line as usize - 1].trim(), "{file}:{}", p.line);
        }
    }
}

#[test]
fn the_cli_export_prints_the_same_bytes_as_the_engine() {
    let engine = Explorer::from_corpus(compiled().corpus);
    let embedded = Explorer::open_embedded().unwrap();
    for format in ["json", "graphml", "csv", "csv-edges"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_corpus-explorer"))
            .args([
                "export",
                "--corpus",
                concat!(env!("CARGO_MANIFEST_DIR"), "/corpus"),
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{format}: {}", String::from_utf8_lossy(&output.stderr));
        let exported = engine.export(format).unwrap();
        assert_eq!(String::from_utf8(output.stdout).unwrap(), exported, "{format}");
        if std::env::var_os("CORPUS_DIR").is_none() {
            assert_eq!(
                embedded.export(format).unwrap(),
                exported,
                "{format}: the wasm's embedded corpus is the corpus directory's"
            );
        }
    }
}

#[test]
fn the_export_has_the_documented_shape_and_offsets() {
    let json = Explorer::from_corpus(compiled().corpus).export("json").unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["formatVersion"], corpus_explorer::blob::FORMAT_VERSION);
    let documents = value["documents"].as_array().unwrap();
    for key in ["id", "title", "outlet", "published", "authors", "source", "text"] {
        assert!(documents.iter().all(|d| !d[key].is_null()), "documents carry {key}");
    }
    let texts: std::collections::BTreeMap<&str, Vec<u16>> = documents
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["text"].as_str().unwrap().encode_utf16().collect()))
        .collect();
    for entity in value["entities"].as_array().unwrap() {
        assert!(
            ["person", "organization", "place", "group"]
                .contains(&entity["type"].as_str().unwrap()),
            "{}",
            entity["type"]
        );
        let names: BTreeSet<String> = std::iter::once(entity["name"].as_str().unwrap().to_string())
            .chain(
                entity["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string()),
            )
            .collect();
        for m in entity["mentions"].as_array().unwrap() {
            let text = &texts[m["doc"].as_str().unwrap()];
            let surface = String::from_utf16(
                &text[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize],
            )
            .unwrap();
            assert!(
                names.contains(&surface),
                "mention {surface:?} of {} is its name or an alias",
                entity["id"]
            );
        }
    }
    for relation in value["relations"].as_array().unwrap() {
        assert!(
            !relation["evidence"].as_array().unwrap().is_empty(),
            "every relation cites a sentence"
        );
    }
    let ids: BTreeSet<&str> =
        value["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    let spanned = |item: &serde_json::Value, key: &str| {
        let span = &item[key];
        let text = &texts[span["doc"].as_str().unwrap()];
        String::from_utf16(
            &text[span["start"].as_u64().unwrap() as usize..span["end"].as_u64().unwrap() as usize],
        )
        .unwrap()
    };
    for event in value["events"].as_array().unwrap() {
        assert_eq!(
            spanned(event, "span"),
            event["dateText"].as_str().unwrap(),
            "an event's span is its date words"
        );
        assert!(spanned(event, "sentence").contains(event["dateText"].as_str().unwrap()));
        assert!(event["entities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| ids.contains(e.as_str().unwrap())));
    }
    for figure in value["figures"].as_array().unwrap() {
        assert_eq!(
            spanned(figure, "span"),
            figure["text"].as_str().unwrap(),
            "a figure's span is its number words"
        );
    }
    for quote in value["quotes"].as_array().unwrap() {
        assert!(ids.contains(quote["speaker"].as_str().unwrap()));
        assert!(
            spanned(quote, "span").contains(quote["text"].as_str().unwrap().trim()),
            "a quote's span holds its words"
        );
    }
}
