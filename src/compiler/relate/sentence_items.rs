//! Lays one sentence out as a row of items (words, numbers, punctuation, whole mentions), each with its UTF-16 span.
//!
//! Takes one sentence of a document and the entity mentions in it and gives the sentence as a row
//! of items: words, numbers, punctuation marks and whole mentions, each with its UTF-16 span.
//!
//! This is the surface the relation, date, figure and quote readers match on. A mention is one
//! item however many words it has, so a pattern says `$A , head of $B` and not how long names are.
//! Possessive `'s` / `’s` is its own item (`'s`), as is a bare possessive apostrophe after a plural
//! (`relatives’`); hyphenated words (`67-year-old`, `daughters-in-law`) and numbers with separators
//! (`1,782`, `1.2`) stay whole. Every item keeps a `lower` form for matching: lower case, straight
//! apostrophes, straight double quotes for `“ ”`, and `—` for any dash (`--`, `–`).

use crate::model::{Document, Sentence};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Word,
    Number,
    Punct,
    /// A mention of the entity with this index.
    Mention(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    /// As printed.
    pub text: String,
    /// The matching form (see the module header).
    pub lower: String,
    /// UTF-16 span in the document.
    pub start: u32,
    pub end: u32,
    /// For pronouns and anaphoric nouns, the entity they stand for (filled by [`super::anaphora`]).
    pub refers: Option<u32>,
}

impl Item {
    pub fn entity(&self) -> Option<u32> {
        match self.kind {
            ItemKind::Mention(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the word starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == ItemKind::Word && self.text.starts_with(|c: char| c.is_uppercase())
    }
}

/// One sentence as items.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceItems {
    /// Index into the corpus sentences.
    pub sentence: u32,
    pub doc: u32,
    pub paragraph: u32,
    pub items: Vec<Item>,
}

/// A mention to lay over the text: UTF-16 span and entity index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub entity: u32,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

fn normalise_punct(c: char) -> String {
    match c {
        '“' | '”' | '„' | '«' | '»' => "\"".into(),
        '‘' | '’' => "'".into(),
        c if is_dash(c) => "—".into(),
        c => c.to_string(),
    }
}

/// Splits `text` (which starts at UTF-16 offset `base` of its document) into items, laying the
/// mentions (absolute UTF-16 spans, sorted, not overlapping) over the words they cover.
pub fn items_of(text: &str, base: u32, mentions: &[Span]) -> Vec<Item> {
    let chars: Vec<char> = text.chars().collect();
    let mut offsets = Vec::with_capacity(chars.len() + 1);
    let mut at = base;
    for &c in &chars {
        offsets.push(at);
        at += c.len_utf16() as u32;
    }
    offsets.push(at);
    let mut items = Vec::new();
    let mut pending = mentions.iter().peekable();
    let mut i = 0;
    while i < chars.len() {
        while pending.peek().is_some_and(|m| m.start < offsets[i]) {
            pending.next();
        }
        if let Some(m) = pending.peek().filter(|m| m.start == offsets[i]).copied() {
            let mut j = i;
            while j < chars.len() && offsets[j] < m.end {
                j += 1;
            }
            let printed: String = chars[i..j].iter().collect();
            items.push(Item {
                kind: ItemKind::Mention(m.entity),
                lower: printed.to_lowercase(),
                text: printed,
                start: offsets[i],
                end: offsets[j],
                refers: None,
            });
            pending.next();
            i = j;
            continue;
        }
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let next_mention = pending.peek().map(|m| m.start);
        let next_is_mention = |j: usize| next_mention == Some(offsets[j]);
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() && !next_is_mention(j) {
                let d = chars[j];
                let after = chars.get(j + 1).copied();
                let joins = if d.is_alphanumeric() {
                    true
                } else if d == '-' || d == '‐' {
                    after.is_some_and(char::is_alphanumeric)
                } else if matches!(d, ',' | '.') && chars[j - 1].is_ascii_digit() {
                    after.is_some_and(|a| a.is_ascii_digit())
                } else if d == '.' {
                    // Dotted abbreviations: `U.S`, `a.m`.
                    after.is_some_and(char::is_alphabetic)
                        && chars[j - 1].is_alphabetic()
                        && (j < 2 || !chars[j - 2].is_alphabetic())
                } else if is_apostrophe(d) {
                    // `don't` joins; a final `'s` is a possessive item of its own.
                    let possessive_s = matches!(after, Some('s' | 'S'))
                        && !chars.get(j + 2).is_some_and(|x| x.is_alphanumeric());
                    after.is_some_and(char::is_alphabetic) && !possessive_s
                } else {
                    false
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let printed: String = chars[i..j].iter().collect();
            let kind = if c.is_ascii_digit() { ItemKind::Number } else { ItemKind::Word };
            let lower = printed.to_lowercase().replace(['’', 'ʼ'], "'");
            items.push(Item {
                kind,
                lower,
                text: printed,
                start: offsets[i],
                end: offsets[j],
                refers: None,
            });
            i = j;
            continue;
        }
        if is_apostrophe(c) {
            let s_follows = matches!(chars.get(i + 1), Some('s' | 'S'))
                && !chars.get(i + 2).is_some_and(|x| x.is_alphanumeric());
            let after_word = i > 0
                && (chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], ')' | ']' | '.'));
            if after_word && s_follows {
                items.push(Item {
                    kind: ItemKind::Word,
                    text: chars[i..i + 2].iter().collect(),
                    lower: "'s".into(),
                    start: offsets[i],
                    end: offsets[i + 2],
                    refers: None,
                });
                i += 2;
                continue;
            }
            let plural_possessive = after_word
                && chars[i - 1] == 's'
                && !chars.get(i + 1).is_some_and(|x| x.is_alphanumeric());
            if plural_possessive {
                items.push(Item {
                    kind: ItemKind::Word,
                    text: c.to_string(),
                    lower: "'s".into(),
                    start: offsets[i],
                    end: offsets[i + 1],
                    refers: None,
                });
                i += 1;
                continue;
            }
        }
        if c == '-' && chars.get(i + 1) == Some(&'-') {
            items.push(Item {
                kind: ItemKind::Punct,
                text: "--".into(),
                lower: "—".into(),
                start: offsets[i],
                end: offsets[i + 2],
                refers: None,
            });
            i += 2;
            continue;
        }
        items.push(Item {
            kind: ItemKind::Punct,
            text: c.to_string(),
            lower: normalise_punct(c),
            start: offsets[i],
            end: offsets[i + 1],
            refers: None,
        });
        i += 1;
    }
    items
}

/// The items of every sentence of the corpus, with the given mentions laid over them.
/// `mentions[s]` holds the mentions of sentence `s`, sorted by start.
pub fn corpus_items(
    documents: &[Document],
    sentences: &[Sentence],
    mentions: &[Vec<Span>],
) -> Vec<SentenceItems> {
    sentences
        .iter()
        .enumerate()
        .map(|(index, sentence)| {
            let document = &documents[sentence.doc as usize];
            let text = &document.text[sentence.byte_start as usize..sentence.byte_end as usize];
            let own = mentions.get(index).map_or(&[][..], Vec::as_slice);
            SentenceItems {
                sentence: index as u32,
                doc: sentence.doc,
                paragraph: sentence.paragraph,
                items: items_of(text, sentence.start, own),
            }
        })
        .collect()
}

/// Every entity mention grouped by sentence, sorted by start; overlapping mentions keep the longer.
pub fn mentions_by_sentence(
    entities: &[crate::model::Entity],
    sentence_count: usize,
) -> Vec<Vec<Span>> {
    let mut by_sentence: Vec<Vec<Span>> = vec![Vec::new(); sentence_count];
    for (index, entity) in entities.iter().enumerate() {
        for mention in &entity.mentions {
            if let Some(list) = by_sentence.get_mut(mention.sentence as usize) {
                list.push(Span { start: mention.start, end: mention.end, entity: index as u32 });
            }
        }
    }
    for list in &mut by_sentence {
        list.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut kept: Vec<Span> = Vec::with_capacity(list.len());
        for span in list.drain(..) {
            if kept.last().is_none_or(|last| span.start >= last.end) {
                kept.push(span);
            }
        }
        *list = kept;
    }
    by_sentence
}

#[cfg(test)]
pub mod testing {
    //! Invented sentences with marked mentions: `[Mira Tolash|per] met [Qorgau|org].`

    use super::*;
    use crate::model::EntityKind;

    /// Parses a marked sentence into its text, its items and the kinds of its entities (numbered in
    /// order of first appearance; the same name marked twice is the same entity).
    pub fn marked(sentence: &str) -> (String, Vec<Item>, Vec<EntityKind>, Vec<String>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let (mut names, mut kinds): (Vec<String>, Vec<EntityKind>) = (Vec::new(), Vec::new());
        let mut rest = sentence;
        while let Some(open) = rest.find('[') {
            let Some(close) = rest[open..].find(']').map(|c| c + open) else { break };
            let inner = &rest[open + 1..close];
            let Some((name, kind)) = inner.rsplit_once('|') else {
                text.push_str(&rest[..=close]);
                rest = &rest[close + 1..];
                continue;
            };
            text.push_str(&rest[..open]);
            let start = text.encode_utf16().count() as u32;
            text.push_str(name);
            let end = text.encode_utf16().count() as u32;
            let kind = match kind {
                "per" => EntityKind::Person,
                "org" => EntityKind::Organization,
                "pla" => EntityKind::Place,
                "grp" => EntityKind::Group,
                other => panic!("unknown kind {other}"),
            };
            let entity = match names.iter().position(|n| n == name) {
                Some(e) => e,
                None => {
                    names.push(name.to_string());
                    kinds.push(kind);
                    names.len() - 1
                }
            };
            spans.push(Span { start, end, entity: entity as u32 });
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        let items = items_of(&text, 0, &spans);
        (text, items, kinds, names)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::marked;
    use super::*;

    fn shapes(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .map(|i| match i.kind {
                ItemKind::Mention(e) => format!("<{e}>"),
                _ => i.lower.clone(),
            })
            .collect()
    }

    /// (name, marked sentence, expected items: lower forms, mentions as `<n>`)
    #[test]
    fn sentences_become_items() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "mention is one item, possessive apart",
                "[Mira Tolash|per]’s husband, [Arman Dale|per], said.",
                &["<0>", "'s", "husband", ",", "<1>", ",", "said", "."],
            ),
            (
                "hyphenated words and numbers stay whole",
                "A 67-year-old saw 1,782 daughters-in-law and 1.2 million.",
                &[
                    "a", "67-year-old", "saw", "1,782", "daughters-in-law", "and", "1.2",
                    "million", ".",
                ],
            ),
            (
                "quotes and dashes are normalised",
                "“Go -- now,” she said — twice.",
                &["\"", "go", "—", "now", ",", "\"", "she", "said", "—", "twice", "."],
            ),
            (
                "contractions stay whole",
                "They don’t know it’s late.",
                &["they", "don't", "know", "it", "'s", "late", "."],
            ),
            (
                "plural possessive apostrophe",
                "the protesters’ complaints",
                &["the", "protesters", "'s", "complaints"],
            ),
            (
                "dotted abbreviation",
                "a U.S.-based group",
                &["a", "u.s", ".", "-", "based", "group"],
            ),
            (
                "mention inside a hyphenated word",
                "a [Xinjiang|pla]-born man",
                &["a", "<0>", "-", "born", "man"],
            ),
        ];
        for (name, sentence, expected) in cases {
            let (_, items, _, _) = marked(sentence);
            assert_eq!(
                shapes(&items),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }

    #[test]
    fn spans_are_utf16_offsets() {
        let (text, items, _, _) = marked("“Ayé” [Tolash|per] left.");
        let units: Vec<u16> = text.encode_utf16().collect();
        for item in &items {
            assert_eq!(
                String::from_utf16_lossy(&units[item.start as usize..item.end as usize]),
                item.text
            );
        }
    }
}
