//! Parses a search query: words, "quoted phrases", `-excluded` words, a prefix on the last word; long queries are cut with a notice.

use crate::text::{fold, tokens};

/// Longest query read, in characters; the rest is cut with a notice.
pub const MAX_QUERY_CHARS: usize = 256;
/// Most clauses read from one query.
pub const MAX_CLAUSES: usize = 16;

/// Words that do not count on their own when the query has other words.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her",
    "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they",
    "this", "to", "was", "were", "who", "with",
];

/// A word, or a phrase whose words must stand side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Folded words, in order.
    pub words: Vec<String>,
    /// The last word may be the beginning of a longer word (search as you type).
    pub prefix: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub clauses: Vec<Clause>,
    /// Folded words no hit may contain.
    pub excluded: Vec<String>,
    pub notices: Vec<String>,
}

fn folded_words(text: &str) -> Vec<String> {
    tokens(text).map(|t| fold(t.text)).filter(|w| !w.is_empty()).collect()
}

/// Parses the query text.
pub fn parse(raw: &str) -> Query {
    let mut query = Query::default();
    let mut text: String = raw.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
    if text.chars().count() > MAX_QUERY_CHARS {
        text = text.chars().take(MAX_QUERY_CHARS).collect();
        query.notices.push(format!("query cut to {MAX_QUERY_CHARS} characters"));
    }
    let text = text.replace(['“', '”', '„'], "\"");
    if text.matches('"').count() % 2 == 1 {
        query.notices.push("unbalanced quote ignored".into());
    }
    let ends_in_word = text.chars().last().is_some_and(|c| c.is_alphanumeric());
    let balanced = text.matches('"').count().is_multiple_of(2);
    for (i, part) in text.split('"').enumerate() {
        let quoted = balanced && i % 2 == 1;
        if quoted {
            let words = folded_words(part);
            if !words.is_empty() {
                query.clauses.push(Clause { words, prefix: false });
            }
            continue;
        }
        for word in part.split_whitespace() {
            if let Some(excluded) = word.strip_prefix('-') {
                query.excluded.extend(folded_words(excluded));
                continue;
            }
            let words = folded_words(word);
            if !words.is_empty() {
                query.clauses.push(Clause { words, prefix: false });
            }
        }
    }
    let last_is_excluded = text.split_whitespace().last().is_some_and(|w| w.starts_with('-'));
    if ends_in_word && !last_is_excluded && !text.trim_end().ends_with('"') {
        if let Some(last) = query.clauses.last_mut() {
            last.prefix = true;
        }
    }
    let meaningful = query
        .clauses
        .iter()
        .filter(|c| c.words.len() > 1 || !STOP_WORDS.contains(&c.words[0].as_str()))
        .count();
    if meaningful > 0 {
        query.clauses.retain(|c| c.words.len() > 1 || !STOP_WORDS.contains(&c.words[0].as_str()));
    }
    if query.clauses.len() > MAX_CLAUSES {
        query.clauses.truncate(MAX_CLAUSES);
        query.notices.push(format!("only the first {MAX_CLAUSES} words are used"));
    }
    query
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(words: &[&str], prefix: bool) -> Clause {
        Clause { words: words.iter().map(|w| w.to_string()).collect(), prefix }
    }

    #[test]
    fn queries_parse_as_specified() {
        let cases: Vec<(&str, &str, Vec<Clause>, Vec<&str>)> = vec![
            (
                "one word is a prefix while typing",
                "Akitkh",
                vec![clause(&["akitkh"], true)],
                vec![],
            ),
            (
                "a trailing space ends the prefix",
                "Akitkhan ",
                vec![clause(&["akitkhan"], false)],
                vec![],
            ),
            (
                "a quoted phrase",
                "\"Belt and Road\"",
                vec![clause(&["belt", "and", "road"], false)],
                vec![],
            ),
            ("an excluded word", "camps -Iran", vec![clause(&["camps"], false)], vec!["iran"]),
            (
                "hyphenated words stay together",
                "Nur-Sultan",
                vec![clause(&["nur", "sultan"], true)],
                vec![],
            ),
            (
                "a number with a thousands separator",
                "1,782-kilometer",
                vec![clause(&["1782", "kilometer"], true)],
                vec![],
            ),
            (
                "stop words drop beside other words",
                "the consulate",
                vec![clause(&["consulate"], true)],
                vec![],
            ),
            ("a lone stop word stays", "the", vec![clause(&["the"], true)], vec![]),
            (
                "curly quotes are quotes",
                "“Belt and Road”",
                vec![clause(&["belt", "and", "road"], false)],
                vec![],
            ),
        ];
        for (name, text, clauses, excluded) in cases {
            let query = parse(text);
            assert_eq!(query.clauses, clauses, "{name}");
            assert_eq!(query.excluded, excluded, "{name}");
        }
    }

    #[test]
    fn pathological_queries_are_capped_with_a_notice() {
        let long = "word ".repeat(1000);
        let query = parse(&long);
        assert!(query.clauses.len() <= MAX_CLAUSES);
        assert!(query.notices.iter().any(|n| n.contains("256")), "{:?}", query.notices);
        let unbalanced = parse("\"Belt and");
        assert_eq!(unbalanced.clauses, vec![clause(&["belt"], false)]);
        assert!(unbalanced.notices.iter().any(|n| n.contains("quote")));
        assert!(parse("\u{0}\u{202e}\u{200b}").clauses.is_empty());
    }
}
