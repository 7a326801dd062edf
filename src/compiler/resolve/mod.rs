//! Stage 4, resolve: joins candidate mentions into entities, each with a canonical name, its other spellings and every mention.
//!
//! [`clusters`] groups candidates: equal keys first, then the [`merge_rules`] (near spellings,
//! acronyms and their long forms, overrides, …), then short forms join the full names they stand for; [`headlines`] adds the further mentions of resolved
//! names in headlines and in another letter case; [`naming`] names each entity.

mod clusters;
mod headlines;
mod kin_apposition;
mod merge_rules;
mod naming;
mod short_forms;

use std::collections::{BTreeMap, BTreeSet};

use crate::compiler::extract::{cluster_groups, Extracted};
use crate::model::{Document, Entity, EntityKind, Mention, Sentence};
use headlines::KnownNames;
use naming::{entity, named, utf16_slice};

/// Resolves the extracted mentions into entities: clusters of candidates, their further mentions in
/// headlines and in another letter case, and the groups; sorted by kind, then name, with unique ids.
pub(in crate::compiler) fn resolve(
    documents: &[Document],
    sentences: &[Sentence],
    found: &Extracted<'_>,
) -> Vec<Entity> {
    let Extracted { words, headline, candidates, definitions, aliases, groups: group_mentions } =
        found;
    let relative: Vec<bool> = candidates
        .iter()
        .map(|c| kin_apposition::introduced_as_relative(&documents[c.doc as usize].text, c.start))
        .collect();
    let clusters = clusters::resolve(candidates, definitions, aliases, &relative);

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
        .map(|(cluster, extra)| entity(cluster, candidates, extra))
        .collect();
    for members in cluster_groups(group_mentions) {
        let mentions = members.iter().map(|&m| {
            let g = &group_mentions[m];
            (
                Mention { doc: g.doc, sentence: g.sentence, start: g.start, end: g.end },
                g.surface.clone(),
            )
        });
        entities.push(named(EntityKind::Group, mentions.collect()));
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

    /// The entities of the documents as the compiler makes them: extracted, resolved, with role lines.
    fn extract_entities(documents: &[Document], sentences: &[Sentence]) -> Vec<Entity> {
        let found = crate::compiler::extract::extract(documents, sentences);
        let mut entities = resolve(documents, sentences, &found);
        crate::compiler::extract::attach_roles(&mut entities, documents, &found);
        entities
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
    fn a_pronouns_other_name_joins_the_only_person_before_it() {
        let (documents, sentences) = corpus(&[
            &["Mira Tolash, 52, came home to Ushtobe. Her Chinese name is Mila Tuoli, the card says."],
            &[
                "Judge Dana Oraz sentenced Arman Dauletov, 40, in Ushtobe.",
                "His Chinese name is Aman Daoli, the verdict says.",
            ],
        ]);
        let entities = extract_entities(&documents, &sentences);
        let spellings = |e: &Entity| {
            let mut all = e.aliases.clone();
            all.push(e.name.clone());
            all.sort();
            all
        };
        let tolash = entities.iter().find(|e| spellings(e).contains(&"Mira Tolash".to_string()));
        assert_eq!(
            spellings(tolash.unwrap()),
            ["Mila Tuoli", "Mira Tolash"],
            "one person before: joined"
        );
        let dauletov = entities.iter().find(|e| e.name == "Arman Dauletov").unwrap();
        assert!(dauletov.aliases.is_empty(), "two people before: no antecedent");
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
}
