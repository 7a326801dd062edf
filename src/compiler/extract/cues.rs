//! Gives the context votes for a name's kind from the words around it (`in X` place, `X said` person, `told X` organization).
//!
//! Takes a sentence's words and the word span of a name and gives the context votes for its kind:
//! `in X` and `X-based` vote place, `X said` and `X, 41,` vote person, `X group` and `told X` vote
//! organization.

use crate::compiler::lexicon::{
    is_known_place, is_member_role, is_place_keyword, is_speech_verb, noun_kind,
};

/// `analysts at X`, `an expert at X`: people work at organizations.
fn works_at(noun: &str) -> bool {
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    noun_kind(singular) == Some(EntityKind::Person) || is_member_role(noun)
}
use super::cue_phrases::{
    followed_by_it, indefinite_after_object, indefinite_body_after_place, kin_appositive,
    names_what_follows, org_noun_appositive, takes_an_article,
};
use super::words::{SentenceWords, Shape};
use crate::model::EntityKind;

/// Evidence for each kind, summed over a name's mentions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Votes {
    pub person: f32,
    pub organization: f32,
    pub place: f32,
    pub group: f32,
}

impl Votes {
    pub fn add(&mut self, kind: EntityKind, weight: f32) {
        match kind {
            EntityKind::Person => self.person += weight,
            EntityKind::Organization => self.organization += weight,
            EntityKind::Place => self.place += weight,
            EntityKind::Group => self.group += weight,
        }
    }

    pub fn merge(&mut self, other: &Votes) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
        self.group += other.group;
    }

    pub fn get(&self, kind: EntityKind) -> f32 {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organization => self.organization,
            EntityKind::Place => self.place,
            EntityKind::Group => self.group,
        }
    }

    /// The kind with most votes, if it has at least `floor`; ties go to person, then organization.
    pub fn leader(&self, floor: f32) -> Option<EntityKind> {
        let best =
            EntityKind::ALL.into_iter().fold(None::<(EntityKind, f32)>, |best, kind| match best {
                Some((_, votes)) if votes >= self.get(kind) => best,
                _ => Some((kind, self.get(kind))),
            });
        best.filter(|&(_, votes)| votes >= floor).map(|(kind, _)| kind)
    }
}

const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "near", "from", "across", "into", "throughout", "via", "inside", "outside", "around",
    "toward", "towards",
];
const PARTICIPLES: &[&str] = &[
    "based", "born", "bred", "funded", "led", "backed", "controlled", "run", "owned", "registered",
    "headquartered", "bound",
];
/// Words opening a fronted adverbial phrase that a comma closes (`Following the case of X, …`).
pub(super) const FRONTING: &[&str] = &[
    "in", "on", "at", "after", "before", "following", "since", "despite", "during", "until",
    "while", "when", "although", "though", "because", "if", "according", "among", "amid", "from",
    "with", "without", "under", "through", "by", "unlike", "once",
];
const POSITIONS: &[&str] = &["left", "right", "center", "centre", "front", "second", "third"];
const APPOSITION_STOPS: &[&str] = &[
    "who", "which", "that", "whose", "of", "on", "in", "at", "for", "with", "to", "and", "from",
    "by", "as", "where", "when", "is", "was",
];

pub(super) fn is_plain_space(gap: &str) -> bool {
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// Votes from the words around words `first..=last` of a sentence.
pub fn context_votes(words: &SentenceWords, first: usize, last: usize) -> Votes {
    let mut votes = Votes::default();
    let w = &words.words;
    // Before the name.
    if first > 0 && is_plain_space(w[first].gap) && w[first - 1].shape == Shape::Lower {
        let previous = w[first - 1].folded.as_str();
        let before = first.checked_sub(2).map(|i| w[i].folded.as_str());
        if let Some(kind) = noun_kind(previous) {
            votes.add(kind, 2.0);
        } else if PLACE_PREPOSITIONS.contains(&previous) {
            votes.place += 1.0;
        } else if previous == "of" && before.and_then(noun_kind) == Some(EntityKind::Place) {
            votes.place += 2.0;
        } else if previous == "of" && before.is_some_and(is_member_role) {
            votes.organization += 1.5;
        } else if previous == "at" && before.is_some_and(works_at) {
            votes.organization += 2.0;
        } else if previous == "the" && before.is_some_and(|b| PLACE_PREPOSITIONS.contains(&b)) {
            votes.place += 1.0;
        } else if matches!(previous, "told" | "tells") {
            votes.organization += 1.0;
        } else if is_speech_verb(previous) {
            votes.person += 1.0;
        }
    }
    if takes_an_article(words, first, last) {
        votes.organization += 1.5;
    }
    if let Some(kind) = listed_kind(words, first) {
        votes.add(kind, 2.0);
    }
    // `In X, …` opening a sentence.
    let initial_preposition = first == 1
        && w[0].shape == Shape::Capitalized
        && is_plain_space(w[first].gap)
        && PLACE_PREPOSITIONS.contains(&w[0].folded.as_str());
    if initial_preposition {
        votes.place += 1.0;
    }
    // A comma closing an adverbial is no apposition: after a preposition (`in X, the head of …`),
    // or ending a fronted phrase (`Following the case of X, the government …`).
    let governed = first > 0
        && is_plain_space(w[first].gap)
        && matches!(w[first - 1].shape, Shape::Lower | Shape::Capitalized)
        && (PLACE_PREPOSITIONS.contains(&w[first - 1].folded.as_str())
            || matches!(w[first - 1].folded.as_str(), "at" | "on" | "to" | "by" | "with"));
    let fronted = first > 0
        && FRONTING.contains(&w[0].folded.as_str())
        && !(1..=first).any(|i| w[i].gap.contains(','));
    let governed = governed || fronted;
    // `Mr. X`, `Dr X`: the title is cut off as a word of its own.
    if first > 0
        && matches!(w[first].gap, ". " | " ")
        && matches!(w[first - 1].folded.as_str(), "mr" | "mrs" | "ms" | "dr" | "prof")
    {
        votes.person += 3.0;
    }
    if first > 0 && w[first].gap == ", " && w[first - 1].folded == "capital" {
        votes.place += 2.0;
    }
    if kin_appositive(words, first, last) {
        votes.person += 2.0;
    }
    if org_noun_appositive(words, first, last) {
        votes.organization += 2.0;
    }
    // `67-year-old pensioner X`.
    let age = (first.saturating_sub(3)..first)
        .any(|i| w[i].folded == "old" && w[i].gap == "-" && i > 0 && w[i - 1].folded == "year");
    if age {
        votes.person += 2.0;
    }
    // After the name (a possessive ends what can be said about it, except `X's Y District`).
    if w[last].possessive {
        let place_ahead = (last + 1..w.len().min(last + 4))
            .take_while(|&i| {
                w[i].shape == Shape::Capitalized && (i == last + 1 || is_plain_space(w[i].gap))
            })
            .any(|i| is_place_keyword(&w[i].folded));
        if place_ahead {
            votes.place += 1.0;
        }
        return votes;
    }
    let after = words.after(last);
    let next = w.get(last + 1);
    let next_next = w.get(last + 2);
    match next {
        Some(_) if is_plain_space(after) && names_what_follows(words, last + 1) => {
            votes.place += 1.0
        }
        Some(n) if is_plain_space(after) && n.shape == Shape::Lower => match noun_kind(&n.folded) {
            Some(kind @ (EntityKind::Organization | EntityKind::Place)) => votes.add(kind, 2.0),
            _ if is_member_role(&n.folded) => votes.organization += 1.5,
            // `X says it will …` may be a group speaking: no vote for a person.
            _ if is_speech_verb(&n.folded) && followed_by_it(words, last + 2) => {}
            _ if is_speech_verb(&n.folded) => votes.person += 1.0,
            _ => {
                if let Some(nn) =
                    next_next.filter(|nn| is_plain_space(nn.gap) && nn.shape == Shape::Lower)
                {
                    if let Some(kind @ (EntityKind::Organization | EntityKind::Place)) =
                        noun_kind(&nn.folded)
                    {
                        votes.add(kind, 1.0);
                    }
                }
            }
        },
        Some(n)
            if after == "-"
                && n.shape == Shape::Lower
                && PARTICIPLES.contains(&n.folded.as_str()) =>
        {
            votes.place += 1.5
        }
        Some(n) if after == " (" && POSITIONS.contains(&n.folded.as_str()) => votes.person += 1.0,
        Some(n) if after == ", " => {
            let closes =
                |i: usize| words.after(i).starts_with([',', '.', ';', ')']) || i + 1 >= w.len();
            if n.shape == Shape::Other
                && n.text.chars().all(|c| c.is_ascii_digit())
                && words.after(last + 1).starts_with(',')
            {
                votes.person += 2.0;
            } else if n.folded == "who" {
                votes.person += 1.0;
            } else if n.shape == Shape::Capitalized && is_known_place(&n.folded) && closes(last + 1)
            {
                votes.place += 1.0;
            } else if let Some(kind) = apposition_kind(words, last + 1).filter(|&kind| {
                !governed
                    || indefinite_after_object(words, first, last + 1)
                    || indefinite_body_after_place(words, first, last + 1, kind)
            }) {
                votes.add(kind, 2.0);
            }
        }
        _ => {}
    }
    votes
}

/// `outlets such as X, Y and Z`, `groups including X`: a list's items take the kind of the noun it lists.
fn listed_kind(words: &SentenceWords, first: usize) -> Option<EntityKind> {
    let w = &words.words;
    let kind = |noun: &str| noun_kind(noun).or_else(|| noun.strip_suffix('s').and_then(noun_kind));
    let mut i = first;
    while i > 0 && first - i < 16 {
        if !matches!(w[i].gap, " " | ", " | "\u{a0}") {
            return None;
        }
        let previous = w[i - 1].folded.as_str();
        if previous == "as" && i >= 3 && w[i - 2].folded == "such" && is_plain_space(w[i - 1].gap) {
            return kind(&w[i - 3].folded);
        }
        if previous == "including" && i >= 2 {
            return kind(&w[i - 2].folded);
        }
        let item = matches!(w[i - 1].shape, Shape::Capitalized | Shape::Acronym | Shape::Upper)
            || matches!(previous, "and" | "or" | "the" | "of");
        if !item {
            return None;
        }
        i -= 1;
    }
    None
}

/// The kind named by an apposition starting at word `start`: `, a group lobbying …`, `, the country's biggest city`.
fn apposition_kind(words: &SentenceWords, start: usize) -> Option<EntityKind> {
    let w = &words.words;
    let mut found = None;
    for (i, word) in w.iter().enumerate().take(start + 7).skip(start) {
        if i > start && !(is_plain_space(word.gap) || word.gap == "-") {
            break;
        }
        if word.shape == Shape::Lower && APPOSITION_STOPS.contains(&word.folded.as_str()) {
            break;
        }
        if matches!(word.shape, Shape::Lower | Shape::Acronym) && !word.possessive {
            if let Some(kind) = noun_kind(&word.folded) {
                found = Some(kind);
            }
        }
        if words.after(i).starts_with([',', '.', ';', ')', '(']) {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::words::sentence_words;
    use crate::model::Sentence;

    /// (name, sentence, the name in it, expected leading kind)
    const CASES: &[(&str, &str, &str, Option<EntityKind>)] = &[
        ("in X", "She lives in Taldyqorgan now.", "Taldyqorgan", Some(EntityKind::Place)),
        (
            "in X, an indefinite body after it",
            "He published poems in Dala Lamp, a literary quarterly in Oslo.",
            "Lamp",
            Some(EntityKind::Organization),
        ),
        (
            "from X, an indefinite group after it",
            "It was written with help from Steppe Hands, an unregistered Oslo group.",
            "Hands",
            Some(EntityKind::Organization),
        ),
        (
            "a name after an indefinite organization noun and its comma",
            "She now leads a rival organization, Qoltyr.",
            "Qoltyr",
            Some(EntityKind::Organization),
        ),
        (
            "a name after the definite noun is no organization for that",
            "After leaving the company, Qoltyr, 45, moved.",
            "Qoltyr",
            Some(EntityKind::Person),
        ),
        (
            "in X, a body that speaks: the comma closes an adverbial",
            "Later in Taldyqorgan, a rights group said it would appeal.",
            "Taldyqorgan",
            Some(EntityKind::Place),
        ),
        ("X-based", "The Taldyqorgan-based office opened.", "Taldyqorgan", Some(EntityKind::Place)),
        (
            "village of X",
            "She came from the village of Ushtobe today.",
            "Ushtobe",
            Some(EntityKind::Place),
        ),
        ("X said", "Mira Tolash said it twice.", "Tolash", Some(EntityKind::Person)),
        ("said X", "\"No,\" said Tolash.", "Tolash", Some(EntityKind::Person)),
        ("age apposition", "Mira Tolash, 52, was freed.", "Tolash", Some(EntityKind::Person)),
        (
            "N-year-old",
            "The 52-year-old pensioner Mira Tolash came.",
            "Tolash",
            Some(EntityKind::Person),
        ),
        ("X group", "Her Qorgau Birligi group met.", "Birligi", Some(EntityKind::Organization)),
        (
            "apposition group",
            "Qorgau Birligi, an unregistered advocacy group, met.",
            "Birligi",
            Some(EntityKind::Organization),
        ),
        (
            "apposition person",
            "Mira Tolash, an expert on trade, spoke.",
            "Tolash",
            Some(EntityKind::Person),
        ),
        (
            "apposition city",
            "Taldyqorgan, the country's third city, grew.",
            "Taldyqorgan",
            Some(EntityKind::Place),
        ),
        ("X, Country", "Taldyqorgan, Kazakhstan, is cold.", "Taldyqorgan", Some(EntityKind::Place)),
        ("told X", "She told Steppewire on Monday.", "Steppewire", Some(EntityKind::Organization)),
        (
            "director of X",
            "She is the director of Steppe Live now.",
            "Live",
            Some(EntityKind::Organization),
        ),
        (
            "analysts at X",
            "Analysts at Steppe Capital agreed.",
            "Capital",
            Some(EntityKind::Organization),
        ),
        (
            "X chief executive",
            "Steppewire chief executive Mira Tolash spoke.",
            "Steppewire",
            Some(EntityKind::Organization),
        ),
        ("no cue", "Taldyqorgan is cold.", "Taldyqorgan", None),
        (
            "with X, an apposition",
            "He has worked since 2020 with Steppe Lantern, an unregistered group.",
            "Lantern",
            Some(EntityKind::Organization),
        ),
        (
            "to the X, an apposition",
            "She first wrote to the Steppe Lantern, an Almaty weekly, in May.",
            "Lantern",
            Some(EntityKind::Organization),
        ),
        (
            "in X, a person is no apposition",
            "He lived in Ushtobe, a lawyer said.",
            "Ushtobe",
            Some(EntityKind::Place),
        ),
        (
            "a fronted phrase with X stays no apposition",
            "With Mira Tolash, a group of five left.",
            "Tolash",
            None,
        ),
        (
            "the X firm Y: X says where Y is",
            "He works at the Ushtobe firm Qorgau Partners now.",
            "Ushtobe",
            Some(EntityKind::Place),
        ),
        (
            "the X freight company Y",
            "His employer, the Ushtobe freight company Qorgau Logistics, said so.",
            "Ushtobe",
            Some(EntityKind::Place),
        ),
        (
            "the X group met",
            "The Qorgau group met on Monday.",
            "Qorgau",
            Some(EntityKind::Organization),
        ),
        (
            "the X, at the end of its phrase",
            "She first wrote to the Steppe Lantern, in May.",
            "Lantern",
            Some(EntityKind::Organization),
        ),
        (
            "a name cut off by an ellipsis is no cue",
            "It asks how the Lantern… can grow.",
            "Lantern",
            None,
        ),
        ("the X family is no cue", "He met the Tolash family in May.", "Tolash", None),
        ("X says it is no person cue", "Steppe Lantern says it will go on.", "Lantern", None),
        ("X says is", "Mira Tolash says she will go on.", "Tolash", Some(EntityKind::Person)),
        (
            "X correspondent",
            "Steppe Lantern correspondent Mira Tolash came.",
            "Lantern",
            Some(EntityKind::Organization),
        ),
        (
            "president of X",
            "Mira Tolash, president of Steppe Lantern, came.",
            "Lantern",
            Some(EntityKind::Organization),
        ),
        ("possessive cuts what follows", "Tolash's group met.", "Tolash", None),
        (
            "possessive before a district",
            "It is in Ushtobe's Qorgas District.",
            "Ushtobe",
            Some(EntityKind::Place),
        ),
        ("Mr. X", "It was Mr. Tolash who came.", "Tolash", Some(EntityKind::Person)),
        (
            "in X, before a comma",
            "Later, in Ushtobe, the head of the village spoke.",
            "Ushtobe",
            Some(EntityKind::Place),
        ),
        (
            "a list after such as",
            "It ran in outlets such as VNRL, Steppewire, and The Courier.",
            "Steppewire",
            Some(EntityKind::Organization),
        ),
        (
            "a fronted phrase is no apposition",
            "Following the case of Tolash, the government stayed silent.",
            "Tolash",
            None,
        ),
        (
            "apposition with a possessive",
            "Qurultai, the country's parliament, met.",
            "Qurultai",
            Some(EntityKind::Organization),
        ),
        (
            "X border post",
            "She crossed at the Dostan border post.",
            "Dostan",
            Some(EntityKind::Place),
        ),
        (
            "a given name in apposition to a kin noun",
            "\"My younger brother, Daniyar, drove him there,\" she said.",
            "Daniyar",
            Some(EntityKind::Person),
        ),
        (
            "a kin noun's comma that closes a clause gives no vote",
            "After the death of her brother, Talgar went quiet.",
            "Talgar",
            None,
        ),
        (
            "X page",
            "The embassy's Facegram page posted it.",
            "Facegram",
            Some(EntityKind::Organization),
        ),
    ];

    #[test]
    fn context_votes_lead_to_the_expected_kind() {
        for (name, text, target, expected) in CASES {
            let sentence = Sentence::spanning(text);
            let words = sentence_words(text, &sentence);
            let at = words.words.iter().position(|w| w.text == *target).expect("target word");
            let first = if at > 0
                && words.words[at - 1].text.starts_with(char::is_uppercase)
                && words.words[at].gap == " "
            {
                at - 1
            } else {
                at
            };
            assert_eq!(context_votes(&words, first, at).leader(1.0), *expected, "{name}");
        }
    }
}
