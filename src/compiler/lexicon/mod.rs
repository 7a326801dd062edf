//! The lexicon: generic knowledge that extract, resolve and relate look words and names up in.
//!
//! [`gazetteer`] (countries, capitals, regions, titles, keyword and cue words), [`peoples`]
//! (ethnonyms and nationalities), [`demonyms`] (a nationality word to the corpus's country entity),
//! [`overrides`] (the curated `overrides.toml`) and [`names`] (the keys two spellings of a name are
//! compared by). None of it lists this corpus's names.

mod demonyms;
mod gazetteer;
mod names;
pub(in crate::compiler) mod overrides;
mod peoples;

#[cfg(test)]
pub(in crate::compiler) use demonyms::country_names;
pub(in crate::compiler) use demonyms::Nationalities;
pub(in crate::compiler) use gazetteer::{
    is_connector, is_credit_word, is_demonym, is_inner_possessive, is_known_place, is_member_role,
    is_modifier, is_month_or_day, is_name_particle, is_name_preposition, is_org_keyword,
    is_place_keyword, is_plain_acronym, is_speech_verb, is_stopword, is_title, is_title_descriptor,
    noun_kind, official_country, world_alias, world_name_of_country,
};
pub(in crate::compiler) use names::{
    keys_match, name_key, names_match, patronymic_forms_match, patronymic_stem, slug,
    spells_acronym, token_key,
};
pub(in crate::compiler) use peoples::{country_of, only_noun, people_word};
