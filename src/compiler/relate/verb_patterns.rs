//! The verb rules of the pattern table: telling an outlet, writing to someone, questioning, detaining, sentencing, campaigning and helping.
//!
//! Each rule is how English news prose states an act between two parties with a verb (`X told
//! the station`, `Y was questioned at the offices of Z`, `X, who campaigned for his release`),
//! never a name. The slot [`DOCUMENT_OUTLET`] stands for the outlet that published the document
//! (`told the station`, `told this newspaper`), and binds only when the manifest's outlet is one of
//! the document's entities. Shapes that must not yield are in the table tests: `told the court`,
//! `was not questioned`, a possessive subject (`X's brother was detained by`).

use super::pattern::Match;
use super::relation_patterns::{rule, RelationPattern};
use super::sentence_items::{Item, SentenceItems};
use crate::model::Entity;
use crate::model::RelationKind::*;

/// The target slot that stands for the outlet that published the document.
pub const DOCUMENT_OUTLET: char = '@';

/// Word classes the verb rules use as `@name`.
pub const VERB_CLASSES: &[(&str, &[&str])] = &[
    (
        "outletnoun",
        &[
            "station", "agency", "newspaper", "paper", "outlet", "publication", "website",
            "magazine", "broadcaster", "weekly", "daily", "site", "service", "channel", "radio",
        ],
    ),
    ("tell", &["told", "tells", "informed", "informs"]),
    ("speak", &["spoke", "speaks", "talked", "talks", "speaking", "talking"]),
    ("confide", &["confirmed", "confirms", "recounted", "recounts", "explained", "explains"]),
    ("story", &["story", "stories", "account", "experience", "ordeal", "testimony"]),
    (
        "reply",
        &[
            "reply", "replies", "response", "responses", "statement", "statements", "comment",
            "comments", "remarks",
        ],
    ),
    ("write", &["wrote", "writes", "written", "writing", "write"]),
    ("letter", &["letter", "letters", "appeal", "appeals", "petition", "petitions", "message"]),
    ("publish", &["published", "publishes", "publishing", "printed"]),
    (
        "officers",
        &[
            "officers", "officer", "agents", "agent", "employees", "investigators", "officials",
            "men", "staff", "members",
        ],
    ),
    ("premises", &["offices", "office", "headquarters", "building", "premises", "department"]),
    ("asked", &["questioned", "interrogated"]),
    ("held", &["detained", "arrested", "held", "abducted", "taken", "seized"]),
    ("freedom", &["release", "freedom", "return", "deportation", "extradition"]),
    ("free", &["free", "release", "rescue", "find", "locate", "reach"]),
    (
        "urge",
        &["urged", "urges", "urging", "asked", "asks", "asking", "called", "calls", "calling"],
    ),
    ("raise", &["raise", "take", "raising", "discuss", "address", "secure", "seek"]),
    ("plight", &["case", "cases", "fate", "plight", "release", "freedom"]),
    ("verbaux", &["has", "have", "had", "was", "were", "is", "are", "been", "being", "also"]),
];

/// What [`super::pattern`] verbs state, as rules of the same table form as [`super::relation_patterns::PATTERNS`].
pub const VERB_PATTERNS: &[RelationPattern] = &[
    // statement: telling an outlet
    rule("told the document's outlet", "< $A:per|org|grp~+ {app} ?@verbaux ?first @tell this|the @outletnoun", &[(ToldOutlet, 'A', DOCUMENT_OUTLET)]),
    rule("spoke to an outlet", "< $A:per|org|grp~+ {app} ?@verbaux ?first @speak to|with ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("spoke to the document's outlet", "< $A:per|org|grp~+ {app} ?@verbaux ?first @speak to|with this|the @outletnoun", &[(ToldOutlet, 'A', DOCUMENT_OUTLET)]),
    rule("confirmed to an outlet", "< $A:per|org|grp~+ {app} ?@verbaux @confide ?this|that|it to ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("told a story to an outlet", "< $A:per|org|grp~+ {app} ?@verbaux ?first @tell|@confide ?her|his|their ?own @story to ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("said in a reply to an outlet", "< $A:per|org|grp~ {app} ?@verbaux said|says|stated in|during ?a|an|the|its|his|her ?written|emailed|brief|separate @reply to|with ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    // statement: writing to someone, writing in an outlet
    rule("wrote to", "< $A:per|org|grp~ {app} ?@verbaux @write to ?the ^4 $B:per|org>", &[(Wrote, 'A', 'B')]),
    rule("in a letter to, the writer after", "< in|with ?a|an|the|his|her|their ?open ?written @letter ?addressed|sent to ...3 $B:per|org> ...4 , $A:per|org|grp~ said|says|wrote|writes|asked|asks|urged|urges|called|calls|argued|argues", &[(Wrote, 'A', 'B')]),
    rule("published in an outlet", "< $A:per~ {app} ?@verbaux @publish ...3 in ?the $B:org>", &[(Wrote, 'A', 'B')]),
    // interaction: courts, security services
    rule("judge of a court found guilty", "$A:per of ?the $C:org ?@verbaux found $B:per {app} guilty", &[(Sentenced, 'A', 'B'), (Sentenced, 'C', 'B'), (WorksFor, 'A', 'C')]),
    rule("a court found guilty", "$A:org ?@verbaux found|convicted $B:per~ {app} guilty|of|on|in", &[(Sentenced, 'A', 'B')]),
    rule("a court sentenced him", "$A:org ?@verbaux sentenced $B:per~ to|in|on", &[(Sentenced, 'A', 'B')]),
    rule("detained by, after the verb's adjuncts", "< $B:per {app} ?@verbaux ?@verbaux @held ...6 by ?the $A:org", &[(Detained, 'A', 'B')]),
    rule("sentenced by, after the verb's adjuncts", "< $B:per {app} ?@verbaux ?@verbaux sentenced|convicted ...6 by ?the $A:org", &[(Sentenced, 'A', 'B')]),
    rule("released by, after the verb's adjuncts", "< $B:per {app} ?@verbaux ?@verbaux released|freed ...6 by ?the $A:org", &[(Released, 'A', 'B')]),
    rule("detained by officers of", "< $B:per {app} ?@verbaux ?@verbaux @held ...6 by ?the ?@officers of|from ?the $A:org", &[(Detained, 'A', 'B')]),
    rule("questioned at the offices of", "< $B:per {app} ?@verbaux ?@verbaux @asked ...6 at|in ?the ...2 @premises of ?the $A:org", &[(Questioned, 'A', 'B')]),
    rule("questioned by", "< $B:per {app} ?@verbaux ?@verbaux @asked ...6 by ?the ?@officers ?of ?the $A:org|per", &[(Questioned, 'A', 'B')]),
    // support
    rule("campaigned for his release", "$A:per|org~ ?, ?who ?@verbaux ?also @campaign|@demand ?for ?the $B:per~ ?'s @freedom", &[(CampaignedFor, 'A', 'B')]),
    rule("whose relative someone helped to free", "?whose $B:per $A:per|org ?@verbaux @helpverb ?to @free", &[(Helped, 'A', 'B')]),
    rule("urged to raise the case of", "< $A:per|org~ {app} ?also @urge ...,8 to @raise ?the|a ?@plight of $B:per", &[(CampaignedFor, 'A', 'B')]),
];

/// A name as lower-case words without a leading `the`.
fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    words
}

/// The entity that stands for a document's `outlet` (the manifest's name), if one of `entities` is
/// named so, with or without `the` and a station's frequency (`Alatau Wave 98.6 FM`).
pub fn outlet_entity(outlet: &str, entities: &[Entity]) -> Option<u32> {
    let full = name_words(outlet);
    let mut short = full.clone();
    while short
        .last()
        .is_some_and(|w| w == "fm" || w == "am" || w.chars().any(|c| c.is_ascii_digit()))
    {
        short.pop();
    }
    if short.is_empty() {
        return None;
    }
    let named = |name: &str| {
        let words = name_words(name);
        words == full || words == short
    };
    entities
        .iter()
        .position(|e| named(&e.name) || e.aliases.iter().any(|a| named(a)))
        .map(|e| e as u32)
}

/// Words after which an outlet named is one spoken to (`told X`, `an interview with X`).
const SPOKEN_TO: &[&str] =
    &["told", "tells", "interview", "interviews", "spoke", "speaking", "talking", "talked", "said"];

/// Whether `items` name an outlet other than `outlet` that someone spoke to (`told X`, `an
/// interview with X`, X a mention or a capitalised word): `the outlet` or `the station` after it
/// is that one, not the publisher.
fn names_another_outlet_spoken_to(items: &[Item], outlet: Option<u32>) -> bool {
    items.iter().enumerate().any(|(i, item)| {
        // A name the extractor missed (a capitalised word) is another outlet too.
        let other = item.entity().map_or(item.is_capitalized(), |e| Some(e) != outlet);
        let mut j = i;
        while j > 0 && items[j - 1].lower == "the" {
            j -= 1;
        }
        let word = |back: usize| j.checked_sub(back).map_or("", |k| items[k].lower.as_str());
        other
            && (matches!(word(1), "told" | "tells")
                || (matches!(word(1), "to" | "with") && SPOKEN_TO.contains(&word(2))))
    })
}

/// The document's outlet as what `the outlet` / `the station` stands for in sentence `at` of
/// `sentences` at item `first`: none when this sentence up to there, or one of the two before it
/// in the same document, names another outlet someone spoke to.
pub fn document_outlet(
    sentences: &[SentenceItems],
    at: usize,
    first: usize,
    outlet: Option<u32>,
) -> Option<u32> {
    let doc = sentences[at].doc;
    let earlier = sentences[at.saturating_sub(2)..at].iter().filter(|s| s.doc == doc);
    let mut spoken = earlier.map(|s| s.items.as_slice()).chain([&sentences[at].items[..first]]);
    if spoken.any(|items| names_another_outlet_spoken_to(items, outlet)) {
        None
    } else {
        outlet
    }
}

/// The entities a match binds to `slot`; for [`DOCUMENT_OUTLET`], the document's `outlet`.
pub fn bound(m: &Match, slot: char, outlet: Option<u32>) -> Vec<u32> {
    if slot == DOCUMENT_OUTLET {
        outlet.into_iter().collect()
    } else {
        m.slot(slot).to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::relation_patterns::tests::relations_with_outlet;

    /// The outlet that publishes the invented document of every case.
    const OUTLET: &str = "Dala Times";

    /// (name, invented marked sentence, every typed relation expected, sorted)
    #[test]
    fn verbs_state_relations() {
        let cases: &[(&str, &str, &[&str])] = &[
            // told the document's outlet
            ("told the station", "[Ola Nord|per], the director of [Qorgau|org], told the station that it was shut. [Dala Times|org]", &["Ola Nord head-of Qorgau", "Ola Nord told-outlet Dala Times"]),
            ("told this newspaper", "“It is over,” [Ola Nord|per] told this newspaper. [Dala Times|org]", &["Ola Nord told-outlet Dala Times"]),
            ("the station told is no entity when the outlet is not one", "[Ola Nord|per] told the station that it was shut.", &[]),
            ("the outlet after an interview with another is that other", "[Ola Nord|per] gave an interview to [Steppe Radio|org]. ¦ “We stay,” he told the outlet. [Dala Times|org]", &["Ola Nord told-outlet Steppe Radio"]),
            ("the outlet after an interview with a name not extracted is that one", "[Ola Nord|per] said in an interview with Steppe Radio that he stays. ¦ “We stay,” he told the outlet. [Dala Times|org]", &[]),
            ("told the court is no outlet", "[Ola Nord|per] told the court that he was innocent. [Dala Times|org]", &[]),
            ("told reporters is no outlet", "[Ola Nord|per] told reporters he was innocent. [Dala Times|org]", &[]),
            ("told her husband is no outlet", "[Mira Ek|per] told her husband the station was shut. [Dala Times|org]", &[]),
            // spoke, confirmed, told a story
            ("spoke to an outlet", "[Ola Nord|per] spoke to [Steppe Radio|org] in the flat of a relative.", &["Ola Nord told-outlet Steppe Radio"]),
            ("spoke to the document's outlet", "[Ola Nord|per], 40, spoke to the paper by phone. [Dala Times|org]", &["Ola Nord told-outlet Dala Times"]),
            ("spoke to a ministry is no outlet", "[Ola Nord|per] spoke to the [Ministry of Culture|org] on Monday.", &[]),
            ("confirmed to an outlet", "[Mira Ek|per] confirmed the death to [Steppe Radio|org]. ¦ She confirmed it to [Steppe Radio|org] on May 9.", &["Mira Ek told-outlet Steppe Radio"]),
            ("first told her story to an outlet", "[Mira Ek|per] left. ¦ She first told her story to the [Steppe Courier|org], a weekly, in 2030.", &["Mira Ek told-outlet Steppe Courier"]),
            ("a story told by someone in a list is the list's", "[Mira Ek|per] and [Ola Nord|per] told their story to [Steppe Radio|org].", &["Mira Ek told-outlet Steppe Radio", "Ola Nord told-outlet Steppe Radio"]),
            ("said in a written reply to an outlet", "The [Ministry of Culture|org] said in a written reply to the [Steppe Courier|org] that it had no record.", &["Ministry of Culture told-outlet Steppe Courier"]),
            ("said in a letter to is no telling", "[Ola Nord|per] said in a letter to the [Steppe Courier|org] that he was ill.", &[]),
            ("refused to speak to an outlet", "[Ola Nord|per] refused to speak to [Steppe Radio|org].", &[]),
            ("did not speak to an outlet", "[Ola Nord|per] has not spoken to [Steppe Radio|org].", &[]),
            ("told inside a quote by someone else", "“[Ola Nord|per] told [Steppe Radio|org] nothing,” [Mira Ek|per] said.", &[]),
            // wrote
            ("wrote to a ministry through a country's possessive", "[Mira Ek|per] said she wrote to [Norway|pla]'s [Ministry of Culture|org] in May.", &["Mira Ek wrote Ministry of Culture"]),
            ("wrote to a titled person", "[Mira Ek|per] had written to President [Ola Nord|per] twice.", &["Mira Ek wrote Ola Nord"]),
            ("in a letter to, the writer after", "[Qaisar Nur|per] wrote twice. ¦ In a letter to President [Arman Dale|per], he says that his father died.", &["Qaisar Nur wrote Arman Dale"]),
            ("in an open letter to a lawmaker", "In an open letter to Norwegian lawmaker [Arman Dale|per], [Qaisar Nur|per] says that his father died.", &["Qaisar Nur wrote Arman Dale"]),
            ("in a letter to, with two people before, nobody", "[Qaisar Nur|per] met [Mira Ek|per]. ¦ In a letter to [Arman Dale|per], he asks for help.", &["Qaisar Nur met-with Mira Ek"]),
            ("in a letter to, the writer is not the addressee", "In a letter to [Arman Dale|per], he asks for help.", &[]),
            ("a letter to someone read by another is no writing", "In a letter to [Arman Dale|per] that [Qaisar Nur|per] read aloud, the family asks for help.", &[]),
            ("published verse in an outlet", "Before his arrest, [Ola Nord|per] published verse in [Steppe Letters|org], a quarterly.", &["Ola Nord wrote Steppe Letters"]),
            // courts
            ("a judge of a court found guilty", "Judge [Ola Nord|per] of the [Steppe District Court|org] found [Li Wen|per], 31, guilty of fraud.", &["Ola Nord sentenced Li Wen", "Ola Nord works-for Steppe District Court", "Steppe District Court sentenced Li Wen"]),
            ("a court sentenced him", "The father, [Li Wen|per], 71, is a teacher. ¦ In May the [Steppe City Court|org] sentenced him to 17 years.", &["Steppe City Court sentenced Li Wen"]),
            ("a court sentenced his brother is not him", "[Li Wen|per] spoke. ¦ The [Steppe City Court|org] sentenced his brother to 17 years.", &[]),
            ("a court convicted", "The [Steppe City Court|org] convicted [Li Wen|per] of fraud.", &["Steppe City Court sentenced Li Wen"]),
            ("a court in a place is no head of", "A court in [Oslo|pla] convicted [Li Wen|per], leader of the volunteer group [Qorgau|org], of fraud.", &["Li Wen head-of Qorgau"]),
            ("sentenced by a court after a date", "[Li Wen|per], 46, was sentenced on April 22 by the [Steppe City Court|org] for fraud.", &["Steppe City Court sentenced Li Wen"]),
            ("sentenced by a court in a place is no sentence by the place", "[Li Wen|per] was sentenced to 20 years by a court in [Norway|pla].", &[]),
            // security services
            ("detained by officers of", "[Li Wen|per] was detained at his home on March 3 by officers of the [Security Committee|org], or [SC|org].", &["Security Committee detained Li Wen"]),
            ("detained by, possessive subject", "[Li Wen|per]'s brother was detained on March 3 by officers of the [Security Committee|org].", &[]),
            ("questioned at the offices of", "[Li Wen|per], 38, was questioned on Tuesday at the [Oslo|pla] offices of the [Security Committee|org], or [SC|org], and let go.", &["Security Committee questioned Li Wen"]),
            ("not questioned", "[Li Wen|per] was not questioned at the offices of the [Security Committee|org].", &[]),
            ("questioned by", "[Li Wen|per] was questioned for six hours by officers of the [Security Committee|org].", &["Security Committee questioned Li Wen"]),
            // support
            ("campaigned for his release, who", "[Li Wen|per]'s wife, [Mira Ek|per], who campaigned for his release for three years, spoke.", &["Mira Ek campaigned-for Li Wen"]),
            ("campaigned for his release, after a kin appositive", "[Li Wen|per] was freed. ¦ His daughter, [Mira Ek|per], campaigned for his release.", &["Mira Ek campaigned-for Li Wen"]),
            ("demanded his release", "[Li Wen|per] was held. ¦ [Qorgau|org] demanded his release.", &["Qorgau campaigned-for Li Wen"]),
            ("campaigned for her release is nobody else's", "[Mira Ek|per] campaigned for her release.", &[]),
            ("whose relative someone helped to free", "[Mira Ek|per], whose [father|per] [Qorgau|org] helped to free from a camp, spoke.", &["Qorgau helped father"]),
            ("urged to raise the case of someone named", "[Ola Nord|per] urged [Norway|pla] to raise the case of [Li Wen|per] with [Lapland|pla].", &["Ola Nord campaigned-for Li Wen"]),
            ("urged to raise the case of nobody named", "[Ola Nord|per] urged [Norway|pla] to raise the case with [Lapland|pla].", &[]),
        ];
        for (name, sentence, expected) in cases {
            assert_eq!(
                relations_with_outlet(sentence, Some(OUTLET)),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }

    #[test]
    fn the_document_outlet_is_the_entity_named_like_the_manifest_outlet() {
        let entity = |name: &str, aliases: &[&str]| Entity {
            id: name.to_lowercase(),
            name: name.into(),
            kind: crate::model::EntityKind::Organization,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            mentions: vec![],
            roles: vec![],
        };
        let entities = [entity("Qorgau", &[]), entity("Dala Times", &["the Dala Times"])];
        assert_eq!(outlet_entity("Dala Times", &entities), Some(1));
        assert_eq!(outlet_entity("the dala times", &entities), Some(1));
        assert_eq!(outlet_entity("Steppe Radio", &entities), None);
        assert_eq!(outlet_entity("", &entities), None);
        assert_eq!(outlet_entity("Dala Times 101.5 FM", &entities), Some(1));
        assert_eq!(outlet_entity("Qorgau Weekly", &entities), None);
    }
}
