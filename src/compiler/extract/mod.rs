//! Stages 3 and 5, extract: reads every sentence into candidate mentions of people, organizations, places and groups.
//!
//! Steps: [`words`] gives each sentence's words and the corpus vocabulary; [`candidates`] reads each
//! sentence into candidate mentions (with the units [`name_units`] admits, typed by [`typing`] with
//! [`cues`], [`cue_phrases`] and the lexicon, titles split off by [`titles`], acronyms by
//! [`acronyms`]); [`aliases`] joins names a phrase declares one; [`glued`] cuts an outlet's name
//! glued before a person's; [`own_outlet`] votes organization for the document's own outlet; lower-case ministries and their resolution keys come from
//! [`ministries`]; [`groups`] finds peoples named with a noun. After resolution, [`roles`] reads the
//! role lines of each person.

mod acronyms;
mod aliases;
mod candidates;
mod cue_phrases;
mod cues;
mod glued;
mod groups;
mod ministries;
mod name_units;
mod org_phrases;
mod own_outlet;
mod roles;
mod titles;
mod typing;
mod words;

use std::collections::{BTreeMap, BTreeSet};

use crate::compiler::lexicon::people_word;
use crate::model::{Document, EntityKind, Sentence};
use crate::text::fold;
use candidates::Reader;
use groups::GroupReader;
use words::{is_headline, Vocabulary};

pub(in crate::compiler) use candidates::{AcronymDefinition, Candidate};
pub(in crate::compiler) use cues::Votes;
pub(in crate::compiler) use groups::{cluster_groups, GroupMention};
pub(in crate::compiler) use roles::attach_roles;
pub(in crate::compiler) use words::{sentence_words, SentenceWords, Shape};

/// What extraction found in the sentences, indexed as the sentences are.
pub(in crate::compiler) struct Extracted<'t> {
    /// The words of each sentence.
    pub words: Vec<SentenceWords<'t>>,
    /// Whether each sentence is a headline (where capitals prove nothing).
    pub headline: Vec<bool>,
    /// Candidate mentions, in sentence order.
    pub candidates: Vec<Candidate>,
    /// Acronyms defined by their long form (`Long Name (LN)`), as candidate indexes.
    pub definitions: Vec<AcronymDefinition>,
    /// Candidate pairs a naming phrase declares one entity.
    pub aliases: Vec<(usize, usize)>,
    /// Peoples named with a noun.
    pub groups: Vec<GroupMention>,
}

/// Reads every sentence into candidate mentions, acronym definitions, declared aliases and group mentions.
pub(in crate::compiler) fn extract<'t>(
    documents: &'t [Document],
    sentences: &[Sentence],
) -> Extracted<'t> {
    let vocabulary = Vocabulary::build(documents, sentences);
    let words: Vec<SentenceWords> =
        sentences.iter().map(|s| sentence_words(&documents[s.doc as usize].text, s)).collect();
    let headline: Vec<bool> = sentences
        .iter()
        .zip(&words)
        .map(|(s, w)| is_headline(&documents[s.doc as usize], s, w))
        .collect();
    let (mut candidates, mut definitions, mut aliases) = (Vec::new(), Vec::new(), Vec::new());
    // The document and candidate range of the last body sentence read.
    let mut previous: Option<(u32, std::ops::Range<usize>)> = None;
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
        if let Some(b) = reader.named_for_pronoun(base, &candidates) {
            let same_doc = previous.clone().filter(|(doc, _)| *doc == sentence.doc);
            if let Some(a) = same_doc.and_then(|(_, range)| only_person(&candidates, range)) {
                aliases.push((a, b));
            }
        }
        previous = Some((sentence.doc, base..candidates.len()));
    }
    glued::unglue_names(&mut candidates);
    own_outlet::vote_own_outlet(documents, &mut candidates);
    let group_mentions = find_groups(
        documents, sentences, &words, &headline, &mut candidates, &mut definitions, &mut aliases,
    );
    ministries::assign_keys(&mut candidates, |s| &words[s as usize]);
    Extracted { words, headline, candidates, definitions, aliases, groups: group_mentions }
}

/// The one person-like candidate of a range, the only antecedent a pronoun can have there.
fn only_person(candidates: &[Candidate], range: std::ops::Range<usize>) -> Option<usize> {
    let mut people = range.filter(|&c| aliases::person_like(&candidates[c]));
    let first = people.next()?;
    people.next().is_none().then_some(first)
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
