//! Fills in what pronouns (`he`, `his`) and organization anaphors (`its`, `the group`) stand for, where the text leaves no doubt.
//!
//! Takes the items of a document's sentences and fills in what personal pronouns (`he`, `her`,
//! `his`) and organization anaphors (`its`, `the organization`, `the group`) stand for, where the
//! text leaves no doubt.
//!
//! A person pronoun refers to the nearest person named before it in its own sentence. Failing
//! that, to the one person named (or already referred to) in the nearest of the two sentences
//! before it; if that sentence names two or more people, the pronoun stays unresolved. `its`, `the
//! organization` and `the group` work the same way with organizations. A pronoun outside quotation
//! marks never refers to someone named inside them (`“… [Alimuly] was stabbed,” she told RFE/RL`),
//! nor to someone buried in the fronted phrase of another clause (`In a letter to President X, he
//! says that his father …`: not X). Pronouns chain: a resolved
//! `she` carries her antecedent into the next sentence. Only entities `eligible` allows can be
//! antecedents (unnamed relatives, for one, are not).

use super::sentence_items::{ItemKind, SentenceItems};
use crate::model::EntityKind;

const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "his", "her", "hers", "himself", "herself"];
const ORGANIZATION_NOUNS: &[&str] = &["organization", "organisation", "group"];
/// How many sentences back a pronoun looks when its own sentence names nobody.
const LOOK_BACK: usize = 2;

/// Whether the item at `i` is an anaphor for an entity of `kind`: a pronoun, or for organizations
/// `the organization` / `the group`, with up to two lower-case words between (`the officially registered group`).
fn is_anaphor(
    items: &[crate::compiler::relate::sentence_items::Item],
    i: usize,
    kind: EntityKind,
) -> bool {
    let lower = items[i].lower.as_str();
    match kind {
        EntityKind::Person => PERSON_PRONOUNS.contains(&lower),
        _ if lower == "its" => true,
        // `the volunteer group Kokjal` names the group it describes: no anaphor.
        _ if ORGANIZATION_NOUNS.contains(&lower) && names_what_follows(items, i) => false,
        _ if ORGANIZATION_NOUNS.contains(&lower) => (1..=3).any(|back| {
            i >= back
                && items[i - back].lower == "the"
                && items[i - back + 1..i]
                    .iter()
                    .all(|w| w.kind == ItemKind::Word && !w.is_capitalized())
        }),
        _ => false,
    }
}

/// Whether the noun at `i` is followed by the name it describes (`the group Qorgau`).
fn names_what_follows(items: &[crate::compiler::relate::sentence_items::Item], i: usize) -> bool {
    items.get(i + 1).is_some_and(|next| next.entity().is_some() || next.is_capitalized())
}

/// Entities (named or referred to) of `kind` before the `pronoun` (all of them in an earlier
/// sentence), in order; outside quotations only when `outside` (what a quoted speaker says names
/// no antecedent for the narrator's pronouns).
fn candidates(
    sentence: &SentenceItems,
    quoted: &[bool],
    pronoun: Option<usize>,
    outside: bool,
    kind: EntityKind,
    kinds: &[EntityKind],
    eligible: &dyn Fn(u32) -> bool,
) -> Vec<u32> {
    let end = pronoun.unwrap_or(sentence.items.len());
    let mut found: Vec<(u32, bool)> = sentence.items[..end]
        .iter()
        .enumerate()
        .zip(quoted)
        .filter(|(_, &q)| !(outside && q))
        .filter(|((i, _), _)| !(pronoun.is_some() && in_opening_phrase(&sentence.items, *i, end)))
        .filter(|((i, _), _)| {
            !(pronoun.is_some() && heads_the_appositive(&sentence.items, *i, end))
        })
        .filter_map(|((i, item), _)| match item.kind {
            ItemKind::Mention(e) if kinds[e as usize] == kind && eligible(e) => {
                Some((e, is_appositive(&sentence.items, i)))
            }
            _ => item.refers.filter(|&e| kinds[e as usize] == kind).map(|e| (e, false)),
        })
        .collect();
    // A name set off as an appositive to a noun (`asked an official, Gu Ming, for …`) is not the
    // nearest antecedent while someone else is named before it.
    if found.iter().any(|(_, appositive)| !appositive) {
        found.retain(|(_, appositive)| !appositive);
    }
    found.into_iter().map(|(e, _)| e).collect()
}

/// Prepositions that open a sentence's fronted phrase (`In a letter to X, he …`, `After meeting X, she …`).
const OPENING_PREPOSITIONS: &[&str] = &[
    "in", "with", "after", "before", "during", "at", "on", "from", "to", "for", "according",
    "following", "despite", "by", "under", "unlike", "like", "since", "through", "without",
];

/// Whether the mention at `i` is buried in the fronted prepositional phrase of a sentence whose
/// clause (with the pronoun at `pronoun`) starts after the phrase's comma: in `In a letter to
/// President X, he says that his father …`, `he` and `his` are not X.
fn in_opening_phrase(
    items: &[crate::compiler::relate::sentence_items::Item],
    i: usize,
    pronoun: usize,
) -> bool {
    let preposition = |w: &crate::compiler::relate::sentence_items::Item| {
        OPENING_PREPOSITIONS.contains(&w.lower.as_str())
    };
    let opens_with_preposition = items.first().is_some_and(preposition);
    let Some(comma) = items.iter().position(|w| w.lower == ",") else { return false };
    // The mention is the object of a preposition inside the phrase (titles may stand between:
    // `to President X`), not the subject of a fronted clause (`After X asked …, he …`).
    let governor = items[..i].iter().rposition(|w| w.kind != ItemKind::Word || !w.is_capitalized());
    let governed = governor.is_some_and(|g| g > 0 && preposition(&items[g]));
    opens_with_preposition && governed && i < comma && comma < pronoun
}

/// Whether the mention at `i` is the name an appositive holding the pronoun describes: in `X, his
/// brother,` the brother is not his own brother, so `his` is someone else.
fn heads_the_appositive(
    items: &[crate::compiler::relate::sentence_items::Item],
    i: usize,
    pronoun: usize,
) -> bool {
    // `X, his wife, and their son` lists X's relatives: there `his` is X.
    let in_a_list = items[pronoun..].iter().take(5).position(|w| w.lower == ",").is_some_and(|c| {
        items.get(pronoun + c + 1).is_some_and(|w| matches!(w.lower.as_str(), "and" | "or"))
    });
    pronoun == i + 2
        && items[i + 1].lower == ","
        && matches!(items[pronoun].lower.as_str(), "his" | "her")
        && !in_a_list
}

/// Whether the mention at `i` is an appositive to a common noun: `an official, Gu Ming,`.
fn is_appositive(items: &[crate::compiler::relate::sentence_items::Item], i: usize) -> bool {
    i >= 2
        && items[i - 1].lower == ","
        && items[i - 2].kind == ItemKind::Word
        && !items[i - 2].is_capitalized()
        && items.get(i + 1).is_some_and(|next| matches!(next.lower.as_str(), "," | "."))
}

/// For every item of every sentence, whether it stands inside double quotation marks; quotations
/// run across sentences but not across paragraphs.
pub fn quotation_marks(sentences: &[SentenceItems]) -> Vec<Vec<bool>> {
    let mut inside = false;
    let mut paragraph = None;
    sentences
        .iter()
        .map(|sentence| {
            if paragraph != Some((sentence.doc, sentence.paragraph)) {
                inside = false;
                paragraph = Some((sentence.doc, sentence.paragraph));
            }
            sentence
                .items
                .iter()
                .map(|item| {
                    if item.lower == "\"" {
                        inside = !inside;
                        true
                    } else {
                        inside
                    }
                })
                .collect()
        })
        .collect()
}

/// Resolves the pronouns of `sentences` (one document's, in order) in place.
pub fn resolve(
    sentences: &mut [SentenceItems],
    kinds: &[EntityKind],
    eligible: &dyn Fn(u32) -> bool,
) {
    let quoted = quotation_marks(sentences);
    for s in 0..sentences.len() {
        for kind in [EntityKind::Person, EntityKind::Organization] {
            for i in 0..sentences[s].items.len() {
                if sentences[s].items[i].kind != ItemKind::Word
                    || !is_anaphor(&sentences[s].items, i, kind)
                {
                    continue;
                }
                let outside = !quoted[s][i];
                let mut referent =
                    candidates(&sentences[s], &quoted[s], Some(i), outside, kind, kinds, eligible)
                        .last()
                        .copied();
                if referent.is_none() {
                    for back in 1..=LOOK_BACK.min(s) {
                        let earlier = &sentences[s - back];
                        if earlier.doc != sentences[s].doc {
                            break;
                        }
                        let mut found = candidates(
                            earlier,
                            &quoted[s - back],
                            None,
                            outside,
                            kind,
                            kinds,
                            eligible,
                        );
                        if found.is_empty() {
                            continue;
                        }
                        found.sort_unstable();
                        found.dedup();
                        referent = (found.len() == 1).then(|| found[0]);
                        break;
                    }
                }
                sentences[s].items[i].refers = referent;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::sentence_items::testing::marked;
    use crate::compiler::relate::sentence_items::Item;

    fn sentences(texts: &[&str]) -> (Vec<SentenceItems>, Vec<EntityKind>, Vec<String>) {
        // Mark every sentence in one text so that entity numbers are shared, then split at ` ¦ `.
        let joined = texts.join(" ¦ ");
        let (_, items, kinds, names) = marked(&joined);
        let mut out = vec![SentenceItems { sentence: 0, doc: 0, paragraph: 0, items: Vec::new() }];
        for item in items {
            if item.text == "¦" {
                let n = out.len() as u32;
                out.push(SentenceItems { sentence: n, doc: 0, paragraph: 0, items: Vec::new() });
            } else {
                out.last_mut().unwrap().items.push(item);
            }
        }
        (out, kinds, names)
    }

    fn resolved(sentences: &[SentenceItems], names: &[String]) -> Vec<String> {
        let name = |item: &Item| item.refers.map_or("?".to_string(), |e| names[e as usize].clone());
        sentences
            .iter()
            .flat_map(|s| {
                s.items
                    .iter()
                    .filter(|i| {
                        i.kind == ItemKind::Word
                            && (PERSON_PRONOUNS.contains(&i.lower.as_str())
                                || i.lower == "its"
                                || ORGANIZATION_NOUNS.contains(&i.lower.as_str()))
                    })
                    .map(name)
            })
            .collect()
    }

    /// (name, sentences, what each pronoun resolves to in order, `?` for unresolved)
    #[test]
    fn pronouns_find_their_antecedents() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "same sentence, nearest person before",
                &["[Mira Tolash|per] said three of her sons left."],
                &["Mira Tolash"],
            ),
            (
                "nearest of two in the sentence",
                &["[Arman Dale|per] told [Mira Tolash|per] that her case was closed."],
                &["Mira Tolash"],
            ),
            (
                "previous sentence with one person",
                &["[Mira Tolash|per] left.", "Her husband stayed."],
                &["Mira Tolash"],
            ),
            (
                "not a person buried in a fronted phrase of another clause",
                &[
                    "[Qaisar Nur|per] wrote twice.",
                    "In a letter to President [Arman Dale|per], he says that his father died.",
                ],
                &["Qaisar Nur", "Qaisar Nur"],
            ),
            (
                "a fronted phrase with two people before is left unresolved",
                &[
                    "[Qaisar Nur|per] met [Mira Tolash|per].",
                    "In a letter to [Arman Dale|per], he asks for help.",
                ],
                &["?"],
            ),
            (
                "not the name an appositive with the pronoun describes",
                &["[Ola Nord|per] said that [Li Wen|per], his brother, stayed."],
                &["Ola Nord"],
            ),
            (
                "a list of relatives after a name belongs to that name",
                &["[Mira Tolash|per] spoke.", "Police questioned [Ola Nord|per], his wife, and their son."],
                &["Ola Nord"],
            ),
            (
                "the subject of a fronted clause is still the antecedent",
                &["After [Arman Dale|per] asked an official, [Gu Ming|per], about his brother, he left."],
                &["Arman Dale", "Arman Dale"],
            ),
            (
                "a person after the fronted phrase is still the antecedent",
                &["In May, [Mira Tolash|per] said her son left."],
                &["Mira Tolash"],
            ),
            (
                "previous sentence with two people is ambiguous",
                &["[Mira Tolash|per] met [Arman Dale|per].", "He left."],
                &["?"],
            ),
            (
                "pronouns chain",
                &["[Mira Tolash|per] left.", "Her sons stayed.", "Nobody came.", "She waited."],
                &["Mira Tolash", "Mira Tolash"],
            ),
            (
                "too far back",
                &["[Mira Tolash|per] left.", "Rain fell.", "Snow fell.", "She waited."],
                &["?"],
            ),
            (
                "its and the organization",
                &[
                    "[Qorgau Birligi|org] grew.",
                    "Police targeted its leader and the organization closed.",
                ],
                &["Qorgau Birligi", "Qorgau Birligi"],
            ),
            (
                "the narrator's pronoun skips quoted names",
                &[
                    "[Mira Tolash|per] spoke.",
                    "“It was not random.",
                    "[Arman Dale|per] was stabbed,” she said.",
                ],
                &["Mira Tolash"],
            ),
            (
                "the group with modifiers",
                &["[Qorgau Birligi|org] formed.", "The officially registered group grew."],
                &["Qorgau Birligi"],
            ),
            (
                "an appositive name yields to the subject",
                &["[Arman Dale|per] asked an official, [Li Wen|per], about his brother."],
                &["Arman Dale"],
            ),
            (
                "a group followed by its name is no anaphor",
                &["[Qorgau Birligi|org] grew.", "The volunteer group [Dala|org] formed."],
                &["?"],
            ),
            (
                "the group before a name describes that name",
                &["[Qorgau Birligi|org] grew.", "She heads the volunteer group [Bosaga|org]."],
                &["?", "?"],
            ),
            (
                "a group without the is not anaphoric",
                &["[Qorgau Birligi|org] grew.", "A group formed."],
                &["?"],
            ),
        ];
        for (name, texts, expected) in cases {
            let (mut items, kinds, names) = sentences(texts);
            resolve(&mut items, &kinds, &|_| true);
            let got = resolved(&items, &names);
            let got: Vec<&str> = got
                .iter()
                .map(String::as_str)
                .filter(|g| *g != "?" || expected.contains(&"?"))
                .collect();
            assert_eq!(got, expected.to_vec(), "{name}");
        }
    }
}
