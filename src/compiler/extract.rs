//! Takes segmented documents and their sentences and gives the people, organizations, places and groups named in them, each with a canonical name, its other spellings, every mention and, for people, the role lines the text prints.
//!
//! Stages: [`super::candidates`] reads each sentence into candidate mentions (with
//! [`super::cues`] and [`super::gazetteer`]; lower-case ministries with [`super::ministries`]);
//! [`super::groups`] finds peoples named with a noun; [`super::ministries`] keys ministries by
//! portfolio and country; [`super::resolve`] groups candidates into entities; [`super::headlines`]
//! adds mentions of those entities in headlines (where only places vouched for by the gazetteer or
//! a keyword are new candidates) and in other letter case; [`super::roles`] reads role lines; this
//! module names them.

use std::collections::{BTreeMap, BTreeSet};

use super::candidates::{AcronymDefinition, Candidate, Reader};
use super::groups::{cluster_groups, GroupMention, GroupReader};
use super::headlines::KnownNames;
use super::ministries;
use super::names::slug;
use super::peoples::people_word;
use super::resolve::{resolve, Cluster};
use super::roles::roles_for;
use super::words::{is_headline, sentence_words, SentenceWords, Vocabulary};
use crate::model::{Document, Entity, EntityKind, Mention, Role, Sentence};
use crate::text::fold;

/// Finds the entities of the documents; sorted by kind, then name.
pub fn extract_entities(documents: &[Document], sentences: &[Sentence]) -> Vec<Entity> {
    let vocabulary = Vocabulary::build(documents, sentences);
    let words: Vec<SentenceWords> =
        sentences.iter().map(|s| sentence_words(&documents[s.doc as usize].text, s)).collect();
    let headline: Vec<bool> = sentences
        .iter()
        .zip(&words)
        .map(|(s, w)| is_headline(&documents[s.doc as usize], s, w))
        .collect();
    let (mut candidates, mut definitions, mut aliases) = (Vec::new(), Vec::new(), Vec::new());
    for (index, sentence) in sentences.iter().enumerate() {
        let reader = Reader {
            doc: sentence.doc,
            sentence: index as u32,
            text: &documents[sentence.doc as usize].text,
            words: &words[index],
            vocabulary: &vocabulary,
        };
        if headline[index] {
            // Capitals prove nothing in a headline: only places the gazetteer or a keyword vouches for count here.
            let (mut found, mut ignored) = (Vec::new(), Vec::new());
            reader.read(&mut found, &mut ignored);
            candidates.extend(found.into_iter().filter(|c| c.fixed == Some(EntityKind::Place)));
            continue;
        }
        let base = candidates.len();
        reader.read(&mut candidates, &mut definitions);
        reader.lower_case_ministries(&mut candidates);
        aliases.extend(reader.name_aliases(base, &candidates));
    }
    let group_mentions = find_groups(
        documents,
        sentences,
        &words,
        &headline,
        &mut candidates,
        &mut definitions,
        &mut aliases,
    );
    ministries::assign_keys(&mut candidates, |s| &words[s as usize]);
    let clusters = resolve(&candidates, &definitions, &aliases);

    // Further mentions of resolved names: in headlines, and in body text in another letter case.
    let spellings = |multi_word_only: bool| {
        clusters
            .iter()
            .map(|cluster| {
                let keep = !multi_word_only
                    || matches!(cluster.kind, EntityKind::Organization | EntityKind::Place);
                cluster
                    .mentions
                    .iter()
                    .filter(|&&c| keep && (!multi_word_only || candidates[c].tokens.len() >= 2))
                    .map(|&c| (candidates[c].tokens.as_slice(), candidates[c].doc))
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    let (known, known_multi_word) =
        (KnownNames::new(spellings(false)), KnownNames::new(spellings(true)));
    let mut taken: BTreeMap<u32, Vec<(u32, u32)>> = BTreeMap::new();
    for (start, end, sentence) in candidates
        .iter()
        .map(|c| (c.start, c.end, c.sentence))
        .chain(group_mentions.iter().map(|g| (g.start, g.end, g.sentence)))
    {
        taken.entry(sentence).or_default().push((start, end));
    }
    let mut extra: Vec<Vec<(Mention, String)>> = vec![Vec::new(); clusters.len()];
    for (index, sentence) in sentences.iter().enumerate() {
        let text = &documents[sentence.doc as usize].text;
        let found = if headline[index] {
            known.find(&words[index], text, sentence.doc, index as u32)
        } else {
            known_multi_word.find_case_variants(
                &words[index],
                text,
                sentence.doc,
                index as u32,
                taken.get(&(index as u32)).map_or(&[], Vec::as_slice),
            )
        };
        for (cluster, mention) in found {
            extra[cluster].push((mention, utf16_slice(text, mention.start, mention.end)));
        }
    }
    let mut entities: Vec<Entity> = clusters
        .iter()
        .zip(extra)
        .map(|(cluster, extra)| entity(cluster, &candidates, extra))
        .collect();
    for members in cluster_groups(&group_mentions) {
        let mentions = members.iter().map(|&m| {
            let g = &group_mentions[m];
            (
                Mention { doc: g.doc, sentence: g.sentence, start: g.start, end: g.end },
                g.surface.clone(),
            )
        });
        entities.push(named(EntityKind::Group, mentions.collect()));
    }
    for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        entity.roles = roles(entity, documents, &words, &headline);
    }
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

/// Peoples named with a noun, in body sentences. Candidates that a group mention covers leave the
/// candidates (`Han` of `Han Chinese`, a term the texts define for people: `referred to as “Oralman”`).
#[allow(clippy::too_many_arguments)]
fn find_groups(
    documents: &[Document],
    sentences: &[Sentence],
    words: &[SentenceWords],
    headline: &[bool],
    candidates: &mut Vec<Candidate>,
    definitions: &mut Vec<AcronymDefinition>,
    aliases: &mut Vec<(usize, usize)>,
) -> Vec<GroupMention> {
    let read = |candidates: &[Candidate], terms: &BTreeSet<String>| -> Vec<Vec<GroupMention>> {
        // A candidate made only of people words or defined terms does not hide them.
        let yields = |c: &Candidate| {
            terms.contains(&fold(&c.surface))
                || c.surface.split([' ', '-']).all(|t| people_word(&fold(t)).is_some())
        };
        let mut spans: BTreeMap<u32, Vec<(u32, u32)>> = BTreeMap::new();
        for c in candidates.iter().filter(|c| !yields(c)) {
            spans.entry(c.sentence).or_default().push((c.start, c.end));
        }
        (0..sentences.len())
            .map(|index| {
                if headline[index] {
                    return Vec::new();
                }
                let sentence = &sentences[index];
                let taken = spans.get(&(index as u32)).map_or(&[][..], Vec::as_slice);
                let reader = GroupReader {
                    doc: sentence.doc,
                    sentence: index as u32,
                    text: &documents[sentence.doc as usize].text,
                    words: &words[index],
                    taken,
                };
                reader.mentions(terms)
            })
            .collect()
    };
    // A term is for people when its sentence or the one before names a people.
    let plain = read(candidates, &BTreeSet::new());
    let mut terms = BTreeSet::new();
    for index in (0..sentences.len()).filter(|&i| !headline[i]) {
        let sentence = &sentences[index];
        let reader = GroupReader {
            doc: sentence.doc,
            sentence: index as u32,
            text: &documents[sentence.doc as usize].text,
            words: &words[index],
            taken: &[],
        };
        let near_people = !plain[index].is_empty()
            || index > 0
                && sentences[index - 1].doc == sentence.doc
                && !plain[index - 1].is_empty();
        if near_people {
            terms.extend(reader.defined_terms());
        }
    }
    let mentions: Vec<GroupMention> = read(candidates, &terms).into_iter().flatten().collect();
    // Mentions come in sentence order: each candidate is checked against its own sentence's mentions.
    debug_assert!(mentions.windows(2).all(|w| w[0].sentence <= w[1].sentence));
    let in_sentence = |sentence: u32| {
        &mentions[mentions.partition_point(|m| m.sentence < sentence)
            ..mentions.partition_point(|m| m.sentence <= sentence)]
    };
    let keep: Vec<bool> = candidates
        .iter()
        .map(|c| !in_sentence(c.sentence).iter().any(|m| m.start < c.end && c.start < m.end))
        .collect();
    let mut renumber = Vec::with_capacity(candidates.len());
    let mut next = 0;
    for &k in &keep {
        renumber.push(k.then_some(next));
        next += usize::from(k);
    }
    definitions.retain_mut(|d| match renumber[d.acronym] {
        Some(acronym) => {
            d.acronym = acronym;
            d.long = d.long.and_then(|l| renumber[l]);
            true
        }
        None => false,
    });
    aliases.retain_mut(|(a, b)| match (renumber[*a], renumber[*b]) {
        (Some(x), Some(y)) => {
            (*a, *b) = (x, y);
            true
        }
        _ => false,
    });
    let mut index = 0;
    candidates.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    mentions
}

/// The role lines of a person: each distinct phrase once, at its first sentence.
fn roles(
    entity: &Entity,
    documents: &[Document],
    words: &[SentenceWords],
    headline: &[bool],
) -> Vec<Role> {
    let mut found: Vec<Role> = Vec::new();
    for mention in entity.mentions.iter().filter(|m| !headline[m.sentence as usize]) {
        let sentence = &words[mention.sentence as usize];
        let first = sentence.words.iter().position(|w| w.start == mention.start);
        let last = sentence.words.iter().position(|w| w.end == mention.end);
        let (Some(first), Some(last)) = (first, last) else { continue };
        let text = &documents[mention.doc as usize].text;
        for (a, b) in roles_for(sentence, first, last) {
            let (from, to) = (&sentence.words[a], &sentence.words[b]);
            let phrase = &text[from.byte_start..to.byte_end];
            if !found.iter().any(|r| r.text == phrase) {
                found.push(Role {
                    text: phrase.to_string(),
                    doc: mention.doc,
                    sentence: mention.sentence,
                    start: from.start,
                    end: to.end,
                });
            }
        }
    }
    found.sort_by_key(|r| (r.doc, r.start, r.end));
    found
}

fn utf16_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> =
        text.encode_utf16().skip(start as usize).take((end - start) as usize).collect();
    String::from_utf16_lossy(&units)
}

/// Tokens that count for completeness: capitalised ones (`Ministry of Foreign Affairs` has three).
fn weight(surface: &str) -> usize {
    surface.split([' ', '/']).filter(|t| t.starts_with(|c: char| c.is_uppercase())).count()
}

fn shouts(surface: &str) -> bool {
    surface.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !surface.chars().any(char::is_lowercase)
}

fn last_word(surface: &str) -> &str {
    surface.rsplit([' ', '-']).next().unwrap_or(surface)
}

/// The canonical name of an entity among its spellings (with counts): for people and
/// organizations the most complete, then most frequent; for places the most frequent written-out name.
pub fn canonical_name(kind: EntityKind, forms: &BTreeMap<String, usize>) -> String {
    // A spelling in capitals (`OSLO` in a dateline) yields to the same name in mixed case.
    let mixed: BTreeSet<String> = forms.keys().filter(|f| !shouts(f)).map(|f| fold(f)).collect();
    let eligible = forms.iter().filter(|(f, _)| !(shouts(f) && mixed.contains(&fold(f))));
    let best = match kind {
        // A people by its plural noun (`Uyghurs` over `Uyghur`), then the most frequent spelling.
        EntityKind::Group => eligible.max_by(|a, b| {
            (super::peoples::only_noun(&fold(last_word(a.0))), a.1)
                .cmp(&(super::peoples::only_noun(&fold(last_word(b.0))), b.1))
                .then_with(|| b.0.cmp(a.0))
        }),
        EntityKind::Place => eligible.max_by(|a, b| {
            (!shouts(a.0), a.1, weight(a.0))
                .cmp(&(!shouts(b.0), b.1, weight(b.0)))
                .then_with(|| b.0.cmp(a.0))
        }),
        _ => eligible
            .max_by(|a, b| (weight(a.0), a.1).cmp(&(weight(b.0), b.1)).then_with(|| b.0.cmp(a.0))),
    };
    best.map(|(f, _)| f.clone()).unwrap_or_default()
}

fn entity(cluster: &Cluster, candidates: &[Candidate], extra: Vec<(Mention, String)>) -> Entity {
    let mut mentions: Vec<(Mention, String)> = cluster
        .mentions
        .iter()
        .map(|&c| {
            let candidate = &candidates[c];
            (
                Mention {
                    doc: candidate.doc,
                    sentence: candidate.sentence,
                    start: candidate.start,
                    end: candidate.end,
                },
                candidate.surface.clone(),
            )
        })
        .collect();
    mentions.extend(extra);
    named(cluster.kind, mentions)
}

/// An entity of `kind` from its mentions with their surfaces: canonical name, other spellings, mentions sorted.
fn named(kind: EntityKind, found: Vec<(Mention, String)>) -> Entity {
    let mut forms: BTreeMap<String, usize> = BTreeMap::new();
    let mut mentions = BTreeSet::new();
    for (mention, surface) in found {
        if mentions.insert(mention) {
            *forms.entry(surface).or_default() += 1;
        }
    }
    let name = canonical_name(kind, &forms);
    // Every other spelling seen, verbatim, so that each mention's text is the name or an alias.
    let aliases: Vec<String> = forms.into_keys().filter(|f| *f != name).collect();
    let mut mentions: Vec<Mention> = mentions.into_iter().collect();
    mentions.sort_by_key(|m| (m.doc, m.start, m.end));
    Entity { id: slug(&name), name, kind, aliases, mentions, roles: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::clean::{KeptLine, Located, Story, StorySpec};
    use crate::compiler::segment::segment;
    use crate::model::ParagraphKind;

    /// Documents made of paragraphs (a `# ` prefix marks a heading), segmented like the real corpus.
    fn corpus(stories: &[&[&str]]) -> (Vec<Document>, Vec<Sentence>) {
        let (mut documents, mut sentences) = (Vec::new(), Vec::new());
        for (d, paragraphs) in stories.iter().enumerate() {
            let here = || Located { text: String::new(), manifest_line: 0 };
            let spec = StorySpec {
                id: format!("doc-{d}"),
                title: String::new(),
                outlet: String::new(),
                authors: vec![],
                published: "2020".into(),
                begin: here(),
                end: here(),
                drops: vec![],
            };
            let lines = paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| match p.strip_prefix("# ") {
                    Some(heading) => KeptLine {
                        line: i + 1,
                        text: heading.to_string(),
                        kind: ParagraphKind::Heading,
                    },
                    None => {
                        KeptLine { line: i + 1, text: p.to_string(), kind: ParagraphKind::Body }
                    }
                })
                .collect();
            let story = Story {
                spec,
                file: "test.txt".into(),
                first_line: 1,
                last_line: paragraphs.len(),
                lines,
            };
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
    fn groups_ministries_case_variants_renamed_places_and_roles() {
        use EntityKind::*;
        let (documents, sentences) = corpus(&[
            &[
                "Dana Oraz, a spokesperson for the Norwegian Consulate in Ushtobe, said Tatars and Uzbeks protested there.",
                "Oraz, an ethnic Tatar who fled in 2018, wrote to the Norwegian foreign ministry and to Sweden's Foreign Ministry.",
                "Norway made a statement from the Foreign Ministry, and Tatar citizens gathered outside the Norwegian consulate in Nur-Sultan.",
            ],
            &["The Ministry of Foreign Affairs of Norway did not answer Oraz, who left Astana for Ushtobe."],
        ]);
        let entities = extract_entities(&documents, &sentences);
        let expected = vec![
            (Person, "Dana Oraz".to_string(), 3),
            (Organization, "Foreign Ministry".to_string(), 1),
            (Organization, "Ministry of Foreign Affairs of Norway".to_string(), 3),
            (Organization, "Norwegian Consulate".to_string(), 2),
            (Place, "Astana".to_string(), 2),
            (Place, "Norway".to_string(), 1),
            (Place, "Sweden".to_string(), 1),
            (Place, "Ushtobe".to_string(), 2),
            (Group, "Tatars".to_string(), 2),
            (Group, "Uzbeks".to_string(), 1),
        ];
        assert_eq!(summary(&entities), expected);
        let oraz = entities.iter().find(|e| e.name == "Dana Oraz").unwrap();
        let swedish = entities.iter().find(|e| e.name == "Foreign Ministry").unwrap();
        assert_eq!(swedish.mentions[0].doc, 0, "Sweden's ministry stays apart from Norway's");
        let roles: Vec<&str> = oraz.roles.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            roles,
            ["a spokesperson for the Norwegian Consulate in Ushtobe", "an ethnic Tatar"]
        );
        for role in &oraz.roles {
            assert_eq!(
                utf16_slice(&documents[role.doc as usize].text, role.start, role.end),
                role.text,
                "role spans are UTF-16 offsets"
            );
        }
    }

    #[test]
    fn mentions_are_exact_name_spans_sorted_by_document_and_start() {
        let (documents, sentences) = corpus(&[&[
            "Former President Dale Hobart’s visit to Oslo ended. Hobart left Oslo’s airport.",
        ]]);
        for entity in extract_entities(&documents, &sentences) {
            assert!(
                entity.mentions.windows(2).all(|w| (w[0].doc, w[0].start) < (w[1].doc, w[1].start)),
                "{} sorted",
                entity.name
            );
            for mention in &entity.mentions {
                let text =
                    utf16_slice(&documents[mention.doc as usize].text, mention.start, mention.end);
                assert!(
                    text == entity.name || entity.aliases.contains(&text),
                    "{text:?} is a spelling of {}",
                    entity.name
                );
                assert!(
                    !text.ends_with("’s") && !text.starts_with("President"),
                    "{text:?} is the name only"
                );
            }
        }
    }

    #[test]
    fn canonical_names_follow_completeness_and_frequency() {
        type Case = (&'static str, EntityKind, &'static [(&'static str, usize)], &'static str);
        let cases: &[Case] = &[
            (
                "person: most complete wins",
                EntityKind::Person,
                &[("Tolash", 9), ("Mira Tolash", 2)],
                "Mira Tolash",
            ),
            (
                "person: then most frequent",
                EntityKind::Person,
                &[("Myra Tolash", 1), ("Mira Tolash", 2)],
                "Mira Tolash",
            ),
            (
                "organization: long form over acronym",
                EntityKind::Organization,
                &[("VN/RL", 20), ("Voice Network/Radio Lumen", 1)],
                "Voice Network/Radio Lumen",
            ),
            (
                "place: most frequent written-out name",
                EntityKind::Place,
                &[("U.S.", 9), ("United States", 3), ("United States of America", 1)],
                "United States",
            ),
            (
                "capitals yield to mixed case",
                EntityKind::Place,
                &[("OSLO", 5), ("Oslo", 1)],
                "Oslo",
            ),
        ];
        for (name, kind, forms, expected) in cases {
            let forms: BTreeMap<String, usize> =
                forms.iter().map(|&(f, n)| (f.to_string(), n)).collect();
            assert_eq!(canonical_name(*kind, &forms), *expected, "{name}");
        }
    }
}
