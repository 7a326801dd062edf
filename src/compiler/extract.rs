//! Takes segmented documents and their sentences and gives the people, organizations and places named in them, each with a canonical name, its other spellings and every mention.
//!
//! Stages: [`super::candidates`] reads each sentence into candidate mentions (with
//! [`super::cues`] and [`super::gazetteer`]); [`super::resolve`] groups them into entities;
//! [`super::headlines`] adds mentions of those entities in headlines (where only places vouched
//! for by the gazetteer or a keyword are new candidates); this module names them.

use std::collections::{BTreeMap, BTreeSet};

use super::candidates::{Candidate, Reader};
use super::headlines::KnownNames;
use super::names::slug;
use super::resolve::{resolve, Cluster};
use super::words::{is_headline, sentence_words, Vocabulary};
use crate::model::{Document, Entity, EntityKind, Mention, Sentence};
use crate::text::fold;

/// Finds the entities of the documents; sorted by kind, then name.
pub fn extract_entities(documents: &[Document], sentences: &[Sentence]) -> Vec<Entity> {
    let vocabulary = Vocabulary::build(documents, sentences);
    let (mut candidates, mut definitions, mut headlines) = (Vec::new(), Vec::new(), Vec::new());
    for (index, sentence) in sentences.iter().enumerate() {
        let document = &documents[sentence.doc as usize];
        let words = sentence_words(&document.text, sentence);
        let reader = Reader { doc: sentence.doc, sentence: index as u32, text: &document.text, words: &words, vocabulary: &vocabulary };
        if is_headline(document, sentence, &words) {
            // Capitals prove nothing in a headline: only places the gazetteer or a keyword vouches for count here.
            let (mut found, mut ignored) = (Vec::new(), Vec::new());
            reader.read(&mut found, &mut ignored);
            candidates.extend(found.into_iter().filter(|c| c.fixed == Some(EntityKind::Place)));
            headlines.push(index);
            continue;
        }
        reader.read(&mut candidates, &mut definitions);
    }
    let clusters = resolve(&candidates, &definitions);
    let known = KnownNames::new(clusters.iter().map(|cluster| cluster.mentions.iter().map(|&c| (candidates[c].tokens.as_slice(), candidates[c].doc)).collect::<Vec<_>>()));
    let mut extra: Vec<Vec<(Mention, String)>> = vec![Vec::new(); clusters.len()];
    for index in headlines {
        let sentence = &sentences[index];
        let document = &documents[sentence.doc as usize];
        let words = sentence_words(&document.text, sentence);
        for (cluster, mention) in known.find(&words, &document.text, sentence.doc, index as u32) {
            let surface = utf16_slice(&document.text, mention.start, mention.end);
            extra[cluster].push((mention, surface));
        }
    }
    let mut entities: Vec<Entity> = clusters.iter().zip(extra).map(|(cluster, extra)| entity(cluster, &candidates, extra)).collect();
    entities.sort_by(|a, b| (a.kind, &a.name, &a.mentions).cmp(&(b.kind, &b.name, &b.mentions)));
    let mut taken = BTreeSet::new();
    for entity in &mut entities {
        let base = if entity.id.is_empty() { "entity".to_string() } else { entity.id.clone() };
        let mut id = base.clone();
        let mut n = 2;
        while !taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        entity.id = id;
    }
    entities
}

fn utf16_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().skip(start as usize).take((end - start) as usize).collect();
    String::from_utf16_lossy(&units)
}

/// Tokens that count for completeness: capitalised ones (`Ministry of Foreign Affairs` has three).
fn weight(surface: &str) -> usize {
    surface.split([' ', '/']).filter(|t| t.starts_with(|c: char| c.is_uppercase())).count()
}

fn shouts(surface: &str) -> bool {
    surface.chars().filter(|c| c.is_alphabetic()).count() > 1 && !surface.chars().any(char::is_lowercase)
}

/// The canonical name of an entity among its spellings (with counts): for people and
/// organizations the most complete, then most frequent; for places the most frequent written-out name.
pub fn canonical_name(kind: EntityKind, forms: &BTreeMap<String, usize>) -> String {
    // A spelling in capitals (`OSLO` in a dateline) yields to the same name in mixed case.
    let mixed: BTreeSet<String> = forms.keys().filter(|f| !shouts(f)).map(|f| fold(f)).collect();
    let eligible = forms.iter().filter(|(f, _)| !(shouts(f) && mixed.contains(&fold(f))));
    let best = match kind {
        EntityKind::Place => eligible.max_by(|a, b| (!shouts(a.0), a.1, weight(a.0)).cmp(&(!shouts(b.0), b.1, weight(b.0))).then_with(|| b.0.cmp(a.0))),
        _ => eligible.max_by(|a, b| (weight(a.0), a.1).cmp(&(weight(b.0), b.1)).then_with(|| b.0.cmp(a.0))),
    };
    best.map(|(f, _)| f.clone()).unwrap_or_default()
}

fn entity(cluster: &Cluster, candidates: &[Candidate], extra: Vec<(Mention, String)>) -> Entity {
    let mut forms: BTreeMap<String, usize> = BTreeMap::new();
    let mut mentions = BTreeSet::new();
    for &c in &cluster.mentions {
        let candidate = &candidates[c];
        *forms.entry(candidate.surface.clone()).or_default() += 1;
        mentions.insert(Mention { doc: candidate.doc, sentence: candidate.sentence, start: candidate.start, end: candidate.end });
    }
    for (mention, surface) in extra {
        *forms.entry(surface).or_default() += 1;
        mentions.insert(mention);
    }
    let name = canonical_name(cluster.kind, &forms);
    // Every other spelling seen, verbatim, so that each mention's text is the name or an alias.
    let aliases: Vec<String> = forms.into_keys().filter(|f| *f != name).collect();
    let mut mentions: Vec<Mention> = mentions.into_iter().collect();
    mentions.sort_by_key(|m| (m.doc, m.start, m.end));
    Entity { id: slug(&name), name, kind: cluster.kind, aliases, mentions, roles: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::ingest::{KeptLine, Story};
    use crate::compiler::manifest::{Located, StorySpec};
    use crate::compiler::segment::segment;
    use crate::model::ParagraphKind;

    /// Documents made of paragraphs (a `# ` prefix marks a heading), segmented like the real corpus.
    fn corpus(stories: &[&[&str]]) -> (Vec<Document>, Vec<Sentence>) {
        let (mut documents, mut sentences) = (Vec::new(), Vec::new());
        for (d, paragraphs) in stories.iter().enumerate() {
            let here = || Located { text: String::new(), manifest_line: 0 };
            let spec = StorySpec { id: format!("doc-{d}"), title: String::new(), outlet: String::new(), authors: vec![], published: "2020".into(), begin: here(), end: here(), drops: vec![] };
            let lines = paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| match p.strip_prefix("# ") {
                    Some(heading) => KeptLine { line: i + 1, text: heading.to_string(), kind: ParagraphKind::Heading },
                    None => KeptLine { line: i + 1, text: p.to_string(), kind: ParagraphKind::Body },
                })
                .collect();
            let story = Story { spec, file: "test.txt".into(), first_line: 1, last_line: paragraphs.len(), lines };
            let (document, mut own) = segment(&story, d as u32, sentences.len() as u32);
            documents.push(document);
            sentences.append(&mut own);
        }
        (documents, sentences)
    }

    fn summary(entities: &[Entity]) -> Vec<(EntityKind, String, usize)> {
        entities.iter().map(|e| (e.kind, e.name.clone(), e.mentions.len())).collect()
    }

    #[test]
    fn entities_are_found_resolved_and_typed() {
        use EntityKind::*;
        let (documents, sentences) = corpus(&[
            &[
                "# Tolash Speaks Out In Oslo",
                "Mira Tolash, 52, protested outside the Norwegian Embassy in Taldyqorgan on Monday.",
                "Tolash told VNRL that her son was held in Norway. \"I will stay,\" Tolash said.",
                "Her Qorgau Birligi group helped. Chinese President Li Wenhao did not answer.",
                "Since then, police have watched the Qorgau Birligi office in the city of Ushtobe.",
            ],
            &[
                "Myra Tolash was freed in Taldyqorgan, the region's capital, said Arman Dauletov of VNRL.",
                "Dauletov, an expert at the Steppe Policy Institute, said President Li had visited Taldyqorgan.",
            ],
        ]);
        let entities = extract_entities(&documents, &sentences);
        let expected = vec![
            (Person, "Arman Dauletov".to_string(), 2),
            (Person, "Li Wenhao".to_string(), 2),
            (Person, "Mira Tolash".to_string(), 5),
            (Organization, "Norwegian Embassy".to_string(), 1),
            (Organization, "Qorgau Birligi".to_string(), 2),
            (Organization, "Steppe Policy Institute".to_string(), 1),
            (Organization, "VNRL".to_string(), 2),
            (Place, "Norway".to_string(), 1),
            (Place, "Oslo".to_string(), 1),
            (Place, "Taldyqorgan".to_string(), 3),
            (Place, "Ushtobe".to_string(), 1),
        ];
        assert_eq!(summary(&entities), expected);
        let taldyqorgan = entities.iter().find(|e| e.name == "Taldyqorgan").unwrap();
        assert_eq!(taldyqorgan.aliases, Vec::<String>::new());
        let tolash = entities.iter().find(|e| e.name == "Mira Tolash").unwrap();
        assert_eq!(tolash.aliases, vec!["Myra Tolash".to_string(), "Tolash".to_string()]);
        assert_eq!(tolash.id, "mira-tolash");
    }

    #[test]
    fn mentions_are_exact_name_spans_sorted_by_document_and_start() {
        let (documents, sentences) = corpus(&[&["Former President Dale Hobart’s visit to Oslo ended. Hobart left Oslo’s airport."]]);
        for entity in extract_entities(&documents, &sentences) {
            assert!(entity.mentions.windows(2).all(|w| (w[0].doc, w[0].start) < (w[1].doc, w[1].start)), "{} sorted", entity.name);
            for mention in &entity.mentions {
                let text = utf16_slice(&documents[mention.doc as usize].text, mention.start, mention.end);
                assert!(text == entity.name || entity.aliases.contains(&text), "{text:?} is a spelling of {}", entity.name);
                assert!(!text.ends_with("’s") && !text.starts_with("President"), "{text:?} is the name only");
            }
        }
    }

    #[test]
    fn canonical_names_follow_completeness_and_frequency() {
        type Case = (&'static str, EntityKind, &'static [(&'static str, usize)], &'static str);
        let cases: &[Case] = &[
            ("person: most complete wins", EntityKind::Person, &[("Tolash", 9), ("Mira Tolash", 2)], "Mira Tolash"),
            ("person: then most frequent", EntityKind::Person, &[("Myra Tolash", 1), ("Mira Tolash", 2)], "Mira Tolash"),
            ("organization: long form over acronym", EntityKind::Organization, &[("VN/RL", 20), ("Voice Network/Radio Lumen", 1)], "Voice Network/Radio Lumen"),
            ("place: most frequent written-out name", EntityKind::Place, &[("U.S.", 9), ("United States", 3), ("United States of America", 1)], "United States"),
            ("capitals yield to mixed case", EntityKind::Place, &[("OSLO", 5), ("Oslo", 1)], "Oslo"),
        ];
        for (name, kind, forms, expected) in cases {
            let forms: BTreeMap<String, usize> = forms.iter().map(|&(f, n)| (f.to_string(), n)).collect();
            assert_eq!(canonical_name(*kind, &forms), *expected, "{name}");
        }
    }
}
