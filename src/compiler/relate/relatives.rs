//! Turns a document's kinship phrases into family relations, naming each relative the document names and making entities of the rest.
//!
//! Takes the kinship phrases of every sentence ([`super::kinship`]) and gives (source, target,
//! kind, sentence) family relations, appending the unnamed relatives as person entities named by
//! a bracketed description (`[sons of Qalida Akytkhan]`) with the phrase as their mention.
//!
//! A relative spoken of without a name is the person the document names in that role: the same
//! kin noun of the same owner named elsewhere (`whose husband` after `X's husband, Y`), or, for a
//! singular kin noun, the one person the document names as that owner's relative of the same kind
//! in either direction and of a gender that fits (`her husband` after `X, Y's wife`). Phrases whose
//! owner only the document gives are resolved here: `The husband, Y,` opening a sentence names the
//! one husband spoken of in the three sentences before; `the couple's children` belong to both
//! partners of the one couple named so far; `her husband's elder brother` is the brother of the
//! husband when the husband is named, and a relative of her. A pronoun that makes someone their
//! own relative (`his father` where `his` is the man the text calls `the father`) gives nothing.

use std::collections::{BTreeMap, BTreeSet};

use super::gender::{self, Genders};
use super::kinship::{kin_kind, kin_phrases, KinPhrase, Via, NOBODY};
use super::sentence_items::SentenceItems;
use crate::compiler::lexicon::slug;
use crate::model::{Document, Entity, EntityKind, Mention, RelationKind};

/// Kin nouns that name a whole class of relatives: one group of that class already met is them.
const GENERAL_KIN: &[&str] = &["children", "kids", "relatives"];
/// Singular kin nouns that name one person (what a named relative of the same kind can be).
const SINGULAR_KIN: &[&str] = &[
    "husband", "wife", "spouse", "widow", "widower", "father", "mother", "brother", "sister",
    "son", "daughter",
];
/// How many sentences back `The husband, Y,` looks for the husband spoken of.
const DEFINITE_REACH: u32 = 3;

/// A family relation a sentence states: source, target, kind, evidence sentence.
pub type Stated = (u32, u32, RelationKind, u32);

/// A phrase of one document's sentence.
struct Read {
    doc: u32,
    sentence: u32,
    phrase: KinPhrase,
}

/// The relation read the other way (`parent-of` ↔ `child-of`).
fn inverse(kind: RelationKind) -> RelationKind {
    match kind {
        RelationKind::ParentOf => RelationKind::ChildOf,
        RelationKind::ChildOf => RelationKind::ParentOf,
        other => other,
    }
}

/// What the document knows of named relatives.
struct Known<'a> {
    named: &'a [Read],
    genders: Genders,
}

impl Known<'_> {
    fn new<'a>(reads: &'a [Read], items: &[SentenceItems]) -> Known<'a> {
        let mut genders = Genders::from_pronouns(items);
        for read in reads.iter().filter(|r| matches!(r.phrase.via, Via::Owner | Via::Unowned)) {
            if let Some(g) = gender::of_kin(&read.phrase.label) {
                for &person in &read.phrase.named {
                    genders.vote(person, g, 2);
                }
            }
        }
        Known { named: reads, genders }
    }

    fn named_in(&self, doc: u32) -> impl Iterator<Item = &KinPhrase> {
        self.named
            .iter()
            .filter(move |r| {
                r.doc == doc && r.phrase.via == Via::Owner && !r.phrase.named.is_empty()
            })
            .map(|r| &r.phrase)
    }

    /// The named relatives `label` of `owner` stands for in document `doc`, if the document names them.
    fn relatives(&self, doc: u32, owner: u32, label: &str, kind: RelationKind) -> Vec<u32> {
        let mut same: Vec<u32> = self
            .named_in(doc)
            .filter(|p| p.owner == owner && p.label == label)
            .flat_map(|p| p.named.iter().copied())
            .collect();
        if !same.is_empty() || !SINGULAR_KIN.contains(&label) || kind == RelationKind::RelativeOf {
            same.dedup();
            return same;
        }
        let mut either: BTreeSet<u32> = BTreeSet::new();
        for p in self.named_in(doc) {
            if p.owner == owner && p.kind == kind {
                either.extend(&p.named);
            }
            if p.named.contains(&owner) && inverse(p.kind) == kind && p.owner != NOBODY {
                either.insert(p.owner);
            }
        }
        let fits = gender::of_kin(label);
        let either: Vec<u32> =
            either.into_iter().filter(|&e| self.genders.agrees(e, fits)).collect();
        if either.len() == 1 {
            either
        } else {
            vec![]
        }
    }

    /// Whether the document names `person` as someone's `label` (`The father, X`, `her mother, X`
    /// whoever `her` is): then a pronoun that makes `label` theirs (`his father`) was resolved to
    /// the wrong person.
    fn is_named_as(&self, doc: u32, person: u32, label: &str) -> bool {
        let unowned = self.named.iter().filter(|r| r.doc == doc && r.phrase.via == Via::Unowned);
        self.named_in(doc)
            .chain(unowned.map(|r| &r.phrase))
            .any(|p| p.label == label && p.named.contains(&person))
    }

    /// The one couple document `doc` names up to `sentence`, as (partner, partner).
    fn couple(&self, doc: u32, sentence: u32) -> Option<(u32, u32)> {
        let pairs: BTreeSet<(u32, u32)> = self
            .named
            .iter()
            .filter(|r| r.doc == doc && r.sentence <= sentence && r.phrase.via == Via::Owner)
            .filter(|r| r.phrase.kind == RelationKind::SpouseOf)
            .flat_map(|r| {
                r.phrase.named.iter().map(|&n| (r.phrase.owner.min(n), r.phrase.owner.max(n)))
            })
            .collect();
        (pairs.len() == 1).then(|| pairs.into_iter().next()).flatten()
    }
}

/// Gives `The husband, Y,` the owner of the one unnamed husband spoken of just before; drops it otherwise.
fn resolve_definite(reads: &mut Vec<Read>) {
    let owners: Vec<Option<u32>> = reads
        .iter()
        .map(|r| {
            if r.phrase.via != Via::Definite {
                return None;
            }
            let before: BTreeSet<u32> = reads
                .iter()
                .filter(|e| {
                    e.doc == r.doc && e.phrase.via == Via::Owner && e.phrase.named.is_empty()
                })
                .filter(|e| e.sentence < r.sentence && e.sentence + DEFINITE_REACH >= r.sentence)
                .filter(|e| e.phrase.label == r.phrase.label)
                .map(|e| e.phrase.owner)
                .collect();
            (before.len() == 1).then(|| before.into_iter().next()).flatten()
        })
        .collect();
    for (read, owner) in reads.iter_mut().zip(owners) {
        if let Some(owner) = owner {
            read.phrase.owner = owner;
            read.phrase.via = Via::Owner;
        }
    }
    reads.retain(|r| r.phrase.via != Via::Definite);
}

/// Unnamed relatives made so far: (owners, label) → entity index.
type Unnamed = BTreeMap<(Vec<u32>, String), u32>;

/// Reads the kinship phrases of `items`; appends unnamed relatives to `entities` and gives the family relations.
pub fn read_kinship(
    documents: &[Document],
    items: &[SentenceItems],
    entities: &mut Vec<Entity>,
    named: usize,
) -> Vec<Stated> {
    let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let mut reads: Vec<Read> =
        items
            .iter()
            .flat_map(|s| {
                kin_phrases(s, &kinds, &|e| (e as usize) < named)
                    .into_iter()
                    .map(move |phrase| Read { doc: s.doc, sentence: s.sentence, phrase })
            })
            .collect();
    resolve_definite(&mut reads);
    let known = Known::new(&reads, items);
    let mut unnamed = Unnamed::new();
    let mut stated = Vec::new();
    // Specific kin nouns first, so that a general one (`her children`) can mean a group already met (`her sons`).
    let mut order: Vec<&Read> = reads.iter().collect();
    order.sort_by_key(|r| (GENERAL_KIN.contains(&r.phrase.label.as_str()), r.sentence));
    for read in order {
        let phrase = &read.phrase;
        // Who owns the relative, and who else is their kin (`her` of `her husband's brother`).
        let (owners, also): (Vec<u32>, Option<u32>) = match &phrase.via {
            Via::Owner => (vec![phrase.owner], None),
            Via::Couple => match known.couple(read.doc, read.sentence) {
                Some((a, b)) => (vec![a, b], None),
                None => continue,
            },
            Via::Relative { label, kind } => {
                match known.relatives(read.doc, phrase.owner, label, *kind)[..] {
                    [relative] => (vec![relative], Some(phrase.owner)),
                    _ => continue,
                }
            }
            Via::Definite | Via::Unowned => continue,
        };
        let relatives = if !phrase.named.is_empty() {
            phrase.named.clone()
        } else {
            let found = match owners[..] {
                [owner] => known.relatives(read.doc, owner, &phrase.label, phrase.kind),
                _ => vec![],
            };
            if owners.len() == 1
                && found.is_empty()
                && known.is_named_as(read.doc, owners[0], &phrase.label)
            {
                continue;
            }
            if found.is_empty() {
                vec![unnamed_relative(documents, read, &owners, entities, &mut unnamed)]
            } else {
                found
            }
        };
        for relative in relatives {
            for &owner in &owners {
                stated.push((owner, relative, phrase.kind, read.sentence));
            }
            if let Some(kin) = also {
                stated.push((kin, relative, RelationKind::RelativeOf, read.sentence));
            }
        }
    }
    stated
}

/// The entity standing for an unnamed relative: a group of the same kind already met for a general
/// kin noun (`her children` after `her sons`, a partner's `my children` after `the couple's
/// children`), else one entity per owners and kin noun.
fn unnamed_relative(
    documents: &[Document],
    read: &Read,
    owners: &[u32],
    entities: &mut Vec<Entity>,
    unnamed: &mut Unnamed,
) -> u32 {
    let phrase = &read.phrase;
    if GENERAL_KIN.contains(&phrase.label.as_str()) {
        let same_kind: Vec<u32> = unnamed
            .iter()
            .filter(|((o, label), _)| {
                shares_the_group(o, owners)
                    && kin_kind(label.split(' ').next().unwrap_or("")) == Some(phrase.kind)
            })
            .map(|(_, &i)| i)
            .collect();
        if let [group] = same_kind[..] {
            return group;
        }
    }
    let index = *unnamed.entry((owners.to_vec(), phrase.label.clone())).or_insert_with(|| {
        let whose: Vec<&str> = owners.iter().map(|&o| entities[o as usize].name.as_str()).collect();
        let name = format!("[{} of {}]", phrase.label, whose.join(" and "));
        entities.push(Entity {
            id: slug(&name),
            name,
            kind: EntityKind::Person,
            aliases: vec![],
            mentions: vec![],
            roles: vec![],
        });
        (entities.len() - 1) as u32
    });
    let mention =
        Mention { doc: read.doc, sentence: read.sentence, start: phrase.start, end: phrase.end };
    let relative = &mut entities[index as usize];
    if !relative.mentions.contains(&mention) {
        relative.mentions.push(mention);
        relative.mentions.sort_by_key(|m| (m.doc, m.start, m.end));
    }
    // The phrase that stands for them is how the text spells them: an alias, like any surface form.
    let surface = utf16_slice(&documents[read.doc as usize].text, phrase.start, phrase.end);
    if !surface.is_empty() && surface != relative.name && !relative.aliases.contains(&surface) {
        relative.aliases.push(surface);
        relative.aliases.sort();
    }
    index
}

/// Whether a group of relatives of `group_owners` can be what a general kin noun of `owners`
/// means: the same owners, or one partner of the couple whose group it is (`My children`, said by
/// the wife, after `the couple's three children`).
fn shares_the_group(group_owners: &[u32], owners: &[u32]) -> bool {
    group_owners == owners
        || matches!(owners, [one] if group_owners.len() > 1 && group_owners.contains(one))
}

/// The text between two UTF-16 offsets of `text` (empty when they fall outside it).
fn utf16_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    units.get(start as usize..end as usize).map(String::from_utf16_lossy).unwrap_or_default()
}
