//! Finds who speaks each sentence's quoted words, from an attribution right after the closing mark (`," said X` or `," X said`).
//!
//! The speaker is a person named or referred to (`she said`) in the attribution that follows the
//! closing quotation mark in the same sentence; a quotation that opens the next sentence of the
//! same paragraph without an attribution of its own continues the same speaker (`“…,” X said.
//! “My children …”`). The speaker's `my` inside the quotation refers to them, and the narrator's
//! third-person pronouns inside it (`his wife`) do not.

use super::sentence_items::{Item, ItemKind, SentenceItems};
use crate::model::EntityKind;

/// Verbs that attribute a quotation to its speaker.
const SPEECH_VERBS: &[&str] =
    &["said", "says", "told", "added", "wrote", "writes", "asked", "explained", "recalled"];
/// How far after its name a speaker's attribution verb may stand (`X, a teacher from Y, said`).
const ASIDE: usize = 12;

/// The person an item names or refers to.
fn person(item: &Item, kinds: &[EntityKind]) -> Option<u32> {
    let e = match item.kind {
        ItemKind::Mention(e) => Some(e),
        ItemKind::Word if matches!(item.lower.as_str(), "he" | "she") => item.refers,
        _ => None,
    }?;
    (kinds[e as usize] == EntityKind::Person).then_some(e)
}

/// The speaker named in the attribution starting at `at` (just after a closing mark).
fn attribution(items: &[Item], at: usize, kinds: &[EntityKind]) -> Option<u32> {
    let at = if items.get(at).is_some_and(|x| x.lower == ",") { at + 1 } else { at };
    let first = items.get(at)?;
    if SPEECH_VERBS.contains(&first.lower.as_str()) {
        return items.get(at + 1).and_then(|x| person(x, kinds));
    }
    let speaker = person(first, kinds)?;
    let verb = items[at + 1..]
        .iter()
        .take(ASIDE)
        .take_while(|x| x.lower != "\"")
        .position(|x| SPEECH_VERBS.contains(&x.lower.as_str()))?;
    // Right after the name, or after an aside set off by commas.
    (verb == 0 || items.get(at + 1).is_some_and(|x| x.lower == ",")).then_some(speaker)
}

/// For every sentence, the speaker of its quoted words, where an attribution gives them.
pub fn speakers(
    sentences: &[SentenceItems],
    quoted: &[Vec<bool>],
    kinds: &[EntityKind],
) -> Vec<Option<u32>> {
    let mut out: Vec<Option<u32>> = Vec::with_capacity(sentences.len());
    for (s, sentence) in sentences.iter().enumerate() {
        let items = &sentence.items;
        let inside = &quoted[s];
        let closing = (0..items.len())
            .filter(|&k| items[k].lower == "\"" && !inside.get(k + 1).copied().unwrap_or(false));
        let own = closing.filter_map(|k| attribution(items, k + 1, kinds)).next();
        let opens_quoted = inside.first().copied().unwrap_or(false);
        let continued = (s > 0
            && opens_quoted
            && sentences[s - 1].doc == sentence.doc
            && sentences[s - 1].paragraph == sentence.paragraph)
            .then(|| out[s - 1])
            .flatten();
        out.push(own.or(continued));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::anaphora::quotation_marks;
    use crate::compiler::relate::sentence_items::testing::marked;

    /// (name, sentences of one paragraph, the speaker of each)
    #[test]
    fn quotations_have_speakers() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "said after the mark",
                &["“My son is held,” said [Mira Tolash|per]."],
                &["Mira Tolash"],
            ),
            ("name then verb", &["“My son is held,” [Mira Tolash|per] said."], &["Mira Tolash"]),
            (
                "an aside between name and verb",
                &["“He is held,” [Mira Tolash|per], a teacher from [Oslo|pla], told reporters."],
                &["Mira Tolash"],
            ),
            (
                "a quotation continues in the next sentence",
                &["“I wrote,” [Mira Tolash|per] said.", "“My son is held.”"],
                &["Mira Tolash", "Mira Tolash"],
            ),
            ("no attribution", &["“My son is held.”"], &["?"]),
            (
                "a name after the verb that is no speaker",
                &["“We wait,” the letter says, quoting [Mira Tolash|per]."],
                &["?"],
            ),
        ];
        for (name, texts, expected) in cases {
            let joined = texts.join(" ¦ ");
            let (_, items, kinds, names) = marked(&joined);
            let mut sentences =
                vec![SentenceItems { sentence: 0, doc: 0, paragraph: 0, items: vec![] }];
            for item in items {
                if item.text == "¦" {
                    let n = sentences.len() as u32;
                    sentences.push(SentenceItems {
                        sentence: n,
                        doc: 0,
                        paragraph: 0,
                        items: vec![],
                    });
                } else {
                    sentences.last_mut().unwrap().items.push(item);
                }
            }
            let quoted = quotation_marks(&sentences);
            let got: Vec<String> = speakers(&sentences, &quoted, &kinds)
                .into_iter()
                .map(|s| s.map_or("?".to_string(), |e| names[e as usize].clone()))
                .collect();
            assert_eq!(got, expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
        }
    }
}
