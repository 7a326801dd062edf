//! Finds mentions of people, organizations and places in segmented documents and resolves them into entities.
//! (Placeholder signature; the extraction engineer replaces this body.)

use crate::model::{Document, Entity, Sentence};

pub fn extract_entities(_documents: &[Document], _sentences: &[Sentence]) -> Vec<Entity> {
    Vec::new()
}
