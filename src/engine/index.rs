//! Builds the inverted index when the corpus opens: folded term → sentences with token positions.
//!
//! Each term also gets its transliteration key and its English stem, for query-word expansion.

use std::collections::HashMap;

use super::fnv::BuildFnv;
use super::order;
use super::stem::stem;
use crate::model::{Document, Index, Posting, Sentence, Term};
use crate::text::{fold_into, tokens, translit_key};

/// The index of a folded term, if the text has it.
pub fn term(index: &Index, folded: &str) -> Option<u32> {
    index.terms.binary_search_by(|t| t.text.as_str().cmp(folded)).ok().map(|i| i as u32)
}

/// Indexes every sentence of every document. Terms are numbered in order of appearance through a
/// hash map, then sorted once (a sorted map compared strings on every token: about 20 ms of the
/// page's start in the browser).
pub fn build_index(documents: &[Document], sentences: &[Sentence]) -> Index {
    let mut ids: HashMap<String, u32, BuildFnv> = HashMap::default();
    let mut found: Vec<Term> = Vec::new();
    let mut total_tokens = 0usize;
    let mut folded = String::new();
    for (sentence_index, sentence) in sentences.iter().enumerate() {
        let text = &documents[sentence.doc as usize].text
            [sentence.byte_start as usize..sentence.byte_end as usize];
        for (position, token) in tokens(text).enumerate() {
            let position = position.min(u16::MAX as usize) as u16;
            fold_into(token.text, &mut folded);
            // A term seen before is found without allocating its key.
            let id = match ids.get(folded.as_str()) {
                Some(&id) => id,
                None => {
                    let id = found.len() as u32;
                    ids.insert(folded.clone(), id);
                    found.push(Term { text: folded.clone(), postings: Vec::new() });
                    id
                }
            };
            let list = &mut found[id as usize].postings;
            match list.last_mut() {
                Some(last) if last.sentence == sentence_index as u32 => {
                    last.positions.push(position)
                }
                _ => list
                    .push(Posting { sentence: sentence_index as u32, positions: vec![position] }),
            }
        }
        total_tokens += sentence.token_count as usize;
    }
    drop(ids);
    let mut terms = found;
    order::sort_by(&mut terms, |a, b| a.text.cmp(&b.text));
    let mut variants: Vec<(String, u32)> =
        terms.iter().enumerate().map(|(i, term)| (translit_key(&term.text), i as u32)).collect();
    order::sort(&mut variants);
    let mut stems: Vec<(String, u32)> = terms
        .iter()
        .enumerate()
        .filter_map(|(i, term)| stem(&term.text).map(|s| (s, i as u32)))
        .collect();
    order::sort(&mut stems);
    Index {
        terms,
        variants,
        stems,
        average_sentence_tokens: total_tokens as f32 / sentences.len().max(1) as f32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_sorted_with_positions_and_variants() {
        let text = "Akytkhan protests. Akitkhan protests again, protests.";
        let document = Document { text: text.into(), ..Default::default() };
        let sentences = [
            Sentence { byte_start: 0, byte_end: 18, token_count: 2, ..Default::default() },
            Sentence {
                byte_start: 19,
                byte_end: text.len() as u32,
                token_count: 4,
                ..Default::default()
            },
        ];
        let index = build_index(&[document], &sentences);
        let names: Vec<&str> = index.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(names, ["again", "akitkhan", "akytkhan", "protests"]);
        let protests = &index.terms[3].postings;
        assert_eq!((protests[0].sentence, protests[0].positions.clone()), (0, vec![1]));
        assert_eq!((protests[1].sentence, protests[1].positions.clone()), (1, vec![1, 3]));
        let akitkan: Vec<u32> =
            index.variants.iter().filter(|(key, _)| key == "akitkan").map(|&(_, t)| t).collect();
        assert_eq!(akitkan, [1, 2], "both spellings share one key");
        assert_eq!(index.average_sentence_tokens, 3.0);
    }
}
