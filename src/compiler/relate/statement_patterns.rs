//! The statement constructions of real reporting as sentence patterns: who told, spoke to or gave an interview to which outlet, and who wrote to whom.
//!
//! News prose says who told an outlet in a handful of shapes beyond the plain `X told Z`: with an
//! adverb or a coordinated subject (`X later told Z`, `X and Y told Z`), in a relative clause
//! (`X, who spoke to Z,`), as an aside (`X, speaking to Z, said`), fronted (`In an interview with
//! Z, X said`), with the outlet as the subject (`Z spoke to X`, `Z interviewed X`) or the agent
//! (`X was quoted by Z`), and as an interview given (`X gave an interview to Z`). Writing is
//! stated by sending a letter, complaint or petition to someone (`X sent a complaint to Z`) or by
//! asking them in writing. An outlet is an organization entity, or the document's own outlet
//! through the slot [`super::verb_patterns::DOCUMENT_OUTLET`] (`told the station`); telling an
//! institution is vetoed by [`super::guards`], like a statement quoted inside someone's quotation.

use super::relation_patterns::{rule, RelationPattern};
use super::verb_patterns::DOCUMENT_OUTLET;
use crate::model::RelationKind::*;

/// Word classes the statement rules use as `@name`.
pub const STATEMENT_CLASSES: &[(&str, &[&str])] = &[
    (
        "adv",
        &[
            "also", "later", "earlier", "recently", "previously", "then", "first", "separately",
            "subsequently", "again", "exclusively", "publicly", "personally", "once",
        ],
    ),
    ("interview", &["interview", "interviews", "conversation", "conversations"]),
    (
        "interviewadj",
        &["exclusive", "recent", "telephone", "phone", "video", "separate", "rare", "lengthy"],
    ),
    ("give", &["gave", "give", "gives", "giving", "granted", "grants"]),
    ("send", &["sent", "sends", "filed", "files", "submitted", "submits", "addressed", "lodged"]),
    (
        "missive",
        &[
            "letter", "letters", "complaint", "complaints", "petition", "petitions", "appeal",
            "appeals", "plea", "request",
        ],
    ),
    ("said", &["said", "says", "told", "tells", "explained", "recalled", "added", "noted"]),
    (
        "titlenoun",
        &[
            "spokesman", "spokeswoman", "spokesperson", "activist", "lawyer", "attorney",
            "researcher", "analyst", "official", "commissioner", "ombudsman", "chairman",
            "chairwoman", "minister", "ambassador", "envoy", "professor", "journalist", "blogger",
            "poet", "writer", "teacher", "president", "director", "head", "leader",
        ],
    ),
];

/// The statement rules; they join the table of [`super::relation_patterns`].
pub const STATEMENT_PATTERNS: &[RelationPattern] = &[
    // telling an outlet
    rule("told an outlet, after an adverb or with a coordinated subject", "< $A:per|org|grp~+ {app} ?@verbaux ?@adv @tell ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("told an outlet, after a title before the name", "< ?the|a|an ^4 @titlenoun ^3 $A:per {app} ?@verbaux ?@adv @tell ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("told an outlet, after a title of a place or body before the name", "< ?the|a|an ^4 @titlenoun to|of|for ?the $C:pla|org ^2 $A:per {app} ?@verbaux ?@adv @tell ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("confirmed to an outlet, in a relative clause", "which|that $A:per|org~ ?@verbaux ?@adv @confide to ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("told or spoke to an outlet, in a relative clause", "$A:per|org|grp , who ?@verbaux ?@adv @tell|@speak ?to|with ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("told or spoke to the document's outlet, in a relative clause", "$A:per|org|grp , who ?@verbaux ?@adv @tell|@speak ?to|with this|the @outletnoun", &[(ToldOutlet, 'A', DOCUMENT_OUTLET)]),
    rule("speaking to an outlet, as an aside", "$A:per~ , speaking|talking to|with ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("speaking to the document's outlet, as an aside", "$A:per~ , speaking|talking to|with this|the @outletnoun", &[(ToldOutlet, 'A', DOCUMENT_OUTLET)]),
    rule("in an interview with an outlet, the speaker after", "< in|during ?a|an|the ?@interviewadj @interview with ?the $B:org> {app} , $A:per~ @said", &[(ToldOutlet, 'A', 'B')]),
    rule("gave an interview to an outlet", "< $A:per|org~ {app} ?@verbaux ?@adv @give ?a|an|the|his|her|its ?@interviewadj @interview to ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("an outlet spoke to or interviewed someone", "< $B:org {app} ?@verbaux ?@adv spoke|speaks|talked|talks to|with ^2 $A:per~ {end}", &[(ToldOutlet, 'A', 'B')]),
    rule("an outlet interviewed someone", "< $B:org {app} ?@verbaux ?@adv interviewed|interviews ^2 $A:per~ {end}", &[(ToldOutlet, 'A', 'B')]),
    rule("quoted by an outlet", "< $A:per|org {app} ?@verbaux ?@verbaux quoted by ?the $B:org>", &[(ToldOutlet, 'A', 'B')]),
    // writing to someone
    rule("sent a letter or complaint to", "< $A:per|org|grp~ {app} ?@verbaux ?@adv @send ?a|an|the|his|her|its|their ?open|formal|written|official @missive to|with ?the ^4 $B:per|org", &[(Wrote, 'A', 'B')]),
    rule("asked someone in writing", "< $A:per|org|grp~ {app} ?@verbaux ?@adv asked|petitioned|urged ^4 $B:per|org in writing", &[(Wrote, 'A', 'B')]),
];

#[cfg(test)]
#[path = "statement_patterns_tests.rs"]
mod tests;
