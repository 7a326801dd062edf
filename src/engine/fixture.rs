//! Test-only: builds a small synthetic corpus from plain texts through the real segmenter and index builder.
//!
//! Entities are found by their names; typed relations, events, figures and quotes are added by hand.
//!
//! The people and organizations are invented, so no test states a claim about a real person.

use crate::compiler::{relate::co_mentions, segment::sentence_ranges};
use crate::model::{
    Corpus, Document, Entity, EntityKind, Event, Figure, Mention, Quote, Relation, RelationKind,
    Sentence,
};
use crate::text::tokens;

use super::Explorer;

pub struct Fixture {
    pub corpus: Corpus,
}

/// Three documents about invented people: a spouse detained, a meeting, an organization and its members,
/// dates, disagreeing figures and quotes.
pub fn story() -> Explorer {
    Fixture::new(&[
        ("a", "Outlet A", "2019-03-02", "Aigul Serikova protested in Almaty. Her husband Bolat Serikov was detained in Urumqi last month. \"We want answers,\" Aigul Serikova told Radio Steppe. Two of her sons are missing."),
        ("b", "Outlet B", "2020-01-15", "Bolat Serikov met Dana Omarova in Urumqi. Dana Omarova heads Steppe Watch. Steppe Watch counted around 1.2 million Kazakhs detained."),
        ("c", "Outlet B", "2021-06-20", "Erlan Nurov is a member of Steppe Watch. About 1.5 million Kazakhs are detained, Erlan Nurov said. On June 3, Erlan Nurov met officials in Almaty. \"The camps must close,\" Erlan Nurov said."),
    ])
    .entity("aigul-serikova", EntityKind::Person, &["Aigul Serikova"])
    .entity("bolat-serikov", EntityKind::Person, &["Bolat Serikov"])
    .entity("almaty", EntityKind::Place, &["Almaty"])
    .entity("urumqi", EntityKind::Place, &["Urumqi"])
    .entity("dana-omarova", EntityKind::Person, &["Dana Omarova"])
    .entity("steppe-watch", EntityKind::Organization, &["Steppe Watch"])
    .entity("erlan-nurov", EntityKind::Person, &["Erlan Nurov"])
    .entity("radio-steppe", EntityKind::Organization, &["Radio Steppe"])
    .entity("sons-of-aigul-serikova", EntityKind::Person, &["her sons"])
    .renamed("sons-of-aigul-serikova", "[sons of Aigul Serikova]")
    .co_mentions()
    .relation("aigul-serikova", RelationKind::SpouseOf, "bolat-serikov", &["Her husband Bolat Serikov"])
    .relation("bolat-serikov", RelationKind::MetWith, "dana-omarova", &["Bolat Serikov met Dana Omarova"])
    .relation("dana-omarova", RelationKind::HeadOf, "steppe-watch", &["Dana Omarova heads"])
    .relation("erlan-nurov", RelationKind::MemberOf, "steppe-watch", &["Erlan Nurov is a member"])
    .relation("aigul-serikova", RelationKind::ParentOf, "sons-of-aigul-serikova", &["Two of her sons"])
    .event("2021-06-03", "On June 3")
    .event("2019-02", "last month")
    .figure("around 1.2 million", 1.2e6, "Kazakhs detained", "kazakhs-detained", Some("steppe-watch"))
    .figure("About 1.5 million", 1.5e6, "Kazakhs are detained", "kazakhs-detained", Some("erlan-nurov"))
    .quote("aigul-serikova", "We want answers,", Some("radio-steppe"))
    .quote("erlan-nurov", "The camps must close,", None)
    .build()
}

impl Fixture {
    /// Documents `(id, outlet, published, text)`; texts are ASCII so byte and UTF-16 offsets agree.
    pub fn new(documents: &[(&str, &str, &str, &str)]) -> Fixture {
        let mut corpus = Corpus::default();
        for (i, (id, outlet, published, text)) in documents.iter().enumerate() {
            assert!(text.is_ascii(), "fixture texts are ASCII");
            let first = corpus.sentences.len() as u32;
            for (start, end) in sentence_ranges(text) {
                let token_count = tokens(&text[start..end]).count() as u16;
                let (start, end) = (start as u32, end as u32);
                corpus.sentences.push(Sentence {
                    doc: i as u32,
                    paragraph: 0,
                    start,
                    end,
                    byte_start: start,
                    byte_end: end,
                    token_count,
                });
            }
            corpus.documents.push(Document {
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
        Fixture { corpus }
    }

    fn entity_index(&self, id: &str) -> u32 {
        self.corpus
            .entities
            .iter()
            .position(|e| e.id == id)
            .unwrap_or_else(|| panic!("fixture has no entity {id}")) as u32
    }

    /// (doc, sentence, start) of the first occurrence of `words`.
    fn locate(&self, words: &str) -> (u32, u32, u32) {
        for (s, sentence) in self.corpus.sentences.iter().enumerate() {
            let text = &self.corpus.documents[sentence.doc as usize].text
                [sentence.start as usize..sentence.end as usize];
            if let Some(at) = text.find(words) {
                return (sentence.doc, s as u32, sentence.start + at as u32);
            }
        }
        panic!("fixture text has no {words:?}")
    }

    /// An entity mentioned wherever one of its names occurs.
    pub fn entity(mut self, id: &str, kind: EntityKind, names: &[&str]) -> Fixture {
        let mut mentions = Vec::new();
        for (s, sentence) in self.corpus.sentences.iter().enumerate() {
            let text = &self.corpus.documents[sentence.doc as usize].text
                [sentence.start as usize..sentence.end as usize];
            for name in names {
                for (at, _) in text.match_indices(name) {
                    let start = sentence.start + at as u32;
                    mentions.push(Mention {
                        doc: sentence.doc,
                        sentence: s as u32,
                        start,
                        end: start + name.len() as u32,
                    });
                }
            }
        }
        mentions.sort();
        let aliases = names[1..].iter().map(|n| n.to_string()).collect();
        self.corpus.entities.push(Entity {
            id: id.into(),
            name: names[0].into(),
            kind,
            aliases,
            mentions,
            roles: vec![],
        });
        self
    }

    /// Gives an entity another canonical name (an unnamed person's bracketed description).
    pub fn renamed(mut self, id: &str, name: &str) -> Fixture {
        let e = self.entity_index(id) as usize;
        self.corpus.entities[e].name = name.into();
        self
    }

    pub fn co_mentions(mut self) -> Fixture {
        self.corpus.relations.extend(co_mentions(&self.corpus.entities));
        self
    }

    /// A typed relation whose evidence are the sentences holding each of `evidence`.
    pub fn relation(
        mut self,
        source: &str,
        kind: RelationKind,
        target: &str,
        evidence: &[&str],
    ) -> Fixture {
        let (source, target) = (self.entity_index(source), self.entity_index(target));
        let mut evidence: Vec<u32> = evidence.iter().map(|words| self.locate(words).1).collect();
        evidence.sort_unstable();
        self.corpus.relations.push(Relation { source, target, kind, evidence, former: false });
        self
    }

    /// An event dated by `date_text` (its first occurrence), naming the entities of its sentence.
    pub fn event(mut self, date: &str, date_text: &str) -> Fixture {
        let (doc, sentence, start) = self.locate(date_text);
        let entities = self.sentence_entities(sentence);
        self.corpus.events.push(Event {
            date: date.into(),
            date_text: date_text.into(),
            doc,
            sentence,
            start,
            end: start + date_text.len() as u32,
            entities,
        });
        self.corpus.events.sort_by(|a, b| a.date.cmp(&b.date));
        self
    }

    pub fn figure(
        mut self,
        text: &str,
        value: f64,
        counts: &str,
        topic: &str,
        source: Option<&str>,
    ) -> Fixture {
        let (doc, sentence, start) = self.locate(text);
        let source = source.map(|id| self.entity_index(id));
        let figure = Figure {
            text: text.into(),
            value: Some(value),
            counts: counts.into(),
            topic: topic.into(),
            source,
            doc,
            sentence,
            start,
            end: start + text.len() as u32,
        };
        self.corpus.figures.push(figure);
        self
    }

    pub fn quote(mut self, speaker: &str, text: &str, outlet: Option<&str>) -> Fixture {
        let (doc, sentence, start) = self.locate(text);
        let (speaker, outlet) =
            (self.entity_index(speaker), outlet.map(|id| self.entity_index(id)));
        self.corpus.quotes.push(Quote {
            speaker,
            text: text.into(),
            outlet,
            doc,
            sentence,
            start,
            end: start + text.len() as u32,
        });
        self
    }

    fn sentence_entities(&self, sentence: u32) -> Vec<u32> {
        let mut found: Vec<u32> = (0..self.corpus.entities.len() as u32)
            .filter(|&e| {
                self.corpus.entities[e as usize].mentions.iter().any(|m| m.sentence == sentence)
            })
            .collect();
        found.dedup();
        found
    }

    pub fn build(self) -> Explorer {
        Explorer::from_corpus(self.corpus)
    }
}
