//! Vetoes on pattern matches whose words say the relation is not stated, and the mark on roles the words give as past.
//!
//! A pattern says how a relation is stated; a guard looks at the words the match covers, and the
//! word after it, for what undoes it: a role the text gives as past (`a former employee of`,
//! `ex-head of`), or an organization's channel on a platform (`the KNB's YouTube channel`), which
//! makes the platform no part of the organization; a negation (`was not a reporter for`); and a
//! last name that owns what follows (`who represents [X]'s district`). A past role is no veto:
//! [`verdict`] keeps it as a former role, never shown as current.

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

/// Verbs of work in the simple past (`worked at Z`): past unless `has`/`have` makes them perfect.
const PAST_WORK_VERBS: &[&str] = &["worked", "taught", "practised", "practiced", "volunteered"];

/// Words that open a clause in the present after an appositive closes (`X, a former clerk, has
/// volunteered with Z`): the role stated from there on is current.
const PRESENT_CLAUSE_OPENERS: &[&str] =
    &["has", "have", "is", "are", "heads", "leads", "runs", "chairs", "works", "serves", "now"];

/// Where the words that state the role now begin: after `now` (`an ex-investigator who now
/// practises at Z`) or after an appositive closed by a comma before a present verb.
fn current_clause_start(words: &[Item]) -> usize {
    let now = words.iter().rposition(|w| w.lower == "now");
    let reopened = words.windows(2).rposition(|pair| {
        pair[0].lower == "," && PRESENT_CLAUSE_OPENERS.contains(&pair[1].lower.as_str())
    });
    now.max(reopened.map(|at| at + 1)).unwrap_or(0)
}

/// Whether the words of a match give the role as past (`former`, `ex-`, `used to`, `worked at`).
pub fn states_a_past_role(words: &[Item]) -> bool {
    let words = &words[current_clause_start(words)..];
    let perfect = |i: usize| {
        let auxiliary = words[..i].iter().rev().find(|w| w.lower != "also");
        auxiliary.is_some_and(|w| matches!(w.lower.as_str(), "has" | "have"))
    };
    words.iter().any(|w| PAST_ROLE_WORDS.contains(&w.lower.as_str()) || w.lower.starts_with("ex-"))
        || words.windows(2).any(|pair| pair[0].lower == "used" && pair[1].lower == "to")
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| PAST_WORK_VERBS.contains(&w.lower.as_str()) && !perfect(i))
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

/// Whether a match starting at item `first` stands inside a quotation opened earlier in the
/// sentence: a role a speaker gives a third person is the speaker's word, not the text's.
pub fn inside_a_quote(items: &[Item], first: usize) -> bool {
    let before: Vec<&Item> = items[..first].iter().filter(|w| w.lower == "\"").collect();
    let opened = match before.last() {
        Some(last) if last.text == "“" => true,
        Some(last) if last.text == "”" => false,
        _ => before.len() % 2 == 1,
    };
    opened && items[first..].iter().any(|w| w.lower == "\"")
}

/// Whether the words of a match run through a `whose …` clause that no comma closes: in `X,
/// whose son works for Z` the role is the son's.
pub fn runs_through_a_relative(words: &[Item]) -> bool {
    words
        .iter()
        .position(|w| w.lower == "whose")
        .is_some_and(|at| words[at..].iter().all(|w| w.lower != ","))
}

/// What the guards make of a pattern match: no relation, a relation that holds, or a role the
/// words give as past.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Vetoed,
    Current,
    Former,
}

/// What pattern match `m` over a sentence's `items` yields for a relation of `kind` whose object is
/// bound to slot `target`: [`judge`] over the words it covers and the rest of the sentence.
pub fn verdict(kind: RelationKind, items: &[Item], m: &Match, target: char) -> Verdict {
    let (words, rest) = (&items[m.first..m.end], &items[m.end..]);
    let object_last =
        words.last().and_then(|w| w.entity()).is_none_or(|e| m.slot(target).contains(&e));
    let role = is_a_role(kind) || kind == RelationKind::LawyerFor;
    let object =
        words.iter().rev().find(|w| w.entity().is_some_and(|e| m.slot(target).contains(&e)));
    let said_by_someone_else = (role
        && (inside_a_quote(items, m.first) || runs_through_a_relative(words)))
        || quoted_statement(kind, &items[..m.first], rest);
    if said_by_someone_else || tells_an_institution(kind, object) {
        return Verdict::Vetoed;
    }
    judge(kind, words, rest, object_last)
}

/// What the match covering `words`, followed by the sentence's `rest`, yields for `kind`: vetoed by
/// a platform channel, a negation or an owned object, else former when it is a role the words give
/// as past. `object_last` is false only when the match ends with the subject's name after its title
/// (`President [X]'s administration` still names a president), true when it ends with the object
/// (`who represents [X]'s district`) or a role noun (`the [VNRL] reporter's driver`).
pub fn judge(kind: RelationKind, words: &[Item], rest: &[Item], object_last: bool) -> Verdict {
    let platform = kind == RelationKind::MemberOf && names_a_channel(rest.first());
    // Campaigning against X's deportation or for X's release is campaigning for X.
    let owned = object_last && kind != RelationKind::CampaignedFor && ends_in_a_possessor(rest);
    if platform || denies(words) || owned {
        Verdict::Vetoed
    } else if is_a_role(kind) && states_a_past_role(words) {
        Verdict::Former
    } else {
        Verdict::Current
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::relate::testing::marked;
    use RelationKind::*;
    use Verdict::{Current, Former, Vetoed};

    /// (name, marked words of a match, the words after it, kind, verdict)
    const CASES: &[(&str, &str, &str, RelationKind, Verdict)] = &[
        ("a current role", "[Ola Nord|per], an employee of [Qorgau|org]", ",", WorksFor, Current),
        (
            "a former role",
            "[Ola Nord|per], a former employee of [Qorgau|org]",
            ",",
            WorksFor,
            Former,
        ),
        ("an ex- role", "[Ola Nord|per], an ex-officer of the [Qorgau|org]", ",", WorksFor, Former),
        ("used to head", "[Ola Nord|per] used to head [Qorgau|org]", ".", HeadOf, Former),
        (
            "a former job in an appositive, then a present role",
            "[Ola Nord|per], a former clerk at a bank, has volunteered since 2029 with [Qorgau|org]",
            ",",
            MemberOf,
            Current,
        ),
        (
            "a present verb inside the past appositive's object keeps it past",
            "[Ola Nord|per], the former head of [Qorgau|org]",
            ", has left.",
            HeadOf,
            Former,
        ),
        (
            "past words do not undo kinship",
            "[Ola Nord|per]'s former husband, [Li Wen|per]",
            ",",
            SpouseOf,
            Current,
        ),
        ("an organization's unit", "[Qorgau|org]'s [Legal Service|org]", "said", MemberOf, Current),
        (
            "an organization's channel on a platform",
            "the [Qorgau|org]'s [YouTube|org]",
            "channel",
            MemberOf,
            Vetoed,
        ),
        (
            "a denied role",
            "[Ola Nord|per] was not a reporter for [VNRL|org]",
            ".",
            CorrespondentFor,
            Vetoed,
        ),
        (
            "a name that owns what follows",
            "[Ola Nord|per], an MP who represents [Li Wen|per]",
            "'s district",
            LawyerFor,
            Vetoed,
        ),
        (
            "a double possessive owns nothing",
            "[Ola Nord|per], an associate of [Li Wen|per]",
            "'s, spoke",
            AssociateOf,
            Current,
        ),
    ];

    #[test]
    fn guards_mark_past_roles_and_veto_platform_channels() {
        for (name, words, rest, kind, expected) in CASES {
            let (_, match_items, _, _) = marked(words);
            let (_, items, _, _) = marked(&format!("{words}{rest}"));
            let (words, rest) = items.split_at(match_items.len());
            let object_last = true;
            assert_eq!(judge(*kind, words, rest, object_last), *expected, "{name}");
        }
    }
}
