//! Splits text into word tokens, each carrying its byte span and its UTF-16 span.
//!
//! A token is a run of letters and digits. Inside a run, an apostrophe followed by a letter
//! (`Bilash's`, `don’t`) and a comma or point between digits (`1,782`, `1.2`) stay part of it;
//! hyphens and slashes split (`Nur-Sultan` is `Nur` + `Sultan`, `RFE/RL` is `RFE` + `RL`).

/// One word of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub byte_start: usize,
    pub byte_end: usize,
    pub start: usize,
    pub end: usize,
}

/// Number of UTF-16 code units of `text`.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Iterates the tokens of `text`.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, byte: 0, utf16: 0 }
}

pub struct Tokens<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let rest = &self.text[self.byte..];
        let mut chars = rest.char_indices().peekable();
        // Skip to the first alphanumeric character.
        let (skip, first) = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break (i, c);
            }
            self.utf16 += c.len_utf16();
        };
        let start = self.utf16;
        let mut utf16 = start + first.len_utf16();
        let mut end = skip + first.len_utf8();
        let mut previous = first;
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() {
                chars.next();
            } else {
                let joins_letters = is_apostrophe(c) && previous.is_alphabetic();
                let joins_digits = matches!(c, ',' | '.') && previous.is_ascii_digit();
                let next = rest[i + c.len_utf8()..].chars().next();
                let continues = match next {
                    Some(n) if joins_letters => n.is_alphabetic(),
                    Some(n) if joins_digits => n.is_ascii_digit(),
                    _ => false,
                };
                if !continues {
                    break;
                }
                chars.next();
            }
            utf16 += c.len_utf16();
            end = i + c.len_utf8();
            previous = c;
        }
        let token = Token {
            text: &rest[skip..end],
            byte_start: self.byte + skip,
            byte_end: self.byte + end,
            start,
            end: utf16,
        };
        self.byte += end;
        self.utf16 = utf16;
        Some(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASES: &[(&str, &str, &[&str])] = &[
        ("words and punctuation", "Hello, world!", &["Hello", "world"]),
        ("possessive stays with its word", "Bilash's group", &["Bilash's", "group"]),
        ("curly apostrophe stays with its word", "Beijing’s camps", &["Beijing’s", "camps"]),
        ("hyphen splits", "Nur-Sultan", &["Nur", "Sultan"]),
        ("slash splits", "RFE/RL", &["RFE", "RL"]),
        (
            "thousands separator joins digits",
            "the 1,782-kilometer border",
            &["the", "1,782", "kilometer", "border"],
        ),
        ("decimal point joins digits", "1.2 million", &["1.2", "million"]),
        ("sentence-final point does not join", "in 2019.", &["in", "2019"]),
        ("quote at word end is dropped", "'Real' Atazhurt", &["Real", "Atazhurt"]),
        ("non-Latin letters are words", "Алматы Алмати", &["Алматы", "Алмати"]),
        ("empty text has no token", "", &[]),
        ("punctuation only has no token", " -- … ", &[]),
    ];

    #[test]
    fn tokens_split_as_specified() {
        for (name, text, expected) in CASES {
            let got: Vec<&str> = tokens(text).map(|t| t.text).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn spans_are_utf16_and_byte_offsets_into_the_text() {
        let text = "“Zharykbasova’s 😀 husband”";
        for token in tokens(text) {
            assert_eq!(&text[token.byte_start..token.byte_end], token.text);
            let utf16: Vec<u16> = text.encode_utf16().collect();
            let slice = String::from_utf16(&utf16[token.start..token.end]).unwrap();
            assert_eq!(slice, token.text);
        }
        assert_eq!(tokens(text).count(), 2);
    }
}
