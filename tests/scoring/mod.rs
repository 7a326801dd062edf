//! Scoring of extraction against hand-written gold: entities, relations and chrome, summed over a set of fixtures.

pub mod chrome;
pub mod entities;
pub mod gold;
pub mod relations;

/// `a / b`, or 1 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}
