//! Table tests of pronoun resolution on invented sentences, positive and negative.
use super::*;
use crate::compiler::relate::sentence_items::testing::marked;
use crate::compiler::relate::sentence_items::Item;

fn sentences(texts: &[&str]) -> (Vec<SentenceItems>, Vec<EntityKind>, Vec<String>) {
    // Mark every sentence in one text so that entity numbers are shared, then split at ` ¦ `.
    let joined = texts.join(" ¦ ");
    let (_, items, kinds, names) = marked(&joined);
    let mut out = vec![SentenceItems { sentence: 0, doc: 0, paragraph: 0, items: Vec::new() }];
    for item in items {
        if item.text == "¦" {
            let n = out.len() as u32;
            out.push(SentenceItems { sentence: n, doc: 0, paragraph: 0, items: Vec::new() });
        } else {
            out.last_mut().unwrap().items.push(item);
        }
    }
    (out, kinds, names)
}

fn resolved(sentences: &[SentenceItems], names: &[String]) -> Vec<String> {
    let name = |item: &Item| item.refers.map_or("?".to_string(), |e| names[e as usize].clone());
    sentences
        .iter()
        .flat_map(|s| {
            s.items
                .iter()
                .filter(|i| {
                    i.kind == ItemKind::Word
                        && (PERSON_PRONOUNS.contains(&i.lower.as_str())
                            || i.lower == "my"
                            || i.lower == "its"
                            || ORGANIZATION_NOUNS.contains(&i.lower.as_str()))
                })
                .map(name)
        })
        .collect()
}

/// (name, sentences, what each pronoun resolves to in order, `?` for unresolved)
#[test]
fn pronouns_find_their_antecedents() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "same sentence, nearest person before",
            &["[Mira Tolash|per] said three of her sons left."],
            &["Mira Tolash"],
        ),
        (
            "nearest of two in the sentence",
            &["[Arman Dale|per] told [Mira Tolash|per] that her case was closed."],
            &["Mira Tolash"],
        ),
        (
            "previous sentence with one person",
            &["[Mira Tolash|per] left.", "Her husband stayed."],
            &["Mira Tolash"],
        ),
        (
            "not a person buried in a fronted phrase of another clause",
            &[
                "[Qaisar Nur|per] wrote twice.",
                "In a letter to President [Arman Dale|per], he says that his father died.",
            ],
            &["Qaisar Nur", "Qaisar Nur"],
        ),
        (
            "a fronted phrase with two people before is left unresolved",
            &[
                "[Qaisar Nur|per] met [Mira Tolash|per].",
                "In a letter to [Arman Dale|per], he asks for help.",
            ],
            &["?"],
        ),
        (
            "not the name an appositive with the pronoun describes",
            &["[Ola Nord|per] said that [Li Wen|per], his brother, stayed."],
            &["Ola Nord"],
        ),
        (
            "a list of relatives after a name belongs to that name",
            &["[Mira Tolash|per] spoke.", "Police questioned [Ola Nord|per], his wife, and their son."],
            &["Ola Nord"],
        ),
        (
            "the subject of a fronted clause is still the antecedent",
            &["After [Arman Dale|per] asked an official, [Gu Ming|per], about his brother, he left."],
            &["Arman Dale", "Arman Dale"],
        ),
        (
            "a person after the fronted phrase is still the antecedent",
            &["In May, [Mira Tolash|per] said her son left."],
            &["Mira Tolash"],
        ),
        (
            "previous sentence with two people is ambiguous",
            &["[Mira Tolash|per] met [Arman Dale|per].", "He left."],
            &["?"],
        ),
        (
            "pronouns chain",
            &["[Mira Tolash|per] left.", "Her sons stayed.", "Nobody came.", "She waited."],
            &["Mira Tolash", "Mira Tolash"],
        ),
        (
            "too far back",
            &["[Mira Tolash|per] left.", "Rain fell.", "Snow fell.", "She waited."],
            &["?"],
        ),
        (
            "its and the organization",
            &[
                "[Qorgau Birligi|org] grew.",
                "Police targeted its leader and the organization closed.",
            ],
            &["Qorgau Birligi", "Qorgau Birligi"],
        ),
        (
            "the narrator's pronoun skips quoted names",
            &[
                "[Mira Tolash|per] spoke.",
                "“It was not random.",
                "[Arman Dale|per] was stabbed,” she said.",
            ],
            &["Mira Tolash"],
        ),
        (
            "the group with modifiers",
            &["[Qorgau Birligi|org] formed.", "The officially registered group grew."],
            &["Qorgau Birligi"],
        ),
        (
            "an appositive name yields to the subject",
            &["[Arman Dale|per] asked an official, [Li Wen|per], about his brother."],
            &["Arman Dale"],
        ),
        (
            "a pronoun agrees in gender with what the document says of its antecedent",
            &["[Mira Tolash|per] said she left.", "One of her sons moved; he wrote to his brothers."],
            &["Mira Tolash", "Mira Tolash", "?", "?"],
        ),
        (
            "a man spoken of before a woman is still his antecedent",
            &["[Arman Dale|per] was held.", "His wife, [Mira Tolash|per], wrote to him."],
            &["Arman Dale", "Arman Dale"],
        ),
        (
            "an unnamed husband stops the look-back",
            &["[Arman Dale|per] said he left.", "[Mira Tolash|per] said she stayed.", "Her husband was taken.", "He is held."],
            &["Arman Dale", "Mira Tolash", "Mira Tolash", "?"],
        ),
        (
            "the narrator's pronoun in a quotation is not its speaker",
            &["“They asked about my brother,” [Arman Dale|per] said.", "“Every call was to his wife.”"],
            &["Arman Dale", "?"],
        ),
        (
            "not a person in the fronted phrase of the sentence before",
            &["In a letter to [Arman Dale|per], [Qaisar Nur|per] asks for help.", "His sister waits."],
            &["Qaisar Nur"],
        ),
        (
            "a group followed by its name is no anaphor",
            &["[Qorgau Birligi|org] grew.", "The volunteer group [Dala|org] formed."],
            &["?"],
        ),
        (
            "the group before a name describes that name",
            &["[Qorgau Birligi|org] grew.", "She heads the volunteer group [Bosaga|org]."],
            &["?", "?"],
        ),
        (
            "a sentence opening with an unnamed son keeps his pronouns from the mother",
            &["[Mira Tolash|per] said she waits.", "One of her sons moved, she said; he cannot reach his brothers."],
            &["Mira Tolash", "Mira Tolash", "Mira Tolash", "?", "?"],
        ),
        (
            "a named man's unnamed son opening the sentence owns the later his",
            &["[Arman Dale|per]'s elder son went to look for his father."],
            &["?"],
        ),
        (
            "an opening relative of the other gender does not block",
            &["[Arman Dale|per]'s wife said he was taken."],
            &["Arman Dale"],
        ),
        (
            "an opening relative who is named does not block",
            &["Her son, [Li Wen|per], said he left."],
            &["?", "Li Wen"],
        ),
        (
            "a relative later in the sentence does not block",
            &["[Arman Dale|per] said his son had gone and he waited."],
            &["Arman Dale", "Arman Dale"],
        ),
        (
            "a name after in is no person's antecedent",
            &["Before his arrest, [Ola Nord|per] published poems in [Dala Sozi|per], a monthly.", "His son waits."],
            &["?", "Ola Nord"],
        ),
        (
            "a possessive after in is still an antecedent",
            &["In [Mira Tolash|per]'s view, her son is innocent."],
            &["Mira Tolash"],
        ),
        (
            "a surname two people of the document bear is no antecedent",
            &["[Aliya Sarsen|per] and her brother [Erlan Sarsen|per] spoke.", "[Sarsen|per] blames the police for her loss."],
            &["Aliya Sarsen", "?"],
        ),
        (
            "a surname one person bears is an antecedent",
            &["[Aliya Sarsen|per] spoke.", "[Sarsen|per] blames the police for her loss."],
            &["Sarsen"],
        ),
        (
            "a group without the is not anaphoric",
            &["[Qorgau Birligi|org] grew.", "A group formed."],
            &["?"],
        ),
    ];
    for (name, texts, expected) in cases {
        let (mut items, kinds, names) = sentences(texts);
        resolve(&mut items, &kinds, &|_| true);
        let got = resolved(&items, &names);
        let got: Vec<&str> = got
            .iter()
            .map(String::as_str)
            .filter(|g| *g != "?" || expected.contains(&"?"))
            .collect();
        assert_eq!(got, expected.to_vec(), "{name}");
    }
}

/// (name, sentences, what each pronoun resolves to in order, `?` for unresolved): a pronoun never
/// resolves to a person whose title, name or apposed kin noun gives the other gender.
#[test]
fn pronouns_agree_with_certain_gender_evidence() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "a woman's matronymic keeps a later his from her",
            &["[Aida Nurbekqyzy|per] left.", "His house was sold."],
            &["?"],
        ),
        ("a title keeps a later his from her", &["Ms [Dale|per] left.", "His car stayed."], &["?"]),
        (
            "a man's patronymic leaves the one woman of the sentence before",
            &["[Serik Zhanbolatuly|per] met [Mira Tolash|per].", "She said it was short."],
            &["Mira Tolash"],
        ),
        (
            "the first pass skips the nearest name of the other gender",
            &["[Mira Tolash|per] said Mr. [Dale|per] lost her files."],
            &["Mira Tolash"],
        ),
        (
            "a name that says no gender takes either pronoun",
            &["[Dale|per] left.", "His car stayed."],
            &["Dale"],
        ),
        (
            "two men of the sentence before leave his open",
            &["[Serik Zhanbolatuly|per] met Mr. [Dale|per].", "His car stayed."],
            &["?"],
        ),
    ];
    for (name, texts, expected) in cases {
        let (mut items, kinds, names) = sentences(texts);
        resolve(&mut items, &kinds, &|_| true);
        assert_eq!(resolved(&items, &names), expected.to_vec(), "{name}");
    }
}
