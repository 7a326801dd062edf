//! Table tests of the interaction constructions, in invented sentences: what each rule states and the shapes it must not read.

use crate::compiler::relate::relation_patterns::tests::relations_of;

/// (name, invented marked sentences split at ` ¦ `, every typed relation expected, sorted)
const CASES: &[(&str, &str, &[&str])] = &[
    // officers
    ("officers of an organization came and questioned her", "[Mira Ek|per] is 40. ¦ Two officers of [Norway|pla]'s [Security Committee|org], or [SC|org], came to her flat on May 2 and questioned her for two hours.", &["Security Committee questioned Mira Ek"]),
    ("officers came and questioned her brother is not her", "[Mira Ek|per] is 40. ¦ Two officers of the [Security Committee|org] came and questioned her brother.", &[]),
    ("officers of an organization came and detained him", "[Li Wen|per] was home. ¦ Officers of the [Security Committee|org] came at dawn and detained him.", &["Security Committee detained Li Wen"]),
    ("an organization's officers detained", "[Security Committee|org] officers arrested [Li Wen|per] at the border.", &["Security Committee detained Li Wen"]),
    ("an organization's secret police detained", "The [Security Committee|org] secret police arrested [Li Wen|per] in May.", &["Security Committee detained Li Wen"]),
    ("officers did not detain", "[Security Committee|org] officers have not detained [Li Wen|per].", &[]),
    // an organization acting
    ("an organization detained him", "[Li Wen|per] came home. ¦ The [Security Committee|org] later detained him.", &["Security Committee detained Li Wen"]),
    ("an organization detained his son is not him", "[Li Wen|per] came home. ¦ The [Security Committee|org] detained his son.", &[]),
    ("an organization questioned him", "[Li Wen|per] came home. ¦ The [Security Committee|org] questioned him.", &["Security Committee questioned Li Wen"]),
    ("a court released him", "[Li Wen|per] was ill. ¦ The [Oslo City Court|org] released him on bail.", &["Oslo City Court released Li Wen"]),
    ("a court handed him a sentence", "The [Oslo City Court|org] handed [Li Wen|per] a ten-year sentence.", &["Oslo City Court sentenced Li Wen"]),
    // passive
    ("he was detained by", "[Li Wen|per] left. ¦ He was detained in May by officers of the [Security Committee|org].", &["Security Committee detained Li Wen"]),
    ("he was not detained by", "[Li Wen|per] left. ¦ He was not detained by the [Security Committee|org].", &[]),
    ("he was questioned by", "[Li Wen|per] left. ¦ He was questioned for hours by the [Security Committee|org].", &["Security Committee questioned Li Wen"]),
    ("sentenced for a quoted charge by a court", "[Li Wen|per] was sentenced to 15 years for “separatism” by the [Oslo City Court|org].", &["Oslo City Court sentenced Li Wen"]),
    ("his wife was sentenced by a court is not him", "[Li Wen|per] left. ¦ His wife was sentenced by the [Oslo City Court|org].", &[]),
    // summons
    ("summoned to an organization's office", "Her brother, [Li Wen|per], was summoned to the [Security Committee|org]'s [Oslo|pla] office on May 2.", &["Security Committee questioned Li Wen"]),
    ("summoned to the offices of", "[Li Wen|per] was summoned to the offices of the [Security Committee|org].", &["Security Committee questioned Li Wen"]),
    ("summoned for questioning by", "[Li Wen|per] was summoned for questioning by the [Security Committee|org].", &["Security Committee questioned Li Wen"]),
    ("summoned to a court is no questioning", "[Li Wen|per] was summoned to the [Oslo City Court|org] as a witness.", &[]),
    ("not summoned", "[Li Wen|per] was never summoned to the offices of the [Security Committee|org].", &[]),
    // meetings
    ("held talks with", "[Ola Nord|per] held talks with Foreign Minister [Li Wen|per] in [Oslo|pla].", &["Ola Nord met-with Li Wen"]),
    ("received someone", "President [Ola Nord|per] received [Li Wen|per] in [Oslo|pla].", &["Ola Nord met-with Li Wen"]),
    ("received someone's letter is no meeting", "[Ola Nord|per] received [Li Wen|per]'s letter in May.", &[]),
    ("was received by someone", "[Li Wen|per] was received by President [Ola Nord|per].", &["Ola Nord met-with Li Wen"]),
    ("two names met", "[Ola Nord|per] and [Li Wen|per] met in [Oslo|pla] in May.", &["Ola Nord met-with Li Wen"]),
    ("two names who met a third did not meet each other", "[Ola Nord|per] and [Li Wen|per] met with [Mira Ek|per].", &["Li Wen met-with Mira Ek"]),
    ("denied meeting", "[Ola Nord|per] denied that he held talks with [Li Wen|per].", &[]),
];

#[test]
fn interactions_are_read_from_their_constructions() {
    for (name, sentence, expected) in CASES {
        assert_eq!(
            relations_of(sentence),
            expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            "{name}"
        );
    }
}
