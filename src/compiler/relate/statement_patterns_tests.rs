//! Table tests of the statement constructions, in invented sentences: what each rule states and the shapes it must not read.

use crate::compiler::relate::relation_patterns::tests::relations_with_outlet;

/// The outlet that publishes the invented document of every case.
const OUTLET: &str = "Dala Times";

/// (name, invented marked sentences split at ` ¦ `, every typed relation expected, sorted)
const CASES: &[(&str, &str, &[&str])] = &[
    // telling an outlet
    (
        "told an outlet after an apposed name",
        "One of the pickets, [Ola Nord|per], told [Steppe Radio|org] that he stays.",
        &["Ola Nord told-outlet Steppe Radio"],
    ),
    (
        "told an outlet after a title and an apposed name",
        "Its chairman, [Ola Nord|per], told [The Fjord Post|org] that the list was sent.",
        &["Ola Nord told-outlet The Fjord Post"],
    ),
    (
        "told an outlet after an adverb",
        "[Mira Ek|per] later told [Steppe Radio|org] that she was afraid.",
        &["Mira Ek told-outlet Steppe Radio"],
    ),
    (
        "told an outlet with 'the'",
        "[Mira Ek|per] told the [Fjord Post|org] by telephone.",
        &["Mira Ek told-outlet Fjord Post"],
    ),
    (
        "told an outlet, coordinated subject",
        "[Mira Ek|per] and [Ola Nord|per] told [Steppe Radio|org] they were fined.",
        &["Mira Ek told-outlet Steppe Radio", "Ola Nord told-outlet Steppe Radio"],
    ),
    (
        "told an outlet, age and apposition between",
        "[Mira Ek|per], 74, a retired nurse, told [Steppe Radio|org] that her son is held.",
        &["Mira Ek told-outlet Steppe Radio"],
    ),
    (
        "told a ministry is no outlet",
        "[Mira Ek|per] later told the [Ministry of Culture|org] about her son.",
        &[],
    ),
    (
        "told a court is no outlet",
        "[Mira Ek|per] told the [Oslo City Court|org] she was innocent.",
        &[],
    ),
    (
        "told reporters is no outlet",
        "[Mira Ek|per] later told reporters in [Oslo|pla] that she was afraid.",
        &[],
    ),
    (
        "told her husband is no outlet",
        "[Mira Ek|per] later told her husband, [Ola Nord|per], everything.",
        &[],
    ),
    ("did not tell an outlet", "[Mira Ek|per] never told [Steppe Radio|org] her name.", &[]),
    (
        "telling quoted inside someone else's quotation",
        "“[Mira Ek|per] later told [Steppe Radio|org] lies,” [Ola Nord|per] said.",
        &[],
    ),
    (
        "who spoke to an outlet",
        "[Ola Nord|per], who spoke to [Steppe Radio|org] last week, was fined.",
        &["Ola Nord told-outlet Steppe Radio"],
    ),
    (
        "who told the document's outlet",
        "[Ola Nord|per], who told the newspaper about the camp, left. [Dala Times|org]",
        &["Ola Nord told-outlet Dala Times"],
    ),
    (
        "who refused to speak to an outlet",
        "[Ola Nord|per], who refused to speak to [Steppe Radio|org], left.",
        &[],
    ),
    (
        "speaking to an outlet, as an aside",
        "[Mira Ek|per], speaking to [Steppe Radio|org] from [Oslo|pla], said she was afraid.",
        &["Mira Ek told-outlet Steppe Radio"],
    ),
    (
        "speaking to the document's outlet, as an aside",
        "[Mira Ek|per], speaking to the paper, said she was afraid. [Dala Times|org]",
        &["Mira Ek told-outlet Dala Times"],
    ),
    (
        "in an interview with an outlet, the speaker after",
        "In a telephone interview with [Steppe Radio|org], [Mira Ek|per] said she was afraid.",
        &["Mira Ek told-outlet Steppe Radio"],
    ),
    (
        "in an interview with an outlet, another speaker's words",
        "In an interview with [Steppe Radio|org] last year, he was calm, [Mira Ek|per] said.",
        &[],
    ),
    (
        "gave an interview to an outlet",
        "[Ola Nord|per] gave a rare interview to [Steppe Radio|org] in May.",
        &["Ola Nord told-outlet Steppe Radio"],
    ),
    (
        "an outlet spoke to someone",
        "[Steppe Radio|org] recently spoke to [Ola Nord|per] in [Oslo|pla].",
        &["Ola Nord told-outlet Steppe Radio"],
    ),
    (
        "an outlet spoke to someone's brother is not him",
        "[Ola Nord|per] left. ¦ [Steppe Radio|org] spoke to his brother in [Oslo|pla].",
        &[],
    ),
    (
        "an outlet interviewed someone",
        "[Steppe Radio|org] interviewed [Ola Nord|per] after his release.",
        &["Ola Nord told-outlet Steppe Radio"],
    ),
    (
        "a ministry spoke to someone is no outlet",
        "The [Ministry of Culture|org] spoke to [Ola Nord|per] on Monday.",
        &[],
    ),
    (
        "quoted by an outlet",
        "[Ola Nord|per] was quoted by [Steppe Radio|org] as saying he was tired.",
        &["Ola Nord told-outlet Steppe Radio"],
    ),
    // writing to someone
    (
        "sent a complaint to a body",
        "[Mira Ek|per] sent a formal complaint to the [Fjord Rights Council|org] in May.",
        &["Mira Ek wrote Fjord Rights Council"],
    ),
    (
        "filed a petition with a ministry",
        "[Mira Ek|per] has filed a petition with the [Ministry of Culture|org].",
        &["Mira Ek wrote Ministry of Culture"],
    ),
    ("sent a photo is no writing", "[Mira Ek|per] sent a photo to [Ola Nord|per].", &[]),
    (
        "asked in writing",
        "[Mira Ek|per] said she had asked the [Security Committee|org] in writing.",
        &["Mira Ek wrote Security Committee"],
    ),
    (
        "asked in person is no writing",
        "[Mira Ek|per] said she had asked the [Security Committee|org] in person.",
        &[],
    ),
    (
        "did not send a letter",
        "[Mira Ek|per] has not sent a letter to the [Ministry of Culture|org].",
        &[],
    ),
];

#[test]
fn statements_are_read_from_their_constructions() {
    for (name, sentence, expected) in CASES {
        assert_eq!(
            relations_with_outlet(sentence, Some(OUTLET)),
            expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            "{name}"
        );
    }
}
