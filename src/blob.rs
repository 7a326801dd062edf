//! Encodes a [`Corpus`] into the versioned binary blob compiled into the wasm, and decodes it back with clear errors.
//!
//! Layout: 4-byte magic `CEXP`, little-endian `u16` format version, then the postcard-encoded corpus.

use crate::model::Corpus;

pub const MAGIC: [u8; 4] = *b"CEXP";
/// Bump whenever the model changes shape; old blobs are then rejected, never misread.
pub const FORMAT_VERSION: u16 = 3;

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
            DecodeError::TooShort { length } => write!(f, "corpus blob is truncated ({length} bytes)"),
            DecodeError::BadMagic => write!(f, "corpus blob does not start with the CEXP magic"),
            DecodeError::UnsupportedVersion { found, expected } => write!(f, "corpus blob has format version {found}, this engine reads version {expected}"),
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
    let corpus: Corpus = postcard::from_bytes(&bytes[6..]).map_err(|e| DecodeError::Corrupt { reason: e.to_string() })?;
    validate(&corpus).map_err(|reason| DecodeError::Corrupt { reason })?;
    Ok(corpus)
}

/// Checks every cross reference so the engine can index without bounds surprises.
fn validate(corpus: &Corpus) -> Result<(), String> {
    let sentences = corpus.sentences.len() as u32;
    for (i, s) in corpus.sentences.iter().enumerate() {
        let doc = corpus.documents.get(s.doc as usize).ok_or(format!("sentence {i} names document {}", s.doc))?;
        if s.byte_start > s.byte_end || !doc.text.is_char_boundary(s.byte_end as usize) || !doc.text.is_char_boundary(s.byte_start as usize) {
            return Err(format!("sentence {i} has a bad byte range"));
        }
    }
    for d in &corpus.documents {
        if d.first_sentence.checked_add(d.sentence_count).is_none_or(|end| end > sentences) {
            return Err(format!("document {} has a bad sentence range", d.id));
        }
    }
    for e in &corpus.entities {
        if e.mentions.iter().any(|m| m.sentence >= sentences || m.doc as usize >= corpus.documents.len())
            || e.roles.iter().any(|r| r.sentence >= sentences || r.doc as usize >= corpus.documents.len())
        {
            return Err(format!("entity {} has a bad mention", e.id));
        }
    }
    let entities = corpus.entities.len() as u32;
    for r in &corpus.relations {
        if r.source >= entities || r.target >= entities || r.evidence.iter().any(|&s| s >= sentences) {
            return Err("a relation has a bad reference".into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn sample() -> Vec<u8> {
        let corpus = Corpus { documents: vec![Document { id: "d".into(), text: "Text.".into(), ..Default::default() }], ..Default::default() };
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
            ("wrong version", wrong_version, DecodeError::UnsupportedVersion { found: 99, expected: FORMAT_VERSION }),
            ("truncated", blob[..blob.len() - 3].to_vec(), DecodeError::Corrupt { reason: String::new() }),
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
