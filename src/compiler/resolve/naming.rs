//! Names an entity from its mentions: the canonical spelling among those seen, the others as aliases, an id slug.

use std::collections::{BTreeMap, BTreeSet};

use super::clusters::Cluster;
use crate::compiler::extract::Candidate;
use crate::compiler::lexicon::{only_noun, slug};
use crate::model::{Entity, EntityKind, Mention};
use crate::text::fold;

/// The text of UTF-16 span `start..end`.
pub(super) fn utf16_slice(text: &str, start: u32, end: u32) -> String {
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
fn canonical_name(kind: EntityKind, forms: &BTreeMap<String, usize>) -> String {
    // A spelling in capitals (`OSLO` in a dateline) yields to the same name in mixed case.
    let mixed: BTreeSet<String> = forms.keys().filter(|f| !shouts(f)).map(|f| fold(f)).collect();
    let eligible = forms.iter().filter(|(f, _)| !(shouts(f) && mixed.contains(&fold(f))));
    let best = match kind {
        // A people by its plural noun (`Uyghurs` over `Uyghur`), then the most frequent spelling.
        EntityKind::Group => eligible.max_by(|a, b| {
            (only_noun(&fold(last_word(a.0))), a.1)
                .cmp(&(only_noun(&fold(last_word(b.0))), b.1))
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

/// An entity from a cluster of candidates and its further mentions.
pub(super) fn entity(
    cluster: &Cluster,
    candidates: &[Candidate],
    extra: Vec<(Mention, String)>,
) -> Entity {
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
pub(super) fn named(kind: EntityKind, found: Vec<(Mention, String)>) -> Entity {
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
