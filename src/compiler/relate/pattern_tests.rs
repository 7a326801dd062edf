//! Table tests of the pattern language: each element, anchoring, skips and slot bindings, in invented sentences.

use super::*;
use crate::compiler::relate::sentence_items::testing::marked;

fn run(pattern: &str, sentence: &str) -> Vec<String> {
    let classes: &[(&str, &[&str])] = &[("kin", &["husband", "wife"])];
    let (_, items, kinds, names) = marked(sentence);
    let mut sentences = vec![crate::compiler::relate::sentence_items::SentenceItems {
        sentence: 0,
        doc: 0,
        paragraph: 0,
        items,
    }];
    crate::compiler::relate::anaphora::resolve(&mut sentences, &kinds, &|_| true);
    let items = sentences.remove(0).items;
    let nationality = |word: &str| {
        (word == "norwegian")
            .then(|| names.iter().position(|n| n == "Norway").map(|p| p as u32))
            .flatten()
    };
    let context = Context { kinds: &kinds, nationality: &nationality, eligible: &|_| true };
    compile(pattern, classes)
        .matches(&items, &context)
        .into_iter()
        .map(|m| {
            m.slots
                .iter()
                .map(|(n, es)| {
                    format!(
                        "{n}={}",
                        es.iter()
                            .map(|&e| names[e as usize].as_str())
                            .collect::<Vec<_>>()
                            .join("+")
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The steps the one element of `source` makes at item `at` of a marked sentence: where each goes
/// on, with the names bound.
fn steps(source: &str, sentence: &str, at: usize) -> Vec<String> {
    let (_, items, kinds, names) = marked(sentence);
    let context = Context { kinds: &kinds, nationality: &|_| None, eligible: &|_| true };
    let pattern = compile(source, &[]);
    assert_eq!(pattern.elements.len(), 1, "{source} is one element");
    pattern.elements[0]
        .steps(&items, at, &context)
        .into_iter()
        .map(|step| match step.binding {
            Some((slot, entities)) => {
                let bound: Vec<&str> =
                    entities.iter().map(|&e| names[e as usize].as_str()).collect();
                format!("{}:{slot}={}", step.next, bound.join("+"))
            }
            None => step.next.to_string(),
        })
        .collect()
}

/// (name, element, marked sentence, item, expected steps `next` or `next:slot=names`)
#[test]
fn each_element_reads_its_items() {
    const CASES: &[(&str, &str, &str, usize, &[&str])] = &[
        ("a slot binds its mention", "$A:per", "[Mira Tolash|per] left.", 0, &["1:A=Mira Tolash"]),
        ("a slot refuses another kind", "$A:org", "[Mira Tolash|per] left.", 0, &[]),
        (
            "a coordinated slot takes the conjuncts",
            "$A:per+",
            "[Mira Tolash|per], [Arman Dale|per] and [Ali Bek|per] left.",
            0,
            &["5:A=Mira Tolash+Arman Dale+Ali Bek"],
        ),
        (
            "a chained slot follows the possessives",
            "$B:org>",
            "[RFE/RL|org]'s [Kazakh Service|org] said.",
            0,
            &["3:B=Kazakh Service"],
        ),
        ("words match one alternative", "met|meets", "They met him.", 1, &["2"]),
        ("#num matches a number", "#num", "aged 38 ,", 1, &["2"]),
        ("#num matches no word", "#num", "aged thirty ,", 1, &[]),
        (
            "a slot's word filter takes a mention with that word",
            "$M:org=ministry",
            "[Steppe Ministry of Roads|org] said.",
            0,
            &["1:M=Steppe Ministry of Roads"],
        ),
        (
            "a slot's word filter refuses one without",
            "$M:org=ministry",
            "[Qorgau|org] said.",
            0,
            &[],
        ),
        ("optional words may also be left out", "?the|a", "the man", 0, &["1", "0"]),
        ("absent words do not match", "met|meets", "They saw him.", 1, &[]),
        ("a skip takes the shortest run first", "...2", "a b c d", 0, &["0", "1", "2"]),
        ("a skip stops at a comma", "...3", "a , b", 0, &["0", "1"]),
        ("a skip with commas steps over one", "...,3", "a , b", 0, &["0", "1", "2", "3"]),
        (
            "a skip steps over an abbreviation's dot",
            "...4",
            "on Feb . 24 and",
            0,
            &["0", "1", "2", "3", "4"],
        ),
        ("a skip stops at a full stop", "...4", "came Home . Then", 0, &["0", "1", "2"]),
        ("titles are capitalised words", "^3", "Deputy Minister said", 0, &["0", "1", "2"]),
        ("a phrase ends at a comma", "{end}", "the firm , said", 2, &["2"]),
        ("a phrase ends before a preposition", "{end}", "the firm in Oslo", 2, &["2"]),
        ("a phrase goes on into a noun", "{end}", "the Oslo firm said", 2, &[]),
        ("a clause starts after a comma", "<", "He said , she left", 3, &["3"]),
        ("a clause does not start mid-phrase", "<", "He met the man", 3, &[]),
        ("a clause starts before an age", "<", "The 54-year-old [Li Wen|per] left", 2, &["2"]),
        (
            "an appositive may be skipped or stepped over",
            "{app}",
            "Tolash , a teacher , left",
            1,
            &["1", "5"],
        ),
        (
            "the comma closing a name set off before it is stepped over",
            "{app}",
            "The chairman , [Mira Tolash|per] , told",
            4,
            &["4", "5"],
        ),
        (
            "a comma after a name not set off is no close",
            "{app}",
            "[Mira Tolash|per] , told",
            1,
            &["1"],
        ),
    ];
    for &(name, source, sentence, at, expected) in CASES {
        assert_eq!(steps(source, sentence, at), expected, "{name}");
    }
}

/// (name, pattern, marked sentence, expected bindings per match)
#[test]
fn patterns_bind_slots() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "literal words and slots",
            "$A:per met with $B:per",
            "[Mira Tolash|per] met with [Arman Dale|per].",
            &["A=Mira Tolash B=Arman Dale"],
        ),
        (
            "kind mismatch fails",
            "$A:per met with $B:per",
            "[Mira Tolash|per] met with [Oslo|pla].",
            &[],
        ),
        (
            "optional word",
            "$A:per , ?the head of $B:org",
            "[Mira Tolash|per], head of [Qorgau|org], spoke.",
            &["A=Mira Tolash B=Qorgau"],
        ),
        (
            "skip inside the clause",
            "$A:per , the head of ...4 $B:org",
            "[Mira Tolash|per], the head of the registered wing of [Qorgau|org].",
            &["A=Mira Tolash B=Qorgau"],
        ),
        (
            "skip stops at a comma",
            "$A:per met ...4 $B:per",
            "[Mira Tolash|per] met nobody, [Arman Dale|per] said.",
            &[],
        ),
        (
            "skip with commas",
            "$A:per met ...,4 $B:per",
            "[Mira Tolash|per] met her rival, [Arman Dale|per].",
            &["A=Mira Tolash B=Arman Dale"],
        ),
        (
            "skip never crosses a person",
            "$A:per ...4 $B:org",
            "[Mira Tolash|per] and [Arman Dale|per] joined [Qorgau|org].",
            &["A=Arman Dale B=Qorgau"],
        ),
        (
            "word class",
            "$A:per 's @kin , $B:per",
            "[Mira Tolash|per]’s husband, [Arman Dale|per], left.",
            &["A=Mira Tolash B=Arman Dale"],
        ),
        (
            "appositive",
            "$A:per {app} told $B:org",
            "[Mira Tolash|per], whose son [Arman Dale|per] is held, told [VNRL|org].",
            &["A=Mira Tolash B=VNRL"],
        ),
        (
            "relative clause without a closing comma",
            "$A:per {app} told $B:org",
            "[Mira Tolash|per], who was freed in May told [VNRL|org].",
            &["A=Mira Tolash B=VNRL"],
        ),
        (
            "aside in brackets",
            "$A:per {app} meets with $B:per",
            "[Mira Tolash|per] (right) meets with [Arman Dale|per].",
            &["A=Mira Tolash B=Arman Dale"],
        ),
        (
            "coordination",
            "$A:per+ helped $B:per",
            "[Mira Tolash|per], [Arman Dale|per] and [Ola Nord|per] helped [Li Wen|per].",
            &[
                "A=Mira Tolash+Arman Dale+Ola Nord B=Li Wen",
                "A=Arman Dale+Ola Nord B=Li Wen",
                "A=Ola Nord B=Li Wen",
            ],
        ),
        (
            "nationality word",
            "$C:nat ^3 minister $A:per",
            "Norwegian Foreign Minister [Ola Nord|per] and [Norway|pla].",
            &["C=Norway A=Ola Nord"],
        ),
        (
            "title words",
            "ambassador to $C:pla ^4 $A:per",
            "ambassador to [Norway|pla] Mr [Ola Nord|per]",
            &["C=Norway A=Ola Nord"],
        ),
        (
            "clause start",
            "< $A:per told $B:org",
            "“Go,” [Ola Nord|per] told [VNRL|org]. The head of [Qorgau|org] told [VNRL|org].",
            &["A=Ola Nord B=VNRL"],
        ),
        (
            "possessive chain",
            "correspondent for $B:org>",
            "a correspondent for [VNRL|org] ([VN|org])’s [Steppe Service|org].",
            &["B=Steppe Service"],
        ),
        (
            "pronoun slot",
            "$A:per~ met $B:per",
            "[Ola Nord|per] said he met [Li Wen|per].",
            &["A=Ola Nord B=Li Wen"],
        ),
    ];
    for (name, pattern, sentence, expected) in cases {
        let got = run(pattern, sentence);
        assert_eq!(got, expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{name}");
    }
}
