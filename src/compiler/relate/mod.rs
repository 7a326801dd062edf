//! Stages 6 and 7, relate: gives the relations between entities, typed ones from the sentences' constructions, then co-mentions.
//!
//! [`sentence_items`](mod@sentence_items) lays each sentence out as words and mentions; [`anaphora`]
//! fills in what pronouns stand for, only where the antecedent is unambiguous and agrees in
//! [`gender`]; [`relatives`] reads kinship phrases ([`kinship`], a quote's [`speakers`]) and names or
//! creates relatives; [`pattern`] matches the constructions of [`relation_patterns`],
//! [`role_patterns`], [`verb_patterns`], [`statement_patterns`] and [`interaction_patterns`], each
//! match judged by [`guards`] (vetoed, current, or a former role);
//! [`typed_relations`](mod@typed_relations) joins them into typed relations, and
//! [`co_mentions`](mod@co_mentions) links entities named in one sentence.

mod anaphora;
mod co_mentions;
mod gender;
mod guards;
mod interaction_patterns;
mod kinship;
mod pattern;
mod relation_patterns;
mod relatives;
mod role_patterns;
mod sentence_items;
mod speakers;
mod statement_patterns;
mod typed_relations;
mod verb_patterns;

#[cfg(test)]
pub(in crate::compiler) use anaphora::resolve as resolve_pronouns;
pub(crate) use co_mentions::co_mentions;
pub(in crate::compiler) use pattern::{compile, Context, Match, Pattern};
#[cfg(test)]
pub(in crate::compiler) use sentence_items::testing;
pub(in crate::compiler) use sentence_items::{
    corpus_items, mentions_by_sentence, Item, ItemKind, SentenceItems,
};
pub(in crate::compiler) use typed_relations::{resolved_items, typed_relations, with_co_mentions};
