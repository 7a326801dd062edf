//! Reads the role lines a sentence prints for a person (`X, an expert at Y,`, `spokesman X`) and gives each person its roles.
//!
//! Takes a sentence's words and the word span of a person's name in it and gives the role lines the
//! sentence prints for that person: an appositive (`X, an expert at Y,`), a copula (`X is Managing
//! Editor of Y`), a title or descriptor before the name (`67-year-old pensioner X`, `Foreign
//! Ministry spokesman X`) or a descriptor before a comma (`Her lawyer, X,`).
//!
//! Each role is a run of the sentence's words, as printed; nothing is paraphrased. A phrase is a
//! role only when a person noun heads it (`expert`, `spokesman`, `schoolteacher`, `Editor`).

use super::words::{SentenceWords, Shape};
use crate::compiler::lexicon::people_word;
use crate::compiler::lexicon::{
    is_connector, is_member_role, is_stopword, is_title, is_title_descriptor, noun_kind,
};
use crate::model::{Document, Entity, EntityKind, Role};

/// Words that open a noun phrase.
const DETERMINERS: &[&str] =
    &["a", "an", "the", "his", "her", "their", "its", "our", "one", "another"];
/// Words after which the head noun of a role has been passed (`an expert on …`, `the head of …`).
const PREPOSITIONS: &[&str] = &[
    "of", "at", "for", "in", "on", "with", "from", "to", "by", "based", "who", "which", "that",
    "whose",
];
/// Words that end a role phrase: a relative clause follows.
const RELATIVES: &[&str] = &["who", "which", "that", "whose", "whom", "where"];
/// `-er` words that name no person.
const NOT_AGENTS: &[&str] = &[
    "former", "other", "another", "whether", "together", "however", "rather", "further", "either",
    "neither", "under", "after", "never", "ever", "later", "earlier", "latter", "longer",
    "younger", "older", "bigger", "higher", "larger", "lower", "greater", "number", "order",
    "border", "center", "matter", "letter", "paper", "water", "power", "quarter", "september",
    "october", "november", "december", "member's", "sister-in-law",
];
/// Title words that only qualify a title (`former`, `deputy`) and head no role by themselves.
const TITLE_QUALIFIERS: &[&str] = &[
    "former", "acting", "vice", "deputy", "managing", "executive", "supreme", "prime", "mr", "mrs",
    "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
];
/// Honorifics: a title alone made of these is no role.
const HONORIFICS: &[&str] =
    &["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"];
/// Lower-case words that qualify a role before a name (`regional official X`).
const ROLE_MODIFIERS: &[&str] = &[
    "regional", "local", "provincial", "senior", "top", "government", "state", "party",
    "opposition", "freelance", "independent", "veteran", "rights", "human", "former", "deputy",
    "vice", "acting", "foreign", "ministry",
];
/// Longest role phrase, in words.
const LONGEST: usize = 18;

/// Whether a folded word can head a role: a person noun, a title noun or an agent noun (`schoolteacher`, `pharmacist`).
fn is_person_head(word: &str) -> bool {
    let agent = word.len() >= 6
        && ["er", "or", "ist", "ian", "man", "woman", "person"].iter().any(|s| word.ends_with(s));
    is_known_person_head(word) || agent && !NOT_AGENTS.contains(&word)
}

/// A person or title noun of the word lists (no agent-noun guess: `answer X` is a verb).
fn is_known_person_head(word: &str) -> bool {
    !TITLE_QUALIFIERS.contains(&word)
        && (noun_kind(word) == Some(EntityKind::Person)
            || is_title(word)
            || is_member_role(word)
            || people_word(word).is_some())
}

fn plain_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}")
}

/// Whether a gap breaks a phrase: any punctuation but a hyphen, slash or apostrophe.
fn breaks(gap: &str) -> bool {
    gap.chars().any(|c| {
        !c.is_whitespace() && !matches!(c, '-' | '/' | '\u{2010}' | '\u{2011}' | '\'' | '’' | '.')
    }) || gap.contains(". ")
}

/// The role phrases for the name at words `first..=last`, as inclusive word ranges.
pub fn roles_for(words: &SentenceWords, first: usize, last: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    found.extend(before_name(words, first));
    found.extend(before_comma(words, first, last));
    found.extend(after_name(words, last));
    found.sort_unstable();
    found.dedup();
    found
}

/// A run of words from `start` up to the next break (punctuation, a relative pronoun or `LONGEST`
/// words), if a person noun heads it.
fn phrase_from(words: &SentenceWords, start: usize) -> Option<(usize, usize)> {
    let w = &words.words;
    let mut end = start;
    while end + 1 < w.len()
        && end + 1 - start < LONGEST
        && !breaks(w[end + 1].gap)
        && !RELATIVES.contains(&w[end + 1].folded.as_str())
    {
        end += 1;
    }
    // A phrase cut short by the length limit is a clause, not a role.
    if end + 1 - start >= LONGEST {
        return None;
    }
    while end > start
        && (w[end].shape == Shape::Lower
            && (is_connector(&w[end].folded) || DETERMINERS.contains(&w[end].folded.as_str())))
    {
        end -= 1;
    }
    headed(words, start, end).then_some((start, end))
}

/// Whether a person noun heads words `start..=end`: one appears before the first preposition.
fn headed(words: &SentenceWords, start: usize, end: usize) -> bool {
    let w = &words.words;
    let opens = DETERMINERS.contains(&w[start].folded.as_str())
        || w[start].possessive
        || w[start].shape != Shape::Lower
        || is_person_head(&w[start].folded)
        || w[start].shape == Shape::Other;
    if !opens {
        // `whose`, `said`, `however`: no noun phrase.
        return is_title_descriptor(&w[start].folded) || w[start].folded == "former";
    }
    let before_preposition: Vec<usize> = (start..=end)
        .take_while(|&i| {
            i == start
                || w[i].shape != Shape::Lower
                || !PREPOSITIONS.contains(&w[i].folded.as_str())
        })
        .collect();
    // A people word heads only as the phrase's last noun (`an ethnic Tatar`, not `the Chinese Embassy`).
    let last = *before_preposition.last().expect("the phrase has a word");
    before_preposition.iter().any(|&i| {
        is_person_head(&w[i].folded) && (i == last || people_word(&w[i].folded).is_none())
    })
}

/// `X, an expert at Y,` and `X, 41, a former camp worker` and `X is Managing Editor of Y`.
fn after_name(words: &SentenceWords, last: usize) -> Option<(usize, usize)> {
    let w = &words.words;
    if w[last].possessive || last + 1 >= w.len() {
        return None;
    }
    let gap = words.after(last);
    let mut start = last + 1;
    if gap == ", " {
        // An age first: `X, 41, a …`.
        if w[start].shape == Shape::Other && w[start].text.chars().all(|c| c.is_ascii_digit()) {
            if words.after(start) != ", " || start + 1 >= w.len() {
                return None;
            }
            start += 1;
        }
    } else if plain_space(gap)
        && matches!(w[start].folded.as_str(), "is" | "was")
        && start + 1 < w.len()
        && plain_space(words.after(start))
    {
        start += 1;
        let article = DETERMINERS.contains(&w[start].folded.as_str()) && w[start].folded != "one";
        if !article && w[start].shape != Shape::Capitalized {
            return None;
        }
    } else {
        return None;
    }
    if RELATIVES.contains(&w[start].folded.as_str())
        || w[start].shape == Shape::Capitalized
            && !is_title(&w[start].folded)
            && !w[start].possessive
            && !is_capitalized_descriptor(words, start)
    {
        return None;
    }
    phrase_from(words, start)
}

/// A capitalised word that opens a descriptor rather than a name: a place or group adjective
/// followed by a lower-case noun (`Kazakhstan's president`, `Uzbek national`).
fn is_capitalized_descriptor(words: &SentenceWords, i: usize) -> bool {
    let w = &words.words;
    w.get(i + 1)
        .is_some_and(|n| plain_space(n.gap) && n.shape == Shape::Lower && is_person_head(&n.folded))
}

/// `67-year-old pensioner X`, `Chinese Foreign Ministry spokesman X`, `Kazakh Ambassador to China X`.
fn before_name(words: &SentenceWords, first: usize) -> Option<(usize, usize)> {
    let w = &words.words;
    if first == 0 || !plain_space(w[first].gap) {
        return None;
    }
    let mut start = first;
    while start > 0 {
        let k = start - 1;
        let word = &w[k];
        let joined =
            start == first || plain_space(w[start].gap) || matches!(w[start].gap, "-" | "/");
        if !joined || word.possessive && k + 1 == first {
            break;
        }
        let f = word.folded.as_str();
        let keep = match word.shape {
            Shape::Capitalized | Shape::Acronym | Shape::Upper => {
                !(words.is_initial(k) && is_stopword(f))
            }
            Shape::Lower => {
                is_known_person_head(f)
                    || ROLE_MODIFIERS.contains(&f) && k + 1 < first
                    || is_title(f)
                    || is_title_descriptor(f)
                    || matches!(f, "year" | "old") && word.gap == "-"
                    || (is_connector(f)
                        && k > 0
                        && w[k - 1].shape == Shape::Capitalized
                        && w[k + 1].shape != Shape::Lower)
            }
            Shape::Other => w[k + 1].gap == "-" && f.chars().all(|c| c.is_ascii_digit()),
            Shape::Initial => false,
        };
        if !keep {
            break;
        }
        start = k;
    }
    // Connectors cannot open the phrase.
    while start < first && w[start].shape == Shape::Lower && is_connector(&w[start].folded) {
        start += 1;
    }
    if start == first {
        return None;
    }
    let end = first - 1;
    // The word before the name is a title or person noun, or the phrase ends `<title> of/to <Name>`.
    let head = (start..=end).rev().find(|&i| is_known_person_head(&w[i].folded))?;
    let tail_ok =
        head == end || w[head + 1].shape == Shape::Lower && is_connector(&w[head + 1].folded);
    let honorific_only = (start..=end).all(|i| HONORIFICS.contains(&w[i].folded.as_str()));
    (tail_ok && !honorific_only).then_some((start, end))
}

/// `Her lawyer, X,` and `A press officer at the embassy, X, said`.
fn before_comma(words: &SentenceWords, first: usize, last: usize) -> Option<(usize, usize)> {
    let w = &words.words;
    if first < 2 || w[first].gap != ", " {
        return None;
    }
    let closes =
        last + 1 >= w.len() || words.after(last).starts_with([',', '.', ';']) || w[last].possessive;
    if !closes {
        return None;
    }
    let end = first - 1;
    let mut clause = end;
    while clause > 0 && !breaks(w[clause].gap) && end + 1 - clause < LONGEST {
        clause -= 1;
    }
    // The nearest noun phrase that a person noun heads: `the head of the village administration`,
    // not `the village administration`; `Mira Tolash’s husband`, with the owner's whole name.
    (clause..=end)
        .rev()
        .filter(|&i| DETERMINERS.contains(&w[i].folded.as_str()) || w[i].possessive)
        .find_map(|opener| {
            let mut start = opener;
            while w[opener].possessive
                && start > clause
                && w[start - 1].shape == Shape::Capitalized
                && plain_space(w[start].gap)
            {
                start -= 1;
            }
            headed(words, start, end).then_some((start, end))
        })
}

/// Gives every person among `entities` the role lines its mentions print (headlines excepted).
pub(in crate::compiler) fn attach_roles(
    entities: &mut [Entity],
    documents: &[Document],
    found: &super::Extracted<'_>,
) {
    for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        entity.roles = roles_of(entity, documents, &found.words, &found.headline);
    }
}

/// The role lines of a person: each distinct phrase once, at its first sentence.
fn roles_of(
    entity: &Entity,
    documents: &[Document],
    words: &[SentenceWords],
    headline: &[bool],
) -> Vec<Role> {
    let mut found: Vec<Role> = Vec::new();
    for mention in entity.mentions.iter().filter(|m| !headline[m.sentence as usize]) {
        let sentence = &words[mention.sentence as usize];
        let first = sentence.words.iter().position(|w| w.start == mention.start);
        let last = sentence.words.iter().position(|w| w.end == mention.end);
        let (Some(first), Some(last)) = (first, last) else { continue };
        let text = &documents[mention.doc as usize].text;
        for (a, b) in roles_for(sentence, first, last) {
            let (from, to) = (&sentence.words[a], &sentence.words[b]);
            let phrase = &text[from.byte_start..to.byte_end];
            if !found.iter().any(|r| r.text == phrase) {
                found.push(Role {
                    text: phrase.to_string(),
                    doc: mention.doc,
                    sentence: mention.sentence,
                    start: from.start,
                    end: to.end,
                });
            }
        }
    }
    found.sort_by_key(|r| (r.doc, r.start, r.end));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::extract::words::sentence_words;
    use crate::model::Sentence;

    /// (name, sentence, the person's name in it, expected role phrases)
    type Case = (&'static str, &'static str, &'static str, &'static [&'static str]);
    const CASES: &[Case] = &[
        (
            "appositive with an article",
            "Mira Tolash, an expert on trade at the Steppe Policy Center, said so.",
            "Mira Tolash",
            &["an expert on trade at the Steppe Policy Center"],
        ),
        (
            "appositive without an article",
            "Arman Dauletov, head of the registered group, disagreed.",
            "Arman Dauletov",
            &["head of the registered group"],
        ),
        (
            "appositive after an age",
            "Dana Oraz, 41, a former camp worker, fled.",
            "Dana Oraz",
            &["a former camp worker"],
        ),
        (
            "agent noun heads the appositive",
            "Dana Oraz, a schoolteacher from the village of Ushtobe, held a sign.",
            "Dana Oraz",
            &["a schoolteacher from the village of Ushtobe"],
        ),
        (
            "appositive cut at a relative clause",
            "Dana Oraz, an ethnic Tatar who married a Norwegian, spoke.",
            "Dana Oraz",
            &["an ethnic Tatar"],
        ),
        (
            "possessive country opens the appositive",
            "Eirik Solvang, spokesperson of Norway's Ministry of Foreign Affairs, said no.",
            "Eirik Solvang",
            &["spokesperson of Norway's Ministry of Foreign Affairs"],
        ),
        (
            "copula with a title",
            "Mira Tolash is Managing Editor of The Steppe Courier.",
            "Mira Tolash",
            &["Managing Editor of The Steppe Courier"],
        ),
        (
            "copula with an article",
            "Oraz is a freelance correspondent for VNRL's Tatar Service.",
            "Oraz",
            &["a freelance correspondent for VNRL's Tatar Service"],
        ),
        (
            "age and noun before the name",
            "When 67-year-old pensioner Dana Oraz came, it rained.",
            "Dana Oraz",
            &["67-year-old pensioner"],
        ),
        (
            "organization and noun before the name",
            "In March, Norwegian Foreign Ministry spokesman Eirik Solvang spoke.",
            "Eirik Solvang",
            &["Norwegian Foreign Ministry spokesman"],
        ),
        (
            "title with a connector before the name",
            "She met Norwegian Ambassador to Oslo Li Qiang there.",
            "Li Qiang",
            &["Norwegian Ambassador to Oslo"],
        ),
        (
            "title before the name",
            "A note went to Norwegian Foreign Minister Eirik Solvang today.",
            "Eirik Solvang",
            &["Norwegian Foreign Minister"],
        ),
        (
            "descriptor before a comma",
            "Her lawyer, Arman Dauletov, said he would appeal.",
            "Arman Dauletov",
            &["Her lawyer"],
        ),
        (
            "possessive descriptor before a comma",
            "Dana Oraz's husband, Arman Dauletov, was arrested.",
            "Arman Dauletov",
            &["Dana Oraz's husband"],
        ),
        (
            "both sides of the name",
            "Her brother, Arman Dauletov, a livestock trader, vanished.",
            "Arman Dauletov",
            &["Her brother", "a livestock trader"],
        ),
        ("an honorific alone is no role", "Dr. Dana Oraz said so.", "Dana Oraz", &[]),
        ("a relative clause is no role", "Dana Oraz, who fled in 2018, spoke.", "Dana Oraz", &[]),
        (
            "a list of names is no role",
            "Dana Oraz, Arman Dauletov and Mira Tolash came.",
            "Arman Dauletov",
            &[],
        ),
        ("a verb phrase is no role", "Dana Oraz is in custody.", "Dana Oraz", &[]),
        ("a place after a comma is no role", "Arman Dauletov, Oslo, 2020.", "Arman Dauletov", &[]),
        (
            "a statement before a comma is no role",
            "In a statement, Arman Dauletov said no.",
            "Arman Dauletov",
            &[],
        ),
        (
            "a verb before the name is no role",
            "The ministry did not answer Dana Oraz.",
            "Dana Oraz",
            &[],
        ),
        ("a sentence-initial word is no role", "When Dana Oraz came, it rained.", "Dana Oraz", &[]),
        (
            "the nearest phrase a person noun heads",
            "In Ushtobe, the head of the village office, Arman Dauletov, said so.",
            "Arman Dauletov",
            &["the head of the village office"],
        ),
        (
            "a clause before the phrase is left out",
            "The group came under pressure after police targeted its leader, Mira Tolash, in 2019.",
            "Mira Tolash",
            &["its leader"],
        ),
        (
            "a nationality inside a name heads no role",
            "A press officer at the Swedish Embassy in Oslo, Li Qiang, said no.",
            "Li Qiang",
            &["A press officer at the Swedish Embassy in Oslo"],
        ),
        (
            "a lower-case modifier of the role",
            "She met Ushtobe regional official Arman Dauletov.",
            "Arman Dauletov",
            &["Ushtobe regional official"],
        ),
    ];

    #[test]
    fn role_lines_are_found_as_specified() {
        for (name, text, person, expected) in CASES {
            let sentence = Sentence::spanning(text);
            let words = sentence_words(text, &sentence);
            let parts: Vec<&str> = person.split(' ').collect();
            let first = (0..words.words.len())
                .find(|&i| {
                    parts
                        .iter()
                        .enumerate()
                        .all(|(k, p)| words.words.get(i + k).is_some_and(|w| w.text == *p))
                })
                .expect("the name is in the sentence");
            let last = first + parts.len() - 1;
            let got: Vec<&str> = roles_for(&words, first, last)
                .into_iter()
                .map(|(a, b)| &text[words.words[a].byte_start..words.words[b].byte_end])
                .collect();
            assert_eq!(&got, expected, "{name}");
        }
    }
}
