//! The interaction constructions of real reporting as sentence patterns: who detained, questioned, summoned, sentenced, released or met whom.
//!
//! Police and courts act in a few shapes beyond `Z detained X`: through their officers (`officers
//! of Z came to her flat and questioned her`, `Z officers detained him`), on a pronoun the
//! anaphora resolved (`the court released him`), in the passive with the agent after the verb's
//! adjuncts or a quoted charge (`X was sentenced to 15 years for "separatism" by Z`), by summons
//! to their premises (`X was summoned to Z's office`), by handing down a term (`Z handed X a
//! ten-year sentence`). Meetings are held talks, a meeting received (`X received Y`, `Y was
//! received by X`), or two names meeting (`X and Y met in Astana`). A pronoun object must end its
//! noun phrase (`detained his brother` is not him); negations are vetoed by [`super::guards`].

use super::relation_patterns::{rule, RelationPattern};
use crate::model::RelationKind::*;

/// Word classes the interaction rules use as `@name`.
pub const INTERACTION_CLASSES: &[(&str, &[&str])] = &[
    (
        "agents",
        &[
            "officers", "officer", "agents", "agent", "investigators", "investigator", "police",
            "policemen", "officials", "guards",
        ],
    ),
    ("agentadj", &["secret", "security", "border", "plainclothes", "state", "local"]),
    ("detainverb", &["detained", "arrested", "abducted", "seized", "jailed", "imprisoned"]),
    ("askverb", &["questioned", "interrogated"]),
    ("freeverb", &["released", "freed"]),
    ("meetadj", &["rare", "brief", "private", "closed-door", "separate", "lengthy", "formal"]),
    ("talks", &["talks", "meeting", "meetings", "consultations"]),
    ("metafter", &["in", "on", "at", "for", "twice", "again", "privately", "briefly", "last", "."]),
];

/// The interaction rules; they join the table of [`super::relation_patterns`].
pub const INTERACTION_PATTERNS: &[RelationPattern] = &[
    // security services through their officers
    rule("officers of an organization came and questioned", "@agents of|from ?the ...2 $A:org ...,14 and ?then @askverb $B:per~ {end}", &[(Questioned, 'A', 'B')]),
    rule("officers of an organization came and detained", "@agents of|from ?the ...2 $A:org ...,14 and ?then @detainverb $B:per~ {end}", &[(Detained, 'A', 'B')]),
    rule("an organization's officers questioned", "< $A:org ?'s ?@agentadj @agents ?@verbaux ?@adv @askverb $B:per~ {end}", &[(Questioned, 'A', 'B')]),
    rule("an organization's officers detained", "< $A:org ?'s ?@agentadj @agents ?@verbaux ?@adv @detainverb $B:per~ {end}", &[(Detained, 'A', 'B')]),
    // an organization acting on a name or a resolved pronoun
    rule("an organization detained him", "< $A:org {app} ?@verbaux ?@adv @detainverb $B:per~ {end}", &[(Detained, 'A', 'B')]),
    rule("an organization questioned him", "< $A:org {app} ?@verbaux ?@adv @askverb $B:per~ {end}", &[(Questioned, 'A', 'B')]),
    rule("an organization released him", "< $A:org {app} ?@verbaux ?@adv @freeverb $B:per~ {end}", &[(Released, 'A', 'B')]),
    rule("an organization handed him a sentence", "< $A:org {app} ?@verbaux ?@adv handed|gave $B:per~ a|an ...3 sentence|term", &[(Sentenced, 'A', 'B')]),
    // the passive, a pronoun subject
    rule("he was detained by", "< $B:per~ ?@verbaux ?@verbaux @held ...6 by ?the ?@agents ?of ?the $A:org", &[(Detained, 'A', 'B')]),
    rule("he was questioned by", "< $B:per~ ?@verbaux ?@verbaux @askverb ...6 by ?the ?@agents ?of ?the $A:org", &[(Questioned, 'A', 'B')]),
    rule("he was sentenced by", "< $B:per~ ?@verbaux ?@verbaux sentenced|convicted ...6 by ?the $A:org", &[(Sentenced, 'A', 'B')]),
    rule("sentenced for a quoted charge by", "< $B:per~ {app} ?@verbaux ?@verbaux sentenced|convicted|jailed|imprisoned ...6 \" ...8 \" ...4 by ?the $A:org", &[(Sentenced, 'A', 'B')]),
    // summons
    rule("summoned to an organization's premises", "< $B:per~ {app} ?@verbaux ?@verbaux summoned ...6 to|at ?the $A:org 's ...2 @premises", &[(Questioned, 'A', 'B')]),
    rule("summoned to the premises of an organization", "< $B:per~ {app} ?@verbaux ?@verbaux summoned ...6 to|at ?the ...2 @premises of ?the $A:org", &[(Questioned, 'A', 'B')]),
    rule("summoned for questioning by", "< $B:per~ {app} ?@verbaux ?@verbaux summoned for questioning|interrogation ...4 by ?the $A:org", &[(Questioned, 'A', 'B')]),
    // meetings
    rule("held talks with", "< ?the ^4 $A:per~ {app} ?@verbaux ?@adv held|had ?a|an ?@meetadj @talks with ...,4 $B:per", &[(MetWith, 'A', 'B')]),
    rule("received someone", "< ?the ^4 $A:per~ {app} ?@verbaux ?@adv received ^3 $B:per {end}", &[(MetWith, 'A', 'B')]),
    rule("was received by someone", "< $B:per~ {app} ?@verbaux ?@verbaux received by ^3 $A:per", &[(MetWith, 'A', 'B')]),
    rule("two names met", "< $A:per and ^3 $B:per ?@verbaux ?@adv met|meet @metafter", &[(MetWith, 'A', 'B')]),
];

#[cfg(test)]
#[path = "interaction_patterns_tests.rs"]
mod tests;
