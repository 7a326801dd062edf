//! Gives the typed relations the sentences state, each citing its sentences, adding the unnamed relatives spoken of as entities.
//!
//! Takes the documents, sentences and extracted entities and gives the typed relations the
//! sentences state, each with every sentence that states it, adding the unnamed relatives they
//! speak of as person entities.
//!
//! Stages: lay the mentions over each sentence ([`super::sentence_items`]), resolve pronouns
//! ([`super::anaphora`]), read kinship phrases ([`super::kinship`]) and turn unnamed relatives into
//! entities named by a bracketed description (`[sons of Qalida Akytkhan]`, id
//! `sons-of-qalida-akytkhan`) with the phrase as their mention; then lay all mentions again and run
//! the pattern table ([`super::relation_patterns`]) and two readings no single pattern makes:
//! offices passed on by `his Chinese counterpart, Y` / `His successor, Y`, and captions listing
//! `Name (Country)` under an office (`Foreign ministers Y (China), Z (France)`), with the one
//! `meeting` there joining the party named in `agreement with X` to every other.
//!
//! Relations of symmetric kinds are stored with the lower entity index as source. A relative
//! spoken of without a name whom the same document names elsewhere (`whose husband` after
//! `Zharykbasova’s husband, Baibolat Kunbolat`) is that named person, not a new one.

use std::collections::{BTreeMap, BTreeSet};

use super::anaphora;
use super::guards;
use super::pattern::{compile, Context, Pattern};
use super::relation_patterns::{all_classes, all_patterns, RelationPattern};
use super::relatives::read_kinship;
use super::sentence_items::{corpus_items, mentions_by_sentence, ItemKind, SentenceItems};
use super::verb_patterns::{bound, document_outlet, outlet_entity};
use crate::compiler::lexicon::Nationalities;
use crate::model::{Document, Entity, EntityKind, Relation, RelationKind, Sentence};

/// Whether an entity's name marks it as an unnamed person (`[sons of X]`).
pub fn is_unnamed(entity: &Entity) -> bool {
    entity.name.starts_with('[') && entity.name.ends_with(']')
}

/// Relations found so far: (source, target, kind) → evidence sentences.
type Stated = BTreeMap<(u32, u32, RelationKind), BTreeSet<u32>>;

/// Typed relations found so far: those that hold, and roles the text gives as past.
#[derive(Default)]
struct Found {
    relations: Stated,
    former: Stated,
}

impl Found {
    fn add(&mut self, source: u32, target: u32, kind: RelationKind, evidence: &[u32]) {
        Self::put(&mut self.relations, source, target, kind, evidence);
    }

    /// A role the evidence gives as past (`a former employee of`): kept apart from current ones.
    fn add_former(&mut self, source: u32, target: u32, kind: RelationKind, evidence: &[u32]) {
        Self::put(&mut self.former, source, target, kind, evidence);
    }

    fn put(map: &mut Stated, source: u32, target: u32, kind: RelationKind, evidence: &[u32]) {
        if source == target {
            return;
        }
        let (source, target) = if kind.is_directed() {
            (source, target)
        } else {
            (source.min(target), source.max(target))
        };
        map.entry((source, target, kind)).or_default().extend(evidence.iter().copied());
    }

    /// Office relations (`minister-of`, `head-of` a place, `ambassador-to`) of `person` stated up to and including `sentence`.
    fn offices(
        &self,
        person: u32,
        sentence: u32,
        kinds: &[EntityKind],
    ) -> Vec<(RelationKind, u32, u32)> {
        self.relations
            .iter()
            .filter(|((s, t, k), _)| {
                *s == person
                    && (k.family() == "office"
                        || (*k == RelationKind::HeadOf && kinds[*t as usize] == EntityKind::Place))
            })
            .filter_map(|((_, t, k), evidence)| {
                evidence.iter().copied().filter(|&e| e <= sentence).max().map(|e| (*k, *t, e))
            })
            .collect()
    }

    fn into_relations(self) -> Vec<Relation> {
        let current = self.relations.into_iter().map(|stated| (stated, false));
        let former = self.former.into_iter().map(|stated| (stated, true));
        current
            .chain(former)
            .map(|(((source, target, kind), evidence), former)| Relation {
                source,
                target,
                kind,
                evidence: evidence.into_iter().collect(),
                former,
            })
            .collect()
    }
}

/// Lays the entities' mentions over every sentence and resolves pronouns, document by document.
fn read_items(
    documents: &[Document],
    sentences: &[Sentence],
    entities: &[Entity],
    named: usize,
) -> Vec<SentenceItems> {
    let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let mut items =
        corpus_items(documents, sentences, &mentions_by_sentence(entities, sentences.len()));
    let mut start = 0;
    while start < items.len() {
        let doc = items[start].doc;
        let end =
            items[start..].iter().position(|s| s.doc != doc).map_or(items.len(), |p| start + p);
        anaphora::resolve(&mut items[start..end], &kinds, &|e| (e as usize) < named);
        start = end;
    }
    items
}

/// Gives every unnamed entity an id no other entity has.
fn unique_ids(entities: &mut [Entity], named: usize) {
    let mut taken: BTreeSet<String> = entities[..named].iter().map(|e| e.id.clone()).collect();
    for entity in &mut entities[named..] {
        let base = entity.id.clone();
        let mut n = 2;
        while !taken.insert(entity.id.clone()) {
            entity.id = format!("{base}-{n}");
            n += 1;
        }
    }
}

/// The corpus sentences as items with pronouns resolved to named entities (unnamed relatives are not antecedents).
pub fn resolved_items(
    documents: &[Document],
    sentences: &[Sentence],
    entities: &[Entity],
) -> Vec<SentenceItems> {
    let named = entities.iter().filter(|e| !is_unnamed(e)).count();
    read_items(documents, sentences, entities, named)
}

/// Finds the typed relations of the corpus. Unnamed relatives are appended to `entities`.
pub fn typed_relations(
    documents: &[Document],
    sentences: &[Sentence],
    entities: &mut Vec<Entity>,
) -> Vec<Relation> {
    let named = entities.len();
    let mut found = Found::default();
    let items = read_items(documents, sentences, entities, named);
    for (source, target, kind, sentence) in read_kinship(documents, &items, entities, named) {
        found.add(source, target, kind, &[sentence]);
    }
    unique_ids(entities, named);
    let items = read_items(documents, sentences, entities, named);
    let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let nationalities = Nationalities::new(entities);
    let nationality = |word: &str| nationalities.place(word);
    let context = Context { kinds: &kinds, nationality: &nationality, eligible: &|_| true };
    let classes = all_classes();
    let rules: Vec<&RelationPattern> = all_patterns().collect();
    let compiled: Vec<Pattern> = rules.iter().map(|rule| compile(rule.pattern, &classes)).collect();
    let outlets: Vec<Option<u32>> =
        documents.iter().map(|d| outlet_entity(&d.outlet, &entities[..named])).collect();
    let inherited = [
        compile("his|her $C:nat counterpart ?, ^2 $A:per", &classes),
        compile("his|her successor|predecessor ?, ^2 $A:per", &classes),
    ];
    let listed = compile("$A:per ( $C:pla|org )", &classes);
    let party = compile("with $X:pla", &classes);
    for (at, sentence) in items.iter().enumerate() {
        let evidence = [sentence.sentence];
        let outlet = outlets.get(sentence.doc as usize).copied().flatten();
        for (rule, pattern) in rules.iter().zip(&compiled) {
            for m in pattern.matches(&sentence.items, &context) {
                for &(kind, source, target) in rule.yields {
                    let verdict = guards::verdict(kind, &sentence.items, &m, target);
                    if verdict == guards::Verdict::Vetoed {
                        continue;
                    }
                    let sources: Vec<u32> = if source == '~' {
                        sentence.items[m.first].refers.into_iter().collect()
                    } else {
                        m.slot(source).to_vec()
                    };
                    let outlet = document_outlet(&items, at, m.first, outlet);
                    for &s in &sources {
                        for t in bound(&m, target, outlet) {
                            match verdict {
                                guards::Verdict::Former => found.add_former(s, t, kind, &evidence),
                                _ => found.add(s, t, kind, &evidence),
                            }
                        }
                    }
                }
            }
        }
        // `his Chinese counterpart, Y` holds the office of the one `his` refers to, for China;
        // `His successor, Y` holds the same office.
        for (which, pattern) in inherited.iter().enumerate() {
            for m in pattern.matches(&sentence.items, &context) {
                let Some(holder) = sentence.items[m.first].refers else { continue };
                for (kind, target, stated) in found.offices(holder, sentence.sentence, &kinds) {
                    let target = if which == 0 {
                        m.slot('C').first().copied().unwrap_or(target)
                    } else {
                        target
                    };
                    for &a in m.slot('A') {
                        found.add(
                            a,
                            target,
                            kind,
                            &[stated.min(sentence.sentence), sentence.sentence],
                        );
                    }
                }
            }
        }
        // Captions: `Foreign ministers Y (China), Z (France), … at a meeting … agreement with Iran`.
        let list: Vec<(u32, u32)> = listed
            .matches(&sentence.items, &context)
            .iter()
            .map(|m| (m.slot('A')[0], m.slot('C')[0]))
            .collect();
        if list.len() >= 2 {
            let first = listed.matches(&sentence.items, &context)[0].first;
            let heading: Vec<&str> = sentence.items[..first]
                .iter()
                .filter(|i| i.kind == ItemKind::Word)
                .map(|i| i.lower.as_str())
                .collect();
            let office = if heading.iter().any(|w| matches!(*w, "minister" | "ministers")) {
                Some(RelationKind::MinisterOf)
            } else if heading
                .iter()
                .any(|w| matches!(*w, "president" | "presidents" | "leader" | "leaders"))
            {
                Some(RelationKind::HeadOf)
            } else {
                None
            };
            if let Some(office) = office {
                for &(person, country) in &list {
                    found.add(person, country, office, &evidence);
                }
                let meeting = sentence.items.iter().any(|i| {
                    matches!(i.lower.as_str(), "meeting" | "talks" | "summit" | "negotiations")
                });
                let last = listed.matches(&sentence.items, &context).last().map_or(0, |m| m.end);
                let parties: Vec<u32> = party
                    .matches(&sentence.items[last..], &context)
                    .iter()
                    .map(|m| m.slot('X')[0])
                    .collect();
                if let Some(&(host, _)) =
                    list.iter().find(|(_, country)| meeting && parties.contains(country))
                {
                    for &(other, _) in list.iter().filter(|(p, _)| *p != host) {
                        found.add(host, other, RelationKind::MetWith, &evidence);
                    }
                }
            }
        }
    }
    found.into_relations()
}

/// Typed relations and co-mentions together, sorted by (source, target, kind).
pub fn with_co_mentions(mut typed: Vec<Relation>, co_mentions: Vec<Relation>) -> Vec<Relation> {
    typed.extend(co_mentions);
    typed.sort_by_key(|a| (a.source, a.target, a.kind));
    typed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::clean::{KeptLine, Located, Story, StorySpec};
    use crate::compiler::lexicon::slug;
    use crate::compiler::segment::segment;
    use crate::model::Mention;
    use crate::model::ParagraphKind;

    /// One document of the given paragraphs; entities are marked `[Name|kind]` and found wherever their name occurs.
    fn compile_text(paragraphs: &[&str]) -> (Vec<Entity>, Vec<Relation>, Vec<Sentence>) {
        let mut marked: Vec<(String, EntityKind)> = Vec::new();
        let clean: Vec<String> = paragraphs
            .iter()
            .map(|p| {
                let mut out = String::new();
                let mut rest = *p;
                while let (Some(open), Some(close)) = (rest.find('['), rest.find(']')) {
                    let (name, kind) = rest[open + 1..close].rsplit_once('|').unwrap();
                    let kind = match kind {
                        "per" => EntityKind::Person,
                        "org" => EntityKind::Organization,
                        "pla" => EntityKind::Place,
                        _ => EntityKind::Group,
                    };
                    if !marked.iter().any(|(n, _)| n == name) {
                        marked.push((name.to_string(), kind));
                    }
                    out.push_str(&rest[..open]);
                    out.push_str(name);
                    rest = &rest[close + 1..];
                }
                out.push_str(rest);
                out
            })
            .collect();
        let here = || Located { text: String::new(), manifest_line: 0 };
        let spec = StorySpec {
            id: "doc".into(),
            title: String::new(),
            outlet: String::new(),
            authors: vec![],
            published: "2020-05".into(),
            begin: here(),
            end: here(),
            drops: vec![],
        };
        let lines = clean
            .iter()
            .enumerate()
            .map(|(i, t)| KeptLine { line: i + 1, text: t.clone(), kind: ParagraphKind::Body })
            .collect();
        let story =
            Story { spec, file: "t.txt".into(), first_line: 1, last_line: clean.len(), lines };
        let (document, sentences) = segment(&story, 0, 0);
        let mut entities: Vec<Entity> = marked
            .iter()
            .map(|(name, kind)| {
                let units: Vec<u16> = document.text.encode_utf16().collect();
                let needle: Vec<u16> = name.encode_utf16().collect();
                let mentions = (0..units.len())
                    .filter(|&i| units[i..].starts_with(&needle))
                    .map(|i| {
                        let sentence = sentences
                            .iter()
                            .position(|s| s.start as usize <= i && i < s.end as usize)
                            .unwrap() as u32;
                        Mention {
                            doc: 0,
                            sentence,
                            start: i as u32,
                            end: (i + needle.len()) as u32,
                        }
                    })
                    .collect();
                Entity {
                    id: slug(name),
                    name: name.clone(),
                    kind: *kind,
                    aliases: vec![],
                    mentions,
                    roles: vec![],
                }
            })
            .collect();
        let relations = typed_relations(&[document], &sentences, &mut entities);
        (entities, relations, sentences)
    }

    fn lines(entities: &[Entity], relations: &[Relation]) -> Vec<String> {
        let mut out: Vec<String> = relations
            .iter()
            .map(|r| {
                format!(
                    "{} {} {} {:?}",
                    entities[r.source as usize].name,
                    r.kind.as_str(),
                    entities[r.target as usize].name,
                    r.evidence
                )
            })
            .collect();
        out.sort();
        out
    }

    /// (name, paragraphs, expected relations with evidence sentences)
    #[test]
    fn relations_are_read_across_sentences() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "unnamed relatives become one entity per owner and kin noun",
                &["[Mira Tolash|per] said three of her sons were held.", "One of her sons moved. Her husband died."],
                &["Mira Tolash parent-of [sons of Mira Tolash] [0, 1]", "Mira Tolash spouse-of [husband of Mira Tolash] [2]"],
            ),
            (
                "an unnamed relative named elsewhere in the document is that person",
                &["[Mira Tolash|per]’s husband, [Arman Dale|per], was held.", "“He is fine,” [Mira Tolash|per], whose husband was held in May, said."],
                &["Mira Tolash spouse-of Arman Dale [0, 1]"],
            ),
            (
                "her children are the sons already spoken of",
                &["Three of [Mira Tolash|per]’s sons are held.", "She wrote letters about her children."],
                &["Mira Tolash parent-of [sons of Mira Tolash] [0, 1]"],
            ),
            (
                "the husband named in the next sentence is the husband spoken of",
                &["[Saule Ibra|per]'s husband was taken in May.", "The husband, [Daulet Kap|per], a vet, had gone back.", "[Saule Ibra|per] learned that he had died; the news reached her through her husband's elder brother."],
                &["Daulet Kap sibling-of [brother of Daulet Kap] [2]", "Saule Ibra relative-of [brother of Daulet Kap] [2]", "Saule Ibra spouse-of Daulet Kap [0, 1, 2]"],
            ),
            (
                "a definite kin noun with two owners before it names nobody's",
                &["[Saule Ibra|per]'s husband and [Mira Tolash|per]'s husband were taken.", "The husband, [Daulet Kap|per], had gone back."],
                &["Mira Tolash spouse-of [husband of Mira Tolash] [0]", "Saule Ibra spouse-of [husband of Saule Ibra] [0]"],
            ),
            (
                "a spouse named the other way round is her husband",
                &["[Aigul Sadyr|per], [Erbol Sad|per]'s wife, spoke.", "[Aigul Sadyr|per] holds a photograph of her husband.", "She lives with the couple's three children."],
                &["Aigul Sadyr parent-of [children of Aigul Sadyr and Erbol Sad] [2]", "Aigul Sadyr spouse-of Erbol Sad [0, 1]", "Erbol Sad parent-of [children of Aigul Sadyr and Erbol Sad] [2]"],
            ),
            (
                "a partner's children are the couple's children already met",
                &["[Aigul Sadyr|per], [Erbol Sad|per]'s wife, lives with the couple's three children.", "“My children ask for their father,” [Aigul Sadyr|per] said."],
                &["Aigul Sadyr parent-of [children of Aigul Sadyr and Erbol Sad] [0, 1]", "Aigul Sadyr spouse-of Erbol Sad [0]", "Erbol Sad parent-of [children of Aigul Sadyr and Erbol Sad] [0]"],
            ),
            (
                "a partner's sons are not the couple's children",
                &["[Aigul Sadyr|per], [Erbol Sad|per]'s wife, lives with the couple's three children.", "“My sons ask for their father,” [Aigul Sadyr|per] said."],
                &["Aigul Sadyr parent-of [children of Aigul Sadyr and Erbol Sad] [0]", "Aigul Sadyr parent-of [sons of Aigul Sadyr] [1]", "Aigul Sadyr spouse-of Erbol Sad [0]", "Erbol Sad parent-of [children of Aigul Sadyr and Erbol Sad] [0]"],
            ),
            (
                "the daughter of someone, named in the next sentence",
                &["The daughter of [Gulnar Abas|per] told a briefing that her mother was sentenced.", "The daughter, [Zia Mura|per], called the charges absurd."],
                &["Gulnar Abas parent-of Zia Mura [0, 1]"],
            ),
            (
                "a brother named of the speaker's brother",
                &["[Serik Kan|per]'s younger brother, [Daulet Kanov|per], was held.", "“They asked about my brother's calls,” [Daulet Kanov|per] said."],
                &["Serik Kan sibling-of Daulet Kanov [0, 1]"],
            ),
            (
                "the one called the father has no father of his own",
                &["[Dilmurat Sab|per] wrote.", "A year later, his father was taken.", "The father, [Sabit Yun|per], is 71.", "He read the message his father sent."],
                &["Dilmurat Sab child-of Sabit Yun [1, 2]"],
            ),
            (
                "the one named as somebody's mother has no mother of her own",
                &["[Gulnar Hoja|per] and [Aida Sen|per] work in Prague.", "Most were taken in May, among them her mother, [Mira Tolash|per].", "[Mira Tolash|per] was freed after nine days. Her mother needs medicine."],
                &[],
            ),
            (
                "the mother of the one her refers to, where the text leaves no doubt",
                &["[Gulnar Hoja|per] works in Prague.", "Most were taken in May, among them her mother, [Mira Tolash|per].", "[Mira Tolash|per] was freed after nine days. Her mother needs medicine."],
                &["Gulnar Hoja child-of Mira Tolash [1]"],
            ),
            (
                "campaigning for an unnamed relative",
                &["[Arman Dale|per], who is campaigning for the release of his brother, spoke."],
                &["Arman Dale campaigned-for [brother of Arman Dale] [0]", "Arman Dale sibling-of [brother of Arman Dale] [0]"],
            ),
            (
                "a counterpart holds the same office for another country",
                &["[Norway|pla] and [Sweden|pla] met.", "Norwegian Foreign Minister [Ola Nord|per] (right) and his Swedish counterpart, [Li Wen|per], spoke."],
                &["Li Wen minister-of Sweden [1]", "Ola Nord minister-of Norway [1]"],
            ),
            (
                "a successor holds the same office",
                &["Former Norwegian President [Ola Nord|per] left [Norway|pla].", "His successor, President [Li Wen|per], stayed."],
                &["Li Wen head-of Norway [0, 1]", "Ola Nord head-of Norway [0]"],
            ),
            (
                "a caption listing ministers and their countries, at a meeting on an agreement with one of them",
                &["Foreign ministers [Ola Nord|per] ([Norway|pla]), [Li Wen|per] ([Lapland|pla]) and [Sven Berg|per] ([Sweden|pla]) at a meeting that saw an agreement with [Norway|pla]"],
                &["Li Wen minister-of Lapland [0]", "Ola Nord met-with Li Wen [0]", "Ola Nord met-with Sven Berg [0]", "Ola Nord minister-of Norway [0]", "Sven Berg minister-of Sweden [0]"],
            ),
        ];
        for (name, paragraphs, expected) in cases {
            let (entities, relations, _) = compile_text(paragraphs);
            assert_eq!(
                lines(&entities, &relations),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }

    #[test]
    fn unnamed_relatives_have_bracketed_names_ids_and_mentions() {
        let (entities, _, _) =
            compile_text(&["[Mira Tolash|per] said three of her sons were held."]);
        let sons = entities.iter().find(|e| is_unnamed(e)).expect("an unnamed relative");
        assert_eq!(
            (sons.name.as_str(), sons.id.as_str(), sons.kind),
            ("[sons of Mira Tolash]", "sons-of-mira-tolash", EntityKind::Person)
        );
        assert_eq!(sons.mentions.len(), 1);
        assert_eq!(sons.mentions[0].end - sons.mentions[0].start, "three of her sons".len() as u32);
    }
}
