//! Stages 8 to 10, facts: gives the dated events, the direct quotes and the figures the sentences state.
//!
//! [`dates`] reads date expressions, [`events`](mod@events) makes one event per dated sentence,
//! [`quotes`](mod@quotes) finds quoted words with their speaker and outlet, and
//! [`figures`](mod@figures) finds numbers with what they count and who gives them.

mod dates;
mod events;
mod figures;
mod quotes;

pub(in crate::compiler) use events::events;
pub(in crate::compiler) use figures::figures;
pub(in crate::compiler) use quotes::quotes;
