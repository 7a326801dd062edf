//! Text processing shared by compiler and engine: tokens with UTF-16 spans, case and diacritic folding, transliteration keys.

mod fold;
mod tokenize;
mod translit;

pub use fold::{fold, fold_into};
pub use tokenize::{tokens, utf16_len};
pub use translit::translit_key;
