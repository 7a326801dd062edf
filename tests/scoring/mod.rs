//! Scoring of extraction against hand-written gold: entities, relations and chrome, summed over a set of fixtures.

#![allow(clippy::disallowed_methods)] // the one-sort rule (clippy.toml) is the wasm engine's, not the tests'

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
