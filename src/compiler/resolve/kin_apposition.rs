//! Tells whether a name is printed as someone's relative in apposition (`her brother, Erkin Tolash`), as reporting introduces relatives.
//!
//! Reporting introduces a relative of the person it is about with a kin noun in apposition (`her
//! sister, Aliya Tolash`, `The brother, Askar Tolash`, `his son, the poet Erlan Tolash`) and
//! afterwards calls the relative by the given name, keeping the bare surname for the person the
//! story is about. [`super::short_forms`] uses this to send a surname two people share to the one
//! not introduced as a relative.

/// Kin nouns that introduce a relative in apposition.
const KIN_NOUNS: &[&str] = &[
    "brother", "sister", "son", "daughter", "husband", "wife", "father", "mother", "nephew",
    "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother",
    "brothers", "sisters", "sons", "daughters",
];
/// Lower-case words that may describe the relative between the comma and the name (`retired engineer`).
const DESCRIBING_WORDS: usize = 3;

/// Whether the name starting at UTF-16 offset `start` of `text` follows a kin noun and a comma,
/// with at most an article and three lower-case describing words between (`her brother, retired
/// engineer X`); never across a sentence's end or a reporting verb (`her son, said X`).
pub(super) fn introduced_as_relative(text: &str, start: u32) -> bool {
    let units: Vec<u16> = text.encode_utf16().take(start as usize).collect();
    let from = units.len().saturating_sub(80);
    let before = String::from_utf16_lossy(&units[from..]);
    let Some((head, described)) = before.rsplit_once(',') else { return false };
    let words: Vec<&str> = described.split_whitespace().collect();
    let describing = match words.first() {
        Some(&("the" | "a" | "an")) => &words[1..],
        _ => &words[..],
    };
    let plain = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    if describing.len() > DESCRIBING_WORDS
        || !describing.iter().all(plain)
        || describing.iter().any(|w| REPORTING.contains(w))
    {
        return false;
    }
    head.split_whitespace()
        .last()
        .is_some_and(|noun| KIN_NOUNS.contains(&noun.to_lowercase().as_str()))
}

/// Verbs that make `her son, said X` a quotation's attribution, not an apposition.
const REPORTING: &[&str] = &["said", "says", "told", "tells", "added", "wrote", "recalled"];

#[cfg(test)]
mod tests {
    use super::introduced_as_relative;

    #[test]
    fn relatives_introduced_in_apposition_are_told() {
        let cases: &[(&str, &str, bool)] = &[
            ("a possessive kin noun and a comma", "Her elder brother, Erkin Tolash", true),
            ("a definite kin noun opening the sentence", "The brother, Askar Tolash", true),
            (
                "a bare describing noun",
                "a letter from her brother, retired engineer Erlan Tolash",
                true,
            ),
            ("an article and a describing noun", "said her son, the poet Erlan Tolash", true),
            ("a name opening its sentence", "Erlan Tolash", false),
            ("a name after a role, not a kin noun", "said her lawyer, Erlan Tolash", false),
            ("a quotation's attribution", "\"I miss my son,\" said Erlan Tolash", false),
            (
                "a kin noun then a reporting verb",
                "she has not seen her son, said Erlan Tolash",
                false,
            ),
            (
                "too many words between",
                "her brother, a long-time and much respected local teacher Erlan Tolash",
                false,
            ),
            ("a capitalised word between", "her brother, Almaty teacher Erlan Tolash", false),
        ];
        for (name, before_and_name, expected) in cases {
            let start = before_and_name.rfind("Erlan").or_else(|| before_and_name.rfind("Erkin"));
            let start = start.or_else(|| before_and_name.rfind("Askar")).unwrap();
            let units = before_and_name[..start].encode_utf16().count() as u32;
            assert_eq!(introduced_as_relative(before_and_name, units), *expected, "{name}");
        }
    }
}
