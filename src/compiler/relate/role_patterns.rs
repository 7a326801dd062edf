//! The role-noun constructions (head, member, employee, spokesperson, minister, lawyer) as sentence patterns, each with its table test.
//!
//! A role is stated by a noun phrase around a name: after it (`X, a volunteer with Z`, `X, who
//! leads Z`, `X works as a driver for Z`), before it (`the deputy head of Z, or ABC, X`, `A Z
//! spokeswoman, X,`, `Foreign Minister X of Q`), or through a possessive (`his employer, Z`, `Z's
//! volunteers, X and Y`, `X, Y's lawyer`). Past roles (`used to work for Z`, `an ex-Z officer`) are
//! matched like current ones and left to [`super::guards`], the one place that reads tense. The
//! rules here join the general table of [`super::relation_patterns`] and use its word classes.

use super::relation_patterns::{rule, RelationPattern};
use crate::model::RelationKind::*;

pub const ROLE_PATTERNS: &[RelationPattern] = &[
    // head of: relative clause, and the title before the name
    rule("head of, who leads", "$A:per , who ?also ?now @headverb ...8 $B:org {end}", &[(HeadOf, 'A', 'B')]),
    rule("head of, used to head", "$A:per~ {app} ?, ?who used to head|lead|run|chair|direct ?the ...3 $B:org {end}", &[(HeadOf, 'A', 'B')]),
    rule("head of, title before the name", "< ?the|a|an ?former ?@rank @head of ?the ...3 $B:org> , $A:per", &[(HeadOf, 'A', 'B')]),
    rule("head of, title before the name with an acronym in passing", "< ?the|a|an ?former ?@rank @head of ?the ...3 $B:org> , or $S:org , $A:per", &[(HeadOf, 'A', 'B')]),
    // spokespeople
    rule("spokesperson, title with a comma", "$B:org ?'s @spokes , $A:per", &[(SpokespersonFor, 'A', 'B')]),
    rule("spokesperson, for the organization, before the name", "?a|an|the @spokes for|of ?the ...2 $B:org> , $A:per", &[(SpokespersonFor, 'A', 'B')]),
    rule("spokesperson, press secretary before the name", "$B:org> ?'s press secretary ?, $A:per", &[(SpokespersonFor, 'A', 'B')]),
    rule("spokesperson, press secretary appositive", "$A:per , ?the|a|an ?$X:nat press secretary of|for|at ?the $B:org>", &[(SpokespersonFor, 'A', 'B')]),
    // members and volunteers
    rule("member of, appositive", "$A:per , ?a|an|the ?former ?@memberadj member|volunteer|activist of|with|in|at ?the ...3 $B:org~> {end}", &[(MemberOf, 'A', 'B')]),
    rule("member of, person copula", "$A:per~ ?, ?#num ?, is|was|became ?also ?a|an|the ?former ?@memberadj member|volunteer|activist of|with|in|at ?the ...3 $B:org~> {end}", &[(MemberOf, 'A', 'B')]),
    rule("member of, volunteered with", "$A:per~ {app} ?has|have|had ?also volunteered|volunteers ...3 with|for|at ?the ...3 $B:org> {end}", &[(MemberOf, 'A', 'B')]),
    rule("member of, the organization's volunteers", "$B:org~ 's ?own volunteers|members|activists ?, $A:per+", &[(MemberOf, 'A', 'B')]),
    // employees
    rule("works for, works as", "$A:per~ {app} ?now ?also works|work|worked as ?a|an|the ...3 for|at ?the ...3 $B:org> {end}", &[(WorksFor, 'A', 'B')]),
    rule("works for, works at", "$A:per~ {app} ?now ?also ?used ?to @worksat ...3 at|for ?the ...4 $B:org> {end}", &[(WorksFor, 'A', 'B')]),
    rule("works for, who works at", "$A:per , ?a|an|the ...4 who ?now ?also ?used ?to @worksat ...3 at|for ?the ...4 $B:org> {end}", &[(WorksFor, 'A', 'B')]),
    rule("works for, copula with an age", "$A:per~ , #num , is|was ?also ?a|an|the ?former ...3 @job for|at|of|with ?the ...3 $B:org>", &[(WorksFor, 'A', 'B')]),
    rule("works for, his employer", "his|her|their employer|employers ?, ?the|a|an ...4 $B:org {end}", &[(WorksFor, '~', 'B')]),
    rule("works for, someone's employer", "$A:per 's employer|employers ?, ?the|a|an ...4 $B:org {end}", &[(WorksFor, 'A', 'B')]),
    rule("works for, organization's lawyer", "$B:org> ?'s @lawyer ?, $A:per", &[(WorksFor, 'A', 'B')]),
    rule("works for, ex-organization officer", "$A:per , ?a|an|the ex-|former $B:org ...2 @job", &[(WorksFor, 'A', 'B')]),
    // experts
    rule("expert, who studies", "$A:per , who ?also studies|researches ...6 at ?the $B:org> {end}", &[(ExpertAt, 'A', 'B')]),
    // offices
    rule("minister, of a country", "@minister $A:per of $C:pla", &[(MinisterOf, 'A', 'C')]),
    rule("ruler, of a country", "< ?the president|premier|king|queen|emir|sultan|chancellor $A:per of $C:pla", &[(HeadOf, 'A', 'C')]),
    rule("minister, lower-case title", "$C:nat ?'s ?@rank ?@rank ?@field @minister ?, $A:per", &[(MinisterOf, 'A', 'C')]),
    rule("minister, head of a country's ministry", "< ?the|a|an ?former ?@rank @head of ?the $C:nat ?'s $M:org=ministry , $A:per", &[(HeadOf, 'A', 'M'), (MinisterOf, 'A', 'C')]),
    rule("minister, of a country before the name", "< ?the|a|an ?former ?@rank @minister ?of ^3 of $C:pla , $A:per", &[(MinisterOf, 'A', 'C')]),
    // lawyers
    rule("lawyer, appositive possessive", "$A:per , $B:per 's ?defense|defence|own @lawyer", &[(LawyerFor, 'A', 'B')]),
];

#[cfg(test)]
mod tests {
    use crate::compiler::relate::relation_patterns::tests::relations_of as relations;

    /// (name, invented marked sentence, every typed relation expected, sorted)
    const CASES: &[(&str, &str, &[&str])] = &[
        ("who leads", "[Ola Nord|per], who leads [Qorgau|org], spoke.", &["Ola Nord head-of Qorgau"]),
        ("leader of the volunteer group Z", "A court fined [Ola Nord|per], leader of the volunteer group [Qorgau|org], on Monday.", &["Ola Nord head-of Qorgau"]),
        ("president of Z", "[Ola Nord|per], president of [Fjord Aid|org], called it cruel.", &["Ola Nord head-of Fjord Aid"]),
        ("the director of Z", "[Ola Nord|per], the director of [Fjord Aid|org], called it cruel.", &["Ola Nord head-of Fjord Aid"]),
        ("used to head, marked former", "[Ola Nord|per] used to head [Qorgau|org].", &["Ola Nord former head-of Qorgau"]),
        ("the former head of Z, marked former", "[Ola Nord|per], the former head of [Qorgau|org], testified.", &["Ola Nord former head-of Qorgau"]),
        ("head title before the name", "The founder of [Qorgau|org], [Ola Nord|per], left.", &["Ola Nord head-of Qorgau"]),
        ("deputy head with an acronym in passing", "The deputy head of the [Fjord Legal Aid|org], or [FLA|org], [Ola Nord|per], said so.", &["Ola Nord head-of Fjord Legal Aid"]),
        ("head title before a list takes the first name only", "The head of [Qorgau|org], [Ola Nord|per], and her aide, [Li Wen|per], left.", &["Ola Nord head-of Qorgau"]),
        ("head title inside a quote about a third person", "“The head of [Qorgau|org], [Ola Nord|per], lies,” [Li Wen|per] said.", &[]),
        ("spokeswoman with an article and a comma", "A [Steppe Ministry|org] spokeswoman, [Ola Nord|per], said so.", &["Ola Nord spokesperson-for Steppe Ministry"]),
        ("a spokesman for Z before the name", "a spokesman for the [Steppe Agency|org], [Ola Nord|per], said", &["Ola Nord spokesperson-for Steppe Agency"]),
        ("press secretary before the name", "[Akorda House|org]'s press secretary, [Ola Nord|per], declined.", &["Ola Nord spokesperson-for Akorda House"]),
        ("a member of the Z from a place", "[Ola Nord|per], a member of the [Steppe Assembly|org] from [Lapland|pla], spoke.", &["Ola Nord member-of Steppe Assembly"]),
        ("a volunteer with Z", "[Ola Nord|per], a volunteer with [Qorgau|org], said so.", &["Ola Nord member-of Qorgau"]),
        ("a volunteer with the group (an anaphor)", "[Qorgau|org] met. [Ola Nord|per], a volunteer with the group, said so.", &["Ola Nord member-of Qorgau"]),
        ("has volunteered since a year with Z", "[Ola Nord|per] has volunteered since 2029 with [Qorgau|org].", &["Ola Nord member-of Qorgau"]),
        ("the group's volunteers", "[Qorgau|org] helped, and two of the group's volunteers, [Ola Nord|per] and [Li Wen|per], spoke.", &["Li Wen member-of Qorgau", "Ola Nord member-of Qorgau"]),
        ("works as a driver for Z", "[Ola Nord|per] now works as a driver for [Fjord Freight|org].", &["Ola Nord works-for Fjord Freight"]),
        ("teaches at Z", "[Ola Nord|per] teaches chemistry at [Fjord School|org].", &["Ola Nord works-for Fjord School"]),
        ("an ex-officer who now practises at Z", "[Ola Nord|per], an ex-investigator of the [Steppe Police|org] who now practises at the [Oslo|pla] firm [Fjord Partners|org], said so.", &["Ola Nord works-for Fjord Partners"]),
        ("worked at Z until a year, marked former", "[Ola Nord|per] worked at the [Fjord Academy|org] until 2029.", &["Ola Nord former works-for Fjord Academy"]),
        ("used to work for Z, marked former", "Until 2029 [Ola Nord|per] used to work for [Fjord Radio|org].", &["Ola Nord former works-for Fjord Radio"]),
        ("an ex-Z officer, marked former", "[Ola Nord|per], an ex-[KNX|org] officer, spoke.", &["Ola Nord former works-for KNX"]),
        ("a former employee of Z, marked former", "[Ola Nord|per], a former employee of [Fjord Freight|org], spoke.", &["Ola Nord former works-for Fjord Freight"]),
        ("the main presenter of Z after an age", "[Ola Nord|per], 38, is the main presenter of [Fjord TV|org], a small channel.", &["Ola Nord works-for Fjord TV"]),
        ("his employer, not the place before the company", "[Ola Nord|per] vanished. His employer, the [Oslo|org] freight company [Fjord Freight|org], says so.", &["Ola Nord works-for Fjord Freight"]),
        ("his employer", "[Ola Nord|per] vanished. His employer, the [Oslo|pla] freight company [Fjord Freight|org], says so.", &["Ola Nord works-for Fjord Freight"]),
        ("an organization's lawyer", "[FLA|org] lawyer [Ola Nord|per], who represents [Li Wen|per], spoke.", &["Ola Nord lawyer-for Li Wen", "Ola Nord works-for FLA"]),
        ("who studies at Z", "[Ola Nord|per], who studies steppe poetry in [Norway|pla] at the [Fjord Institute|org], said so.", &["Ola Nord expert-at Fjord Institute"]),
        ("Foreign Minister X of Q", "In May, Foreign Minister [Ola Nord|per] of [Norway|pla] spoke.", &["Ola Nord minister-of Norway"]),
        ("President X of Q", "The talks, President [Ola Nord|per] of [Norway|pla] said, went well.", &["Ola Nord head-of Norway"]),
        ("Vice President X of Q is no head", "Vice President [Ola Nord|per] of [Norway|pla] spoke.", &[]),
        ("Q's deputy foreign minister, X", "[Norway|pla]'s deputy foreign minister, [Ola Nord|per], told lawmakers.", &["Ola Nord minister-of Norway"]),
        ("the head of Q's ministry", "When the head of [Norway|pla]'s [Ministry of Roads|org], [Ola Nord|per], flew in, nobody came.", &["Ola Nord head-of Ministry of Roads", "Ola Nord minister-of Norway"]),
        ("the head of Q's agency is no minister", "The head of [Norway|pla]'s [Road Agency|org], [Ola Nord|per], flew in.", &["Ola Nord head-of Road Agency"]),
        ("the Minister of Foreign Affairs of Q", "The Minister of Foreign Affairs of [Norway|pla], [Ola Nord|per], told reporters.", &["Ola Nord minister-of Norway"]),
        ("X, Y's lawyer", "said [Ola Nord|per], [Li Wen|per]'s lawyer.", &["Ola Nord lawyer-for Li Wen"]),
        // shapes that must not fire
        ("an organization's channel on a platform is no member", "They watched the [Steppe Committee|org]'s [YouTube|org] channel.", &[]),
        ("a person of a country is no member of it", "[Ola Nord|per] of [Norway|pla] spoke.", &[]),
        ("a role noun inside an organization's name makes no role (writing to it is stated)", "[Ola Nord|per] wrote to the [Union of Spokesmen|org].", &["Ola Nord wrote Union of Spokesmen"]),
        ("a role of someone else in a list", "[Ola Nord|per], [Li Wen|per] and [Mira Ek|per], a reporter for [Fjord Radio|org], spoke.", &["Mira Ek correspondent-for Fjord Radio"]),
        ("the lawyer for the family names no client", "[Ola Nord|per], the lawyer for the family, spoke to [Li Wen|per].", &[]),
        ("a role after a quote closed in the sentence", "It grows,” said [Ola Nord|per], director of the [Steppe Service|org] of [Fjord Radio|org].", &["Ola Nord head-of Steppe Service"]),
        ("a lawyer inside a quote about a third person", "“Her lawyer, [Ola Nord|per], did nothing,” [Li Wen|per] said.", &[]),
        ("a role of someone whose relative is named", "[Ola Nord|per], whose son works as a driver for [Fjord Freight|org], spoke.", &[]),
        ("works with is no employment", "[Ola Nord|per] works with [Qorgau|org] on cases.", &[]),
        ("an opposition leader of a country is no head of it", "Opposition leader [Ola Nord|per] of [Norway|pla] spoke.", &[]),
    ];

    #[test]
    fn role_constructions_state_relations() {
        let wrong: Vec<String> = CASES
            .iter()
            .filter(|(_, sentence, expected)| relations(sentence) != expected.to_vec())
            .map(|(name, sentence, _)| format!("{name}: {:?}", relations(sentence)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
