//! Recognisers for the labels and notes a page prints among an article's lines: repost notes, share rows, tickers, wire labels.
//!
//! Like [`super::page_lines`], each takes one trimmed line and looks at its shape and at a few words
//! every news site uses (`comments`, `Reposting this`, a currency code), never at this corpus's names.

/// Openings of a note put before a reposted or translated article (`Reposting this in full because …`).
const REPOST_OPENINGS: &[&str] = &[
    "reposting this", "reposting in full", "reposted with permission", "reposted from",
    "re-posting", "republished with permission", "republished from", "reprinted with permission",
    "reprinted from", "cross-posted from", "crossposted from", "read the original article",
    "read the original story", "this article was originally published",
    "this article was first published", "this article first appeared",
    "this story was originally published", "this story first appeared",
    "this post was originally published", "the following is a translation of",
    "the following article was", "the following was originally published",
];

/// Codes of the currencies a site's exchange-rate ticker prints (`USD 84.79`).
const CURRENCY_CODES: &[&str] =
    &["USD", "EUR", "RUB", "KZT", "KGS", "CNY", "GBP", "UZS", "TJS", "TRY", "JPY", "CHF", "TMT"];

/// Buttons of a share or tool row (`Facebook | X | Email`, `Print Version    Email to Friend`).
const ROW_LABELS: &[&str] = &[
    "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "email", "e-mail",
    "print", "share", "tweet", "pinterest", "vk", "messenger", "flipboard", "copy link",
    "print version", "email to friend", "email to a friend", "print this article",
    "print this page", "comments",
];

/// Wire agencies, whose name alone (or with a partner's) is a source label (`AFP`, `Caravanserai and AFP`).
const WIRE_AGENCIES: &[&str] = &["afp", "ap", "reuters", "xinhua", "tass", "interfax", "anadolu"];

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

fn ends_with_sentence_mark(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', ';', ','])
}

/// `Reposting this in full because the site is down.`, `Read the original article: …`: a reposter's note.
pub fn is_repost_note(line: &str) -> bool {
    let lower = line.trim().to_lowercase().replace('’', "'");
    words(line).len() <= 60 && REPOST_OPENINGS.iter().any(|opening| lower.starts_with(opening))
}

/// `USD 84.79`, `EUR 98.42 ▲`: one rate of an exchange-rate ticker.
pub fn is_currency_ticker(line: &str) -> bool {
    let w = words(line);
    (2..=3).contains(&w.len())
        && CURRENCY_CODES.contains(&w[0])
        && w[1].chars().next().is_some_and(|c| c.is_ascii_digit())
        && w[1..].iter().all(|p| p.chars().all(|c| !c.is_alphabetic()))
}

/// `|`, `![]() |`, `[ad_1]`, `<iframe …>`, `None`: what a page's markup leaves when the text is taken out.
pub fn is_markup_remnant(line: &str) -> bool {
    let line = line.trim();
    let markup_only = !line.chars().any(char::is_alphanumeric)
        && line.contains(['|', '[', ']', '<', '>', '{', '}']);
    let token = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')).is_some_and(|inner| {
        inner.contains('_')
            && inner.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    });
    let tag = line.starts_with('<')
        && line.ends_with('>')
        && line[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
    markup_only || token || tag || matches!(line, "None" | "null" | "undefined" | "NaN")
}

/// `0 comments`, `Comments (3)`, `comment 1`, `Post a Comment`, `No comments:`: a comment counter or link.
pub fn is_comment_label(line: &str) -> bool {
    let lower = line.trim().trim_end_matches([':', '.']).to_lowercase();
    let w = words(&lower);
    let counted = w.len() == 2
        && (w.iter().any(|x| matches!(*x, "comment" | "comments")))
        && w.iter()
            .any(|x| x.trim_matches(['(', ')']).chars().all(|c| c.is_ascii_digit()) || *x == "no");
    counted
        || matches!(
            lower.as_str(),
            "post a comment" | "leave a comment" | "add a comment" | "add comment"
        )
}

/// `• 0`, `• 12`: a share button's counter.
pub fn is_counter(line: &str) -> bool {
    line.trim().strip_prefix('•').is_some_and(|rest| {
        let rest = rest.trim();
        !rest.is_empty() && rest.len() <= 6 && rest.chars().all(|c| c.is_ascii_digit())
    })
}

/// `Facebook | X | Email`, `• twitter`, `Print Version    Email to Friend`: a row of share or tool buttons.
pub fn is_button_row(line: &str) -> bool {
    let segments: Vec<String> = line
        .split(['|', '•', '·'])
        .flat_map(|s| s.split("  "))
        .map(|s| s.trim().trim_end_matches(':').to_lowercase())
        .filter(|s| !s.is_empty())
        .collect();
    let named = |s: &String| ROW_LABELS.contains(&s.as_str()) || (s == "x" && segments.len() > 1);
    !segments.is_empty() && segments.iter().all(named)
}

/// `AFP`, `Caravanserai and AFP`, `The Associated Press`: a wire agency named alone, as the story's source.
pub fn is_wire_label(line: &str) -> bool {
    let line = line.trim();
    let lower = line.to_lowercase();
    let w = words(&lower);
    if w.is_empty() || w.len() > 5 || ends_with_sentence_mark(line) {
        return false;
    }
    let bare = |x: &str| x.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let agency = |x: &str| WIRE_AGENCIES.contains(&bare(x).as_str());
    let named = agency_phrase(&lower) || w.iter().any(|x| agency(x));
    let joiner =
        |x: &str| matches!(bare(x).as_str(), "and" | "via" | "with" | "" | "staff" | "the");
    let phrase_words = ["associated", "press", "agence", "france-presse", "france", "presse"];
    let others = w
        .iter()
        .filter(|x| !agency(x) && !joiner(x) && !phrase_words.contains(&bare(x).as_str()))
        .count();
    let capitalised =
        line.split_whitespace().all(|x| !x.starts_with(|c: char| c.is_lowercase()) || joiner(x));
    named && others <= 1 && capitalised
}

/// Words by which a caption says what its photo shows (`(left)`, `pictured`, `in this undated photo`).
const CAPTION_CUES: &[&str] = &[
    "(left)", "(right)", "(center)", "(centre)", "(front", "(second", "(l)", "(r)", "pictured",
    "in this photo", "photo taken", "undated photo", "file photo", "in this image", "poses for",
    "pose for", "seen here",
];

/// `Two brothers (left) at the border post`: a caption's words for what its photo shows.
pub fn has_caption_cue(line: &str) -> bool {
    let lower = line.to_lowercase();
    CAPTION_CUES.iter().any(|cue| lower.contains(cue))
}

fn agency_phrase(lower: &str) -> bool {
    lower.contains("associated press") || lower.contains("agence france")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (recogniser, name, line, expected)
    type Case = (fn(&str) -> bool, &'static str, &'static str, bool);

    const CASES: &[Case] = &[
        (
            is_repost_note,
            "a reposter's note",
            "Reposting this in full because the Tribune's site is down for readers abroad.",
            true,
        ),
        (
            is_repost_note,
            "a link to the original",
            "Read the original article: Court hears asylum case",
            true,
        ),
        (
            is_repost_note,
            "a translator's note",
            "The following is a translation of an article by a local weekly from May.",
            true,
        ),
        (
            is_repost_note,
            "a sentence about reposting",
            "Reposting videos of the arrest is now a crime, the lawyer said.",
            false,
        ),
        (
            is_repost_note,
            "a sentence about an article",
            "This article of the code bans unregistered groups.",
            false,
        ),
        (is_currency_ticker, "a rate", "USD 84.79", true),
        (is_currency_ticker, "a rate with an arrow", "EUR 98.42 ▲", true),
        (is_currency_ticker, "a heading with a code", "USD 80 billion deal", false),
        (is_markup_remnant, "a lone bar", "|", true),
        (is_markup_remnant, "an empty image", "![]() |", true),
        (is_markup_remnant, "a scraper's token", "[ad_1]", true),
        (
            is_markup_remnant,
            "an embed tag",
            "<iframe src=\"https://example.org/player\" width=\"100%\">",
            true,
        ),
        (is_markup_remnant, "a missing alt text", "None", true),
        (is_markup_remnant, "a section break is text", "* * *", false),
        (is_markup_remnant, "a sentence with a bracket", "[The court] ruled on Monday.", false),
        (is_comment_label, "a comment count", "0 comments", true),
        (is_comment_label, "a counted label", "Comments (3)", true),
        (is_comment_label, "a count after the label", "comment 1", true),
        (is_comment_label, "a comment link", "Post a Comment", true),
        (
            is_comment_label, "a sentence about comments",
            "No comments were made by the ministry.", false,
        ),
        (is_button_row, "share buttons", "Facebook | X | Email", true),
        (is_button_row, "a bulleted network", "• twitter", true),
        (is_button_row, "tool links apart", "Print Version    Email to Friend", true),
        (is_button_row, "a letter alone is no row", "X", false),
        (is_counter, "a share counter", "• 0", true),
        (is_counter, "a bulleted year is text", "• 2031 was the worst year", false),
        (is_button_row, "a heading on email", "Email from the camp", false),
        (is_wire_label, "an agency alone", "AFP", true),
        (is_wire_label, "a partner and an agency", "Caravanserai and AFP", true),
        (is_wire_label, "an agency's full name", "The Associated Press", true),
        (is_wire_label, "a heading on an agency", "AFP Reporter Detained In Bishkek", false),
        (is_wire_label, "a sentence naming an agency", "Reuters could not confirm it.", false),
        (
            has_caption_cue,
            "a caption's position",
            "Two brothers (left) with their mother at the border post",
            true,
        ),
        (
            has_caption_cue,
            "a teaser",
            "Inside the factories where workers sew for export until they can no longer see",
            false,
        ),
    ];

    #[test]
    fn page_labels_are_recognised_by_their_shape() {
        for (recognise, name, line, expected) in CASES {
            assert_eq!(recognise(line), *expected, "{name}: {line:?}");
        }
    }
}
