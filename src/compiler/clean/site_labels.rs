//! Recognisers for chrome that report, agency and newspaper sites print inside an article: widget labels, tag lines, reprint terms.
//!
//! Each looks at one trimmed line (the newsletter box also at the lines after it) and at words
//! every such site uses (`Click to expand Image`, `Tags:`, `a hyperlink to the source is
//! required`), never at this corpus's names.

/// Labels a site prints alone on a line: image widgets, lists of other articles, reuse links.
const WIDGET_LABELS: &[&str] = &[
    "click to expand image", "expand image", "send to a friend", "reuse this content",
    "related content", "popular", "most viewed", "trending", "trending now", "live story",
    "newsletter", "view gallery", "photo gallery", "show caption", "show more", "top stories",
];

/// Words that open a short line pointing to a site's gallery or the whole document
/// (`Go to the gallery of 15 pictures`, `Read the full report`).
const WIDGET_OPENINGS: &[&str] = &[
    "go to the gallery", "view the gallery", "see the gallery", "read the full report",
    "read the full article", "read the full story", "read the full interview",
    "read the full text", "follow us on", "join our telegram", "join our whatsapp",
    "subscribe to our telegram",
];

/// Labels that open a line of an article's tags (`Tags: China, Xinjiang`).
const TAG_LABELS: &[&str] = &["tags", "tag", "topics", "keywords", "themes"];

/// Words of a reprint rule that name the site's material (`When using materials, a hyperlink …`).
const REUSE_WORDS: &[&str] =
    &["material", "reproduc", "reprint", "republish", "copying", "quoting", "citing", "using"];

/// Words of a reprint rule that ask for a link back.
const LINK_WORDS: &[&str] =
    &["hyperlink", "active link", "link to the source", "reference to the source", "link to "];

/// What a newsletter sends, named in the line that describes it (`A weekly summary of our stories.`).
const NEWSLETTER_WORDS: &[&str] =
    &["summary", "roundup", "round-up", "digest", "inbox", "newsletter", "email", "briefing"];

/// Picture agencies that close a credit chain (`Ola Nord/The Steppe Post/Getty Images`).
const PICTURE_AGENCIES: &[&str] =
    &["getty images", "ap", "afp", "reuters", "epa", "shutterstock", "alamy", "tass", "xinhua"];

/// `Ola Nord/The Steppe Post/Getty Images`: a photographer, an outlet and a picture agency joined by
/// slashes, every part capitalised, and nothing else.
pub fn is_agency_credit_chain(line: &str) -> bool {
    let line = line.trim();
    let parts: Vec<&str> = line.split('/').map(str::trim).collect();
    let capitalised = |part: &str| {
        (1..=5).contains(&word_count(part))
            && part.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(w, "for" | "of" | "the")
            })
    };
    parts.len() >= 3
        && word_count(line) <= 12
        && parts.iter().all(|p| capitalised(p))
        && PICTURE_AGENCIES.contains(&parts[parts.len() - 1].to_lowercase().as_str())
        && !line.ends_with(['.', '!', '?'])
}

fn normalized(line: &str) -> String {
    line.trim().trim_end_matches([':', '.', '!']).trim().to_lowercase().replace('’', "'")
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

/// `Click to expand Image`, `Send to a friend`, `Reuse this content`, `Go to the gallery of 15 pictures`,
/// `Read the full report`, `Follow us on Telegram`: a widget's label, short and alone on its line.
pub fn is_widget_label(line: &str) -> bool {
    let label = normalized(line);
    WIDGET_LABELS.contains(&label.as_str())
        || (WIDGET_OPENINGS.iter().any(|o| label.starts_with(o))
            && word_count(line) <= 8
            && !line.contains(['"', '“', ',']))
}

/// `Tags: China, Xinjiang, camps`, `Topics: Kazakhstan Xinjiang`: a label, then a few topics and no sentence.
pub fn is_tag_line(line: &str) -> bool {
    let Some((label, topics)) = line.trim().split_once(':') else { return false };
    let topics = topics.trim();
    TAG_LABELS.contains(&label.trim().to_lowercase().as_str())
        && !topics.is_empty()
        && word_count(topics) <= 15
        && !topics.ends_with(['.', '!', '?', '"', '”'])
}

/// `When using materials, a hyperlink to the site is required.`: a site's terms for reprinting its
/// articles, which name its material and ask for a link back.
pub fn is_reprint_terms(line: &str) -> bool {
    let lower = line.to_lowercase();
    word_count(line) <= 30
        && LINK_WORDS.iter().any(|w| lower.contains(w))
        && REUSE_WORDS.iter().any(|w| lower.contains(w))
        && ["required", "mandatory", "obligatory", "must", "without", "please", "only with"]
            .iter()
            .any(|w| lower.contains(w))
}

/// `Skip past newsletter promotion`: the line after which a box runs to its `after newsletter promotion`
/// line; the index of that closing line, if it follows within `reach`.
pub fn skipped_box_end(lines: &[&str], i: usize, reach: usize) -> Option<usize> {
    let opening = normalized(lines[i]);
    let what = opening
        .strip_prefix("skip past ")
        .filter(|w| (1..=3).contains(&word_count(w)) && !lines[i].trim_end().ends_with('.'))?;
    let close = format!("after {what}");
    (i + 1..lines.len().min(i + 1 + reach)).find(|&j| normalized(lines[j]) == close)
}

/// `A weekly summary of our latest stories.`: the line under a newsletter offer that says what it sends.
pub fn describes_newsletter(line: &str, after: &str) -> bool {
    let lower = line.to_lowercase();
    let offer = after.to_lowercase();
    offer.contains("newsletter")
        && word_count(line) <= 20
        && lower.split_whitespace().any(|w| matches!(w, "our" | "we" | "you" | "your"))
        && NEWSLETTER_WORDS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case = (fn(&str) -> bool, &'static str, &'static str, bool);

    const CASES: &[Case] = &[
        (is_widget_label, "an image widget", "Click to expand Image", true),
        (is_widget_label, "a send button", "Send to a friend", true),
        (is_widget_label, "a reuse link", "Reuse this content", true),
        (is_widget_label, "a list of other articles", "Related Content", true),
        (is_widget_label, "a gallery link", "Go to the gallery of 12 pictures", true),
        (is_widget_label, "a full-text link", "Read the full report", true),
        (is_widget_label, "a follow button", "Follow us on Telegram", true),
        (
            is_widget_label,
            "a sentence on reading",
            "Read the full report, the minister told them.",
            false,
        ),
        (
            is_widget_label,
            "a sentence on following",
            "Follow us on the road to the border, she said to the driver who waited.",
            false,
        ),
        (is_widget_label, "a popular subject", "Popular anger grew.", false),
        (
            is_agency_credit_chain,
            "a credit chain",
            "Ola Nord/For The Steppe Post/Getty Images",
            true,
        ),
        (is_agency_credit_chain, "a name and an agency only", "Ola Nord/AFP", false),
        (
            is_agency_credit_chain, "a sentence with slashes",
            "The AP/AFP/Reuters pool left early.", false,
        ),
        (is_tag_line, "a tag line", "Tags: China, Xinjiang, camps", true),
        (is_tag_line, "topics without commas", "Topics: Kazakhstan Xinjiang diaspora", true),
        (is_tag_line, "a sentence after a tag label", "Tags: were sewn into every coat.", false),
        (is_tag_line, "a label that is no tag", "Note: Kazakhstan Xinjiang diaspora", false),
        (
            is_reprint_terms,
            "a hyperlink required",
            "When using materials, a hyperlink to the site is required!",
            true,
        ),
        (
            is_reprint_terms,
            "no reprint without a link",
            "The material may not be reproduced without a hyperlink to the source.",
            true,
        ),
        (
            is_reprint_terms,
            "active links asked",
            "Please make active links to the source when using materials from this website",
            true,
        ),
        (
            is_reprint_terms,
            "a sentence on a link",
            "She sent a link to the video to her brother.",
            false,
        ),
        (
            is_reprint_terms,
            "a sentence on materials",
            "Investigators seized materials without a warrant.",
            false,
        ),
    ];

    #[test]
    fn site_labels_are_recognised_by_their_shape() {
        for (recognise, name, line, expected) in CASES {
            assert_eq!(recognise(line), *expected, "{name}: {line:?}");
        }
    }

    #[test]
    fn a_skipped_box_closes_at_its_after_line() {
        let lines = ["Skip past newsletter promotion", "Sign up", "after newsletter promotion"];
        assert_eq!(skipped_box_end(&lines, 0, 8), Some(2));
        let unclosed = ["Skip past newsletter promotion", "Police arrived."];
        assert_eq!(skipped_box_end(&unclosed, 0, 8), None);
        let sentence = ["Skip past the crowd.", "after the crowd"];
        assert_eq!(skipped_box_end(&sentence, 0, 8), None);
    }

    #[test]
    fn a_newsletter_description_follows_its_offer() {
        let offer = "Get the free Steppe newsletter";
        assert!(describes_newsletter("A weekly summary of our latest stories.", offer));
        assert!(!describes_newsletter("Police arrived at noon.", offer));
        assert!(!describes_newsletter("The court met every weekday, our reporter saw.", offer));
        assert!(!describes_newsletter("A weekly summary of our stories.", "Sign up now"));
    }
}
