//! Encodes a [`Corpus`] into the versioned binary blob compiled into the wasm, and decodes it back with clear errors.
//!
//! Layout: 4-byte magic `CEXP`, little-endian `u16` format version, then the postcard-encoded corpus.

use crate::model::{is_date_prefix, Corpus};

pub const MAGIC: [u8; 4] = *b"CEXP";
/// Bump whenever the model changes shape; old blobs are then rejected, never misread.
pub const FORMAT_VERSION: u16 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    TooShort { length: usize },
    BadMagic,
    UnsupportedVersion { found: u16, expected: u16 },
    Corrupt { reason: String },
}

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            DecodeError::TooShort { length } => {
                write!(f, "corpus blob is truncated ({length} bytes)")
            }
            DecodeError::BadMagic => write!(f, "corpus blob does not start with the CEXP magic"),
            DecodeError::UnsupportedVersion { found, expected } => write!(
                f,
                "corpus blob has format version {found}, this engine reads version {expected}"
            ),
            DecodeError::Corrupt { reason } => write!(f, "corpus blob is corrupt: {reason}"),
        }
    }
}

pub fn encode(corpus: &Corpus) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend(postcard::to_allocvec(corpus).expect("a corpus always serializes"));
    out
}

pub fn decode(bytes: &[u8]) -> Result<Corpus, DecodeError> {
    if bytes.len() < 6 {
        return Err(DecodeError::TooShort { length: bytes.len() });
    }
    if bytes[..4] != MAGIC {
        return Err(DecodeError::BadMagic);
    }
    let found = u16::from_le_bytes([bytes[4], bytes[5]]);
    if found != FORMAT_VERSION {
        return Err(DecodeError::UnsupportedVersion { found, expected: FORMAT_VERSION });
    }
    let (corpus, rest): (Corpus, &[u8]) = postcard::take_from_bytes(&bytes[6..])
        .map_err(|e| DecodeError::Corrupt { reason: e.to_string() })?;
    if !rest.is_empty() {
        return Err(DecodeError::Corrupt {
            reason: format!("{} bytes follow the corpus", rest.len()),
        });
    }
    validate(&corpus).map_err(|reason| DecodeError::Corrupt { reason })?;
    Ok(corpus)
}

/// Checks every cross reference and offset the engine relies on, so a blob that decodes never makes the
/// engine index out of bounds or slice inside a character: ids unique, dates well formed, each sentence
/// inside its document (bytes on character boundaries, UTF-16 offsets agreeing with them), each mention
/// and role inside its sentence, each event, figure and quote inside its document and naming existing
/// entities. One pass over the text: cheap enough to run at every page load.
fn validate(corpus: &Corpus) -> Result<(), String> {
    let documents = corpus.documents.len();
    let sentences = corpus.sentences.len();
    let entities = corpus.entities.len();
    let mut doc_ids = std::collections::BTreeSet::new();
    let mut utf16_lengths = Vec::with_capacity(documents);
    for (d, doc) in corpus.documents.iter().enumerate() {
        let id = clipped(&doc.id);
        if !doc_ids.insert(doc.id.as_str()) {
            return Err(format!("document id {id} is used twice"));
        }
        if !is_date_prefix(&doc.published) {
            return Err(format!("document {id} has a bad publication date"));
        }
        let length = crate::text::utf16_len(&doc.text);
        if doc.paragraphs.iter().any(|p| p.start > p.end || p.end as usize > length) {
            return Err(format!("document {id} has a paragraph outside its text"));
        }
        let range = (doc.first_sentence as usize)
            ..(doc.first_sentence as usize).saturating_add(doc.sentence_count as usize);
        if range.end > sentences {
            return Err(format!("document {id} has a bad sentence range"));
        }
        // Sentences in order, each on character boundaries, with UTF-16 offsets that agree with the bytes.
        let (mut byte, mut unit) = (0usize, 0usize);
        for i in range {
            let s = &corpus.sentences[i];
            let (start, end) = (s.byte_start as usize, s.byte_end as usize);
            let in_order = s.doc as usize == d
                && byte <= start
                && start <= end
                && doc.text.is_char_boundary(start)
                && doc.text.is_char_boundary(end);
            if !in_order || end > doc.text.len() {
                return Err(format!("sentence {i} of document {id} has a bad byte range"));
            }
            let unit_start = unit + crate::text::utf16_len(&doc.text[byte..start]);
            let unit_end = unit_start + crate::text::utf16_len(&doc.text[start..end]);
            if (s.start as usize, s.end as usize) != (unit_start, unit_end) {
                return Err(format!(
                    "sentence {i} of document {id} has offsets that disagree with its text"
                ));
            }
            (byte, unit) = (end, unit_end);
        }
        utf16_lengths.push(length);
    }
    for (i, s) in corpus.sentences.iter().enumerate() {
        let doc = corpus
            .documents
            .get(s.doc as usize)
            .ok_or(format!("sentence {i} names document {}", s.doc))?;
        let inside = (doc.first_sentence as usize
            ..doc.first_sentence as usize + doc.sentence_count as usize)
            .contains(&i);
        if !inside {
            return Err(format!(
                "sentence {i} is outside the sentences of document {}",
                clipped(&doc.id)
            ));
        }
    }
    // A span within sentence `sentence` of document `doc`.
    let in_sentence = |doc: u32, sentence: u32, start: u32, end: u32| {
        corpus
            .sentences
            .get(sentence as usize)
            .is_some_and(|s| s.doc == doc && s.start <= start && start <= end && end <= s.end)
    };
    // A span within document `doc`, and sentence `sentence` of that document.
    let in_document = |doc: u32, sentence: u32, start: u32, end: u32| {
        corpus.sentences.get(sentence as usize).is_some_and(|s| s.doc == doc)
            && start <= end
            && utf16_lengths.get(doc as usize).is_some_and(|&n| end as usize <= n)
    };
    let mut entity_ids = std::collections::BTreeSet::new();
    for e in &corpus.entities {
        let id = clipped(&e.id);
        if !entity_ids.insert(e.id.as_str()) {
            return Err(format!("entity id {id} is used twice"));
        }
        if e.mentions.iter().any(|m| !in_sentence(m.doc, m.sentence, m.start, m.end))
            || e.roles.iter().any(|r| !in_sentence(r.doc, r.sentence, r.start, r.end))
        {
            return Err(format!("entity {id} has a bad mention"));
        }
    }
    let entity = |e: u32| (e as usize) < entities;
    if !corpus.relations.iter().all(|r| {
        entity(r.source) && entity(r.target) && r.evidence.iter().all(|&s| (s as usize) < sentences)
    }) {
        return Err("a relation has a bad reference".into());
    }
    if !corpus.events.iter().all(|e| {
        is_date_prefix(&e.date)
            && in_document(e.doc, e.sentence, e.start, e.end)
            && e.entities.iter().all(|&x| entity(x))
    }) {
        return Err("an event has a bad reference".into());
    }
    if !corpus
        .figures
        .iter()
        .all(|f| in_document(f.doc, f.sentence, f.start, f.end) && f.source.is_none_or(entity))
    {
        return Err("a figure has a bad reference".into());
    }
    if !corpus.quotes.iter().all(|q| {
        in_document(q.doc, q.sentence, q.start, q.end)
            && entity(q.speaker)
            && q.outlet.is_none_or(entity)
    }) {
        return Err("a quote has a bad reference".into());
    }
    Ok(())
}

/// An id from a damaged blob, quoted and cut short for an error message.
fn clipped(id: &str) -> String {
    format!("{:?}", id.chars().take(64).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn sample() -> Vec<u8> {
        let corpus = Corpus {
            documents: vec![Document {
                id: "d".into(),
                published: "2021".into(),
                text: "Text.".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        encode(&corpus)
    }

    #[test]
    fn a_blob_round_trips() {
        let blob = sample();
        assert_eq!(decode(&blob).unwrap().documents[0].id, "d");
    }

    #[test]
    fn damaged_blobs_are_rejected_with_a_reason() {
        let blob = sample();
        let mut wrong_magic = blob.clone();
        wrong_magic[0] = b'X';
        let mut wrong_version = blob.clone();
        wrong_version[4] = 99;
        let cases: [(&str, Vec<u8>, DecodeError); 4] = [
            ("empty", vec![], DecodeError::TooShort { length: 0 }),
            ("wrong magic", wrong_magic, DecodeError::BadMagic),
            (
                "wrong version",
                wrong_version,
                DecodeError::UnsupportedVersion { found: 99, expected: FORMAT_VERSION },
            ),
            (
                "truncated",
                blob[..blob.len() - 3].to_vec(),
                DecodeError::Corrupt { reason: String::new() },
            ),
        ];
        for (name, bytes, expected) in cases {
            let error = decode(&bytes).expect_err(name);
            match (&error, &expected) {
                (DecodeError::Corrupt { .. }, DecodeError::Corrupt { .. }) => {}
                _ => assert_eq!(error, expected, "{name}"),
            }
        }
    }
}
