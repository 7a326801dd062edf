//! Vetoes on pattern matches whose words say the relation does not hold now, or is not between the two entities.
//!
//! A pattern says how a relation is stated; a guard looks at the words the match covers, and the
//! word after it, for what undoes it: a role the text gives as past (`a former employee of`,
//! `ex-head of`), or an organization's channel on a platform (`the KNB's YouTube channel`), which
//! makes the platform no part of the organization; a negation (`was not a reporter for`); and a
//! last name that owns what follows (`who represents [X]'s district`). Until relations carry their tense, a past role
//! is left out rather than shown as current.

use super::pattern::Match;
use super::sentence_items::Item;
use crate::model::RelationKind;

/// Words that put a role in the past.
const PAST_ROLE_WORDS: &[&str] =
    &["former", "formerly", "ex", "onetime", "one-time", "erstwhile", "previously", "retired"];

/// Nouns for what an organization keeps on a platform.
const CHANNEL_NOUNS: &[&str] = &[
    "channel", "channels", "account", "accounts", "page", "pages", "feed", "profile", "website",
    "site", "app", "group", "chat", "handle",
];

/// Whether the words of a match give the role as past (`former`, `ex-`, `used to`).
pub fn states_a_past_role(words: &[Item]) -> bool {
    words.iter().any(|w| PAST_ROLE_WORDS.contains(&w.lower.as_str()) || w.lower.starts_with("ex-"))
        || words.windows(2).any(|pair| pair[0].lower == "used" && pair[1].lower == "to")
}

/// Whether a relation of this kind is a role that can be past (affiliations and offices).
pub fn is_a_role(kind: RelationKind) -> bool {
    matches!(kind.family(), "affiliation" | "office")
}

/// Whether the word after a match makes its last mention a channel on a platform (`YouTube channel`).
pub fn names_a_channel(next: Option<&Item>) -> bool {
    next.is_some_and(|w| CHANNEL_NOUNS.contains(&w.lower.as_str()))
}

/// Words that deny what a match states (`was not a reporter for`, `is no lawyer for`).
const NEGATIONS: &[&str] = &["not", "no", "never", "n't", "neither", "nor"];

/// Whether the words of a match deny the relation.
pub fn denies(words: &[Item]) -> bool {
    words.iter().any(|w| NEGATIONS.contains(&w.lower.as_str()))
}

/// Whether the match's last name owns what follows (`who represents [X]'s district`): the relation
/// is then with the thing owned, not with the name. `an associate of X's,` owns nothing.
pub fn ends_in_a_possessor(rest: &[Item]) -> bool {
    rest.first().is_some_and(|w| w.lower == "'s")
        && rest.get(1).is_some_and(|w| w.lower.chars().next().is_some_and(char::is_alphanumeric))
}

/// Nouns that name an institution one reports to, not an outlet one talks to (`told the Ministry of Culture`).
const INSTITUTION_NOUNS: &[&str] = &[
    "ministry", "court", "police", "embassy", "consulate", "committee", "government", "department",
    "parliament", "prosecutor", "prosecutor's", "council", "commission", "akimat",
    "administration", "senate", "mazhilis", "office",
];

/// Whether a statement match is something a speaker tells an institution, not an outlet: its
/// object's name holds an institution noun.
pub fn tells_an_institution(kind: RelationKind, object: Option<&Item>) -> bool {
    kind == RelationKind::ToldOutlet
        && object
            .is_some_and(|o| o.lower.split_whitespace().any(|w| INSTITUTION_NOUNS.contains(&w)))
}

/// Whether a statement match stands inside a quotation (an odd number of quotation marks before
/// it in the sentence, and one after it): someone quoted telling something is not the narrator's
/// statement; `"…," she told X` is.
pub fn quoted_statement(kind: RelationKind, before: &[Item], after: &[Item]) -> bool {
    let mark = |w: &&Item| w.lower == "\"";
    kind.family() == "statement"
        && before.iter().filter(mark).count() % 2 == 1
        && after.iter().any(|w| mark(&w))
}

/// Whether pattern match `m` over a sentence's `items` may yield a relation of `kind` whose object
/// is bound to slot `target`: [`allows`] over the words it covers and the rest of the sentence.
pub fn allows_match(kind: RelationKind, items: &[Item], m: &Match, target: char) -> bool {
    let (words, rest) = (&items[m.first..m.end], &items[m.end..]);
    let object_last =
        words.last().and_then(|w| w.entity()).is_none_or(|e| m.slot(target).contains(&e));
    let object =
        words.iter().rev().find(|w| w.entity().is_some_and(|e| m.slot(target).contains(&e)));
    allows(kind, words, rest, object_last)
        && !tells_an_institution(kind, object)
        && !quoted_statement(kind, &items[..m.first], rest)
}

/// Whether the match covering `words`, followed by the sentence's `rest`, may yield a relation of
/// `kind`; `object_last` is false only when the match ends with the subject's name after its title
/// (`President [X]'s administration` still names a president), true when it ends with the object
/// (`who represents [X]'s district`) or a role noun (`the [VNRL] reporter's driver`).
pub fn allows(kind: RelationKind, words: &[Item], rest: &[Item], object_last: bool) -> bool {
    let past_role = is_a_role(kind) && states_a_past_role(words);
    let platform = kind == RelationKind::MemberOf && names_a_channel(rest.first());
    // Campaigning against X's deportation or for X's release is campaigning for X.
    let owned = object_last && kind != RelationKind::CampaignedFor && ends_in_a_possessor(rest);
    !past_role && !platform && !denies(words) && !owned
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::testing::marked;
    use RelationKind::*;

    /// (name, marked words of a match then the next word after `|`, kind, allowed)
    const CASES: &[(&str, &str, &str, RelationKind, bool)] = &[
        ("a current role", "[Ola Nord|per], an employee of [Qorgau|org]", ",", WorksFor, true),
        (
            "a former role",
            "[Ola Nord|per], a former employee of [Qorgau|org]",
            ",",
            WorksFor,
            false,
        ),
        ("an ex- role", "[Ola Nord|per], an ex-officer of the [Qorgau|org]", ",", WorksFor, false),
        ("used to head", "[Ola Nord|per] used to head [Qorgau|org]", ".", HeadOf, false),
        (
            "past words do not undo kinship",
            "[Ola Nord|per]'s former husband, [Li Wen|per]",
            ",",
            SpouseOf,
            true,
        ),
        ("an organization's unit", "[Qorgau|org]'s [Legal Service|org]", "said", MemberOf, true),
        (
            "an organization's channel on a platform",
            "the [Qorgau|org]'s [YouTube|org]",
            "channel",
            MemberOf,
            false,
        ),
        (
            "a denied role",
            "[Ola Nord|per] was not a reporter for [VNRL|org]",
            ".",
            CorrespondentFor,
            false,
        ),
        (
            "a name that owns what follows",
            "[Ola Nord|per], an MP who represents [Li Wen|per]",
            "'s district",
            LawyerFor,
            false,
        ),
        (
            "a double possessive owns nothing",
            "[Ola Nord|per], an associate of [Li Wen|per]",
            "'s, spoke",
            AssociateOf,
            true,
        ),
    ];

    #[test]
    fn guards_veto_past_roles_and_platform_channels() {
        for (name, words, rest, kind, expected) in CASES {
            let (_, match_items, _, _) = marked(words);
            let (_, items, _, _) = marked(&format!("{words}{rest}"));
            let (words, rest) = items.split_at(match_items.len());
            let object_last = true;
            assert_eq!(allows(*kind, words, rest, object_last), *expected, "{name}");
        }
    }
}
