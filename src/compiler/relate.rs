//! Links entities named in one sentence (co-mention), each link citing its sentences.
//! (Placeholder signature; the extraction engineer replaces this body.)

use crate::model::{Entity, Relation};

pub fn co_mentions(_entities: &[Entity]) -> Vec<Relation> {
    Vec::new()
}
