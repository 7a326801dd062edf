//! corpus-explorer: compiles raw news captures into a searchable knowledge graph, and explores it in the browser.
//!
//! Build time (native): [`compiler`] reads `corpus/`, cleans, segments, extracts and indexes it into a
//! [`model::Corpus`], which [`blob`] encodes. Run time (wasm or native): [`engine::Explorer`] decodes
//! the embedded blob once and answers search, entity and graph queries; `bindings` exposes it to JS.

pub mod blob;
pub mod engine;
pub mod model;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_methods)]
// native only: the one-sort rule is the wasm engine's (clippy.toml)
pub mod compiler;

#[cfg(target_arch = "wasm32")]
mod bindings;
