//! Table tests of the kinship phrases read from invented sentences, positive and negative.
use super::*;
use crate::compiler::relate::anaphora;
use crate::compiler::relate::sentence_items::testing::marked;

fn read(sentence: &str) -> Vec<String> {
    let (text, items, kinds, names) = marked(sentence);
    let mut sentences = vec![SentenceItems { sentence: 0, doc: 0, paragraph: 0, items }];
    anaphora::resolve(&mut sentences, &kinds, &|_| true);
    let units: Vec<u16> = text.encode_utf16().collect();
    kin_phrases(&sentences[0], &kinds, &|_| true)
        .into_iter()
        .map(|p| {
            let span = String::from_utf16_lossy(&units[p.start as usize..p.end as usize]);
            let named: Vec<&str> = p.named.iter().map(|&n| names[n as usize].as_str()).collect();
            let owner = match &p.via {
                Via::Owner => names[p.owner as usize].clone(),
                Via::Relative { label, .. } => format!("{}'s {label}", names[p.owner as usize]),
                other => format!("{other:?}"),
            };
            format!("{} {} [{}] «{}» {}", owner, p.kind.as_str(), p.label, span, named.join("+"))
        })
        .map(|s| s.trim_end().to_string())
        .collect()
}

/// (name, marked sentence, expected phrases: owner kind [label] «span» named)
#[test]
fn kinship_phrases_are_read() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("possessive name with the relative named", "[Mira Tolash|per]’s husband, [Arman Dale|per], was held.", &["Mira Tolash spouse-of [husband] «husband» Arman Dale"]),
        ("an appositive possessive names the relative before it", "[Aigerim Tole|per], [Erbol Sadva|per]'s wife, told the station.", &["Erbol Sadva spouse-of [wife] «wife» Aigerim Tole"]),
        ("an appositive pronoun phrase names the relative before it", "[Ola Nord|per] said that [Li Wen|per], his brother, stayed.", &["Ola Nord sibling-of [brother] «his brother» Li Wen"]),
        ("a list of people is no appositive", "The detainees included [Ola Nord|per], [Li Wen|per]'s wife, and two others.", &["Li Wen spouse-of [wife] «wife»"]),
        ("a possessive kin phrase that is no appositive names nobody before it", "[Ola Nord|per], [Li Wen|per]'s brother and a driver, stayed.", &["Li Wen sibling-of [brother] «brother»"]),
        ("partitive with a pronoun", "[Mira Tolash|per] said three of her sons were held.", &["Mira Tolash parent-of [sons] «three of her sons»"]),
        ("modifiers between owner and noun", "[Mira Tolash|per] has not seen her more than dozen grandchildren.", &["Mira Tolash relative-of [grandchildren] «her more than dozen grandchildren»"]),
        ("a list under one possessive", "[Mira Tolash|per] said her other three sons, daughters-in-law, and 14 grandchildren stayed.", &["Mira Tolash parent-of [sons] «her other three sons»", "Mira Tolash relative-of [daughters-in-law] «daughters-in-law»", "Mira Tolash relative-of [grandchildren] «14 grandchildren»"]),
        ("whose after an appositive", "[Ola Nord|per], a musician whose relatives are held, spoke.", &["Ola Nord relative-of [relatives] «whose relatives»"]),
        ("whose with a named relative", "[Ola Nord|per], whose relative [Li Wen|per] is held, spoke.", &["Ola Nord relative-of [relative] «whose relative» Li Wen"]),
        ("whose far from any name owns nothing", "[Ola Nord|per] joined other people whose relatives are held.", &[]),
        ("two kin nouns under one possessive", "[Ola Nord|per] feared for his aunt and uncle.", &["Ola Nord relative-of [aunt and uncle] «his aunt and uncle»"]),
        ("born to parents", "[Ola Nord|per], born to [Sami|grp] and [Kven|grp] parents, moved.", &["Ola Nord child-of [parents] «Sami and Kven parents»"]),
        ("married a man", "[Mira Tolash|per], who married an ethnic [Sami|grp] man, moved.", &["Mira Tolash spouse-of [husband] «an ethnic Sami man»"]),
        ("associates are kin-like", "A group of [Ola Nord|per]'s disaffected former associates formed.", &["Ola Nord associate-of [associates] «disaffected former associates»"]),
        ("their owns nothing", "The protesters want their sons back.", &[]),
        ("family is not a relative", "[Mira Tolash|per] campaigns for her family.", &[]),
        ("a described appositive names the relative", "[Aliya Nur|per] says her brother, the researcher [Erlan Nur|per], is held.", &["Aliya Nur sibling-of [brother] «her brother» Erlan Nur"]),
        ("a bare described appositive names the relative", "[Aliya Nur|per] held a photo of her brother, religious researcher [Erlan Nur|per], who died.", &["Aliya Nur sibling-of [brother] «her brother» Erlan Nur"]),
        ("a bare appositive that is no description names nobody", "[Aliya Nur|per] spoke of her brother, said activist [Erlan Nur|per], who left.", &["Aliya Nur sibling-of [brother] «her brother»"]),
        ("a bare appositive without a person noun names nobody", "[Aliya Nur|per] spoke of her brother, yesterday [Erlan Nur|per], who left.", &["Aliya Nur sibling-of [brother] «her brother»"]),
        ("a described list is no appositive", "[Aliya Nur|per] says her brother, the men [Erlan Nur|per], and others left.", &["Aliya Nur sibling-of [brother] «her brother»"]),
        ("a definite kin noun opening a sentence waits for the document", "The husband, [Arman Dale|per], a vet, had gone back.", &["Definite spouse-of [husband] «The husband» Arman Dale"]),
        ("a definite kin noun without a name is nothing", "The husband had gone back.", &[]),
        ("a definite kin noun inside a sentence is no back-reference", "Police said the husband, [Arman Dale|per], left.", &[]),
        ("the couple's children", "[Mira Tolash|per] lives with the couple's three children.", &["Couple parent-of [children] «the couple's three children»"]),
        ("a relative's relative", "[Mira Tolash|per] heard it from her husband's elder brother.", &["Mira Tolash spouse-of [husband] «her husband»", "Mira Tolash's husband sibling-of [brother] «her husband's elder brother»"]),
        ("a speaker's my", "“My younger brother, [Erlan Nur|per], is held,” said [Aliya Nur|per].", &["Aliya Nur sibling-of [brother] «My younger brother» Erlan Nur"]),
        ("a kin noun of a named owner", "The daughter of [Mira Tolash|per] told a briefing.", &["Mira Tolash parent-of [daughter] «The daughter»"]),
        ("an appositive kin noun of a named owner names the relative", "[Aliya Nur|per], the mother of [Erlan Nur|per], wept.", &["Erlan Nur child-of [mother] «the mother» Aliya Nur"]),
        ("a kin noun of an owner's relative is not the owner's", "[Ola Nord|per], the son of [Li Wen|per]'s lawyer, spoke.", &[]),
        ("an appositive after a described name names the relative", "It said so, according to an activist, [Ola Nord|per], son of [Li Wen|per].", &["Li Wen parent-of [son] «son» Ola Nord"]),
        ("an appositive after a listed name names nobody", "Police held [Mira Ek|per], [Ola Nord|per], son of [Li Wen|per].", &["Li Wen parent-of [son] «son»"]),
        ("a kin noun of no person owns nothing", "The mother of three waited.", &[]),
        ("an appositive in a list names nobody", "They met [Ola Nord|per], the son of [Li Wen|per], and others.", &["Li Wen parent-of [son] «the son»"]),
        ("my outside a quotation owns nothing", "My brother, [Erlan Nur|per], is held.", &[]),
        ("a possessive pronoun that refers to nobody still names somebody's relative", "Most were taken, among them her mother, [Mira Tolash|per].", &["Unowned child-of [mother] «her mother» Mira Tolash"]),
        ("a possessive pronoun that refers to nobody names nobody without a name", "Most were taken, among them her mother.", &[]),
    ];
    for (name, sentence, expected) in cases {
        assert_eq!(
            read(sentence),
            expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            "{name}"
        );
    }
}
