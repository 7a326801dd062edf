//! Takes a document's candidates and cuts an outlet's name glued before a person's (`Steppe Courier Nurgul Sabit` in a caption) down to the person.
//!
//! Captions and credit lines print an outlet's name straight before a person's. A candidate is cut
//! only when the document names both parts on their own elsewhere: the person (a personal-looking
//! name of two or more words) and the outlet; the candidate keeps its place in the list, so the
//! indexes that acronym definitions and aliases hold stay valid.

use super::candidates::Candidate;
use crate::text::utf16_len;

/// Cuts each glued candidate down to the person's name it ends with, document by document.
pub fn unglue_names(candidates: &mut [Candidate]) {
    let mut start = 0;
    while start < candidates.len() {
        let doc = candidates[start].doc;
        let end = start + candidates[start..].iter().take_while(|c| c.doc == doc).count();
        for c in start..end {
            if let Some(p) = glued_person(&candidates[start..end], c - start) {
                let person = candidates[start + p].clone();
                cut_to(&mut candidates[c], &person);
            }
        }
        start = end;
    }
}

/// The candidate (index within `doc`) of the person candidate `c` of one document ends with, when
/// the words before it are another candidate of the document.
fn glued_person(doc: &[Candidate], c: usize) -> Option<usize> {
    let tokens = &doc[c].tokens;
    if tokens.len() < 3 || doc[c].fixed.is_some() || doc[c].key.is_some() {
        return None;
    }
    let person = (0..doc.len()).find(|&p| {
        let own = &doc[p].tokens;
        p != c
            && doc[p].name_like
            && own.len() >= 2
            && own.len() < tokens.len()
            && tokens.ends_with(own)
            && doc[c].surface.ends_with(&format!(" {}", doc[p].surface))
    })?;
    let outlet = &tokens[..tokens.len() - doc[person].tokens.len()];
    let named_alone = doc.iter().enumerate().any(|(o, other)| {
        o != c
            && other.tokens.len() >= outlet.len()
            && other.tokens.ends_with(outlet)
            && other.tokens.len() <= outlet.len() + 1
            && other.tokens[..other.tokens.len() - outlet.len()]
                .iter()
                .all(|t| t == "the" || t == "The")
    });
    named_alone.then_some(person)
}

/// Makes `candidate` the mention of `person`'s name at its own end.
fn cut_to(candidate: &mut Candidate, person: &Candidate) {
    candidate.start = candidate.end - utf16_len(&person.surface) as u32;
    candidate.surface = person.surface.clone();
    candidate.tokens = person.tokens.clone();
    candidate.name_like = true;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::Votes;

    /// A candidate `text` at `start`, looking like a personal name when all its words are capitalised.
    fn candidate(start: u32, text: &str) -> Candidate {
        let tokens: Vec<String> = text.split(' ').map(String::from).collect();
        Candidate {
            doc: 0,
            sentence: 0,
            start,
            end: start + utf16_len(text) as u32,
            surface: text.into(),
            name_like: tokens.iter().all(|t| t.starts_with(char::is_uppercase)),
            tokens,
            votes: Votes::default(),
            fixed: None,
            world: None,
            weak: false,
            acronym: false,
            key: None,
        }
    }

    #[test]
    fn an_outlet_glued_before_a_person_is_cut_off_only_when_both_are_named_alone() {
        type Case = (&'static str, Vec<(u32, &'static str)>, &'static str);
        let cases: Vec<Case> = vec![
            (
                "both named alone: cut",
                vec![
                    (0, "Steppe Lantern Mira Tolash"),
                    (40, "Mira Tolash"),
                    (80, "Steppe Lantern"),
                ],
                "Mira Tolash",
            ),
            (
                "the outlet named with its article: cut",
                vec![
                    (0, "Steppe Lantern Mira Tolash"),
                    (40, "Mira Tolash"),
                    (80, "the Steppe Lantern"),
                ],
                "Mira Tolash",
            ),
            (
                "the outlet never named alone: kept",
                vec![(0, "Steppe Lantern Mira Tolash"), (40, "Mira Tolash")],
                "Steppe Lantern Mira Tolash",
            ),
            (
                "a three-word name ending in a two-word name: kept",
                vec![(0, "Aruzhan Mira Tolash"), (40, "Mira Tolash")],
                "Aruzhan Mira Tolash",
            ),
        ];
        for (name, spans, expected) in cases {
            let mut candidates: Vec<Candidate> =
                spans.iter().map(|&(at, text)| candidate(at, text)).collect();
            unglue_names(&mut candidates);
            assert_eq!(candidates[0].surface, expected, "{name}");
            let len = utf16_len(expected) as u32;
            assert_eq!(candidates[0].end - candidates[0].start, len, "{name}: span");
        }
    }
}
