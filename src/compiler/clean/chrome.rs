//! Recognises page chrome among a story's lines: captions, call-to-action boxes, player remains, interface labels, bylines, teasers.
//!
//! Recognises page chrome inside a story's lines: repeated captions, call-to-action boxes, video
//! player remains, interface labels, bylines and teasers of other articles.
//!
//! Each rule looks at one line (and, for boxes, its neighbours) and knows nothing of this corpus's
//! names; what no rule can see is listed per story in the manifest as a curated drop.

use crate::model::ParagraphKind;

/// Why a line is not part of a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DropReason {
    OutsideStory,
    Headline,
    RepeatedCaption,
    CallToAction,
    VideoPlayer,
    Interface,
    Byline,
    Teaser,
    Curated(String),
}

impl DropReason {
    pub fn describe(&self) -> String {
        match self {
            DropReason::OutsideStory => {
                "page chrome outside every story (navigation, footer, related links)".into()
            }
            DropReason::Headline => "the story's headline (kept as the document title)".into(),
            DropReason::RepeatedCaption => "caption printed twice (the first copy is kept)".into(),
            DropReason::CallToAction => "newsletter, subscription or registration box".into(),
            DropReason::VideoPlayer => "video player remains".into(),
            DropReason::Interface => "page interface label".into(),
            DropReason::Byline => "byline (the authors are in the manifest)".into(),
            DropReason::Teaser => {
                "teaser of another article (long line without closing punctuation)".into()
            }
            DropReason::Curated(reason) => format!("curated in corpus.toml: {reason}"),
        }
    }
}

/// What happens to one line of a story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Keep(ParagraphKind),
    Drop(DropReason),
}

const INTERFACE_LABELS: &[&str] = &[
    "accessibility links",
    "skip to main content",
    "breaking news",
    "load more",
    "click to enlarge",
    "16x9 image",
    "advertisement",
    "share",
    "print",
    "comments",
    "read more",
    "related",
    "related articles",
    "menu",
    "search",
    "close",
];

const CALL_TO_ACTION_OPENINGS: &[&str] = &[
    "subscribe",
    "sign up",
    "get updates",
    "want to read more",
    "already a subscriber",
    "by registering",
    "to subscribe",
    "register now",
    "log in to",
    "support our journalism",
];

const VIDEO_PLAYER_LINES: &[&str] = &[
    "please wait",
    "no media source currently available",
    "your browser doesn't support html5 video",
];

/// How far a call-to-action box may reach from its opening line to its closing line.
const BOX_REACH: usize = 4;

fn normalized(line: &str) -> String {
    line.trim()
        .trim_start_matches(['•', '·', '-', '*'])
        .trim()
        .trim_end_matches(['.', '!'])
        .to_lowercase()
        .replace('’', "'")
}

fn is_interface_label(line: &str) -> bool {
    INTERFACE_LABELS.contains(&normalized(line).as_str())
}

fn is_call_to_action(line: &str) -> bool {
    let line = normalized(line);
    CALL_TO_ACTION_OPENINGS.iter().any(|opening| line.starts_with(opening))
        || line.contains("click here")
}

fn is_video_player(line: &str) -> bool {
    let line = normalized(line);
    VIDEO_PLAYER_LINES.contains(&line.as_str()) || is_timecode_row(&line)
}

/// `0:00 0:05:28 0:00`: the time read-out of a video player.
fn is_timecode_row(line: &str) -> bool {
    !line.is_empty()
        && line.split_whitespace().all(|part| {
            let pieces: Vec<&str> = part.split(':').collect();
            (2..=3).contains(&pieces.len())
                && pieces
                    .iter()
                    .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Ends like a sentence (or a quotation, or an article's end mark).
pub fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end();
    trimmed.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ']', ':', ';', '…', '■'])
}

/// Most longer words capitalised, as in `Shining A Spotlight`.
pub fn is_title_case(line: &str) -> bool {
    let long: Vec<&str> = words(line)
        .into_iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    !long.is_empty()
        && long
            .iter()
            .filter(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
            .count()
            * 10
            >= long.len() * 8
}

/// `By Catherine Putz`.
fn is_byline(line: &str) -> bool {
    let w = words(line.trim());
    w.len() >= 2
        && w.len() <= 6
        && w[0] == "By"
        && w[1..]
            .iter()
            .all(|word| word.chars().next().is_some_and(|c| c.is_uppercase()) || *word == "and")
}

/// A caption that ends with a photo credit: `… Xinjiang. Photo: AFP`.
fn has_photo_credit(line: &str) -> bool {
    let trimmed = line.trim_end().trim_end_matches('.');
    match trimmed.rfind("Photo: ").or_else(|| trimmed.rfind("Photo by ")) {
        Some(at) => words(&trimmed[at..]).len() <= 5,
        None => false,
    }
}

/// Paragraph kind of a kept line.
pub fn paragraph_kind(line: &str, printed_twice: bool) -> ParagraphKind {
    if printed_twice || has_photo_credit(line) {
        ParagraphKind::Caption
    } else if !ends_like_sentence(line)
        && words(line).len() <= 12
        && (is_title_case(line) || words(line).len() <= 4)
    {
        ParagraphKind::Heading
    } else {
        ParagraphKind::Body
    }
}

/// Classifies the non-blank lines of one story. `curated` pairs a line prefix with its reason.
/// The first line is the story's own first line (given by the manifest) and is always kept.
pub fn classify(lines: &[&str], curated: &[(String, String)]) -> Vec<Verdict> {
    let mut verdicts: Vec<Option<Verdict>> = vec![None; lines.len()];
    let printed_twice = |i: usize| i + 1 < lines.len() && lines[i + 1].trim() == lines[i].trim();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if verdicts[i].is_some() {
            i += 1;
            continue;
        }
        let verdict = if let Some((_, reason)) =
            curated.iter().find(|(prefix, _)| line.trim().starts_with(prefix.as_str()))
        {
            Verdict::Drop(DropReason::Curated(reason.clone()))
        } else if i > 0 && lines[i - 1].trim() == line.trim() {
            Verdict::Drop(DropReason::RepeatedCaption)
        } else if is_video_player(line)
            || (i + 1 < lines.len()
                && normalized(lines[i + 1]) == "please wait"
                && (!ends_like_sentence(line) || is_title_case(line)))
        {
            Verdict::Drop(DropReason::VideoPlayer)
        } else if is_interface_label(line) {
            Verdict::Drop(DropReason::Interface)
        } else if is_call_to_action(line) {
            // A box runs from its opening line to the next call-to-action line within reach.
            let close =
                (i + 1..lines.len().min(i + 1 + BOX_REACH)).find(|&j| is_call_to_action(lines[j]));
            if let Some(close) = close {
                for verdict in &mut verdicts[i + 1..=close] {
                    *verdict = Some(Verdict::Drop(DropReason::CallToAction));
                }
            }
            Verdict::Drop(DropReason::CallToAction)
        } else if is_byline(line) {
            Verdict::Drop(DropReason::Byline)
        } else if i > 0
            && !printed_twice(i)
            && !ends_like_sentence(line)
            && words(line).len() >= 8
            && !is_title_case(line)
            && !has_photo_credit(line)
        {
            Verdict::Drop(DropReason::Teaser)
        } else {
            Verdict::Keep(paragraph_kind(line, printed_twice(i)))
        };
        verdicts[i] = Some(verdict);
        i += 1;
    }
    verdicts.into_iter().map(|v| v.expect("every line gets a verdict")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use DropReason::*;

    fn verdicts(lines: &[&str]) -> Vec<Verdict> {
        let mut with_first = vec!["The story begins here."];
        with_first.extend_from_slice(lines);
        classify(&with_first, &[])[1..].to_vec()
    }

    /// (name, lines after a story's first line, expected verdict of each)
    fn cases() -> Vec<(&'static str, Vec<&'static str>, Vec<Verdict>)> {
        use Verdict::{Drop, Keep};
        vec![
            ("a caption printed twice keeps its first copy", vec!["A man holds a sign in Almaty on May 2", "A man holds a sign in Almaty on May 2"], vec![Keep(ParagraphKind::Caption), Drop(RepeatedCaption)]),
            (
                "a newsletter box is dropped from heading to closing line",
                vec!["Subscribe To Our Weekly Newsletter", "Nothing explains the region like our reporters.", "It is sent every Monday.", "To subscribe, click here.", "The story goes on."],
                vec![Drop(CallToAction), Drop(CallToAction), Drop(CallToAction), Drop(CallToAction), Keep(ParagraphKind::Body)],
            ),
            ("a registration box of two lines", vec!["Get updates direct to your inbox", "By registering you agree to our T&Cs & Privacy Policy"], vec![Drop(CallToAction), Drop(CallToAction)]),
            ("a lone call to action without closing line", vec!["Sign up for our free weekly newsletter.", "Police arrived at noon."], vec![Drop(CallToAction), Keep(ParagraphKind::Body)]),
            (
                "video player remains and the video title",
                vec!["After Fleeing Home, A Teacher Speaks Out", "please wait", "No media source currently available", "0:00 0:05:28 0:00"],
                vec![Drop(VideoPlayer), Drop(VideoPlayer), Drop(VideoPlayer), Drop(VideoPlayer)],
            ),
            ("interface labels", vec!["Load more", "Click to enlarge.", "  • 16x9 Image"], vec![Drop(Interface), Drop(Interface), Drop(Interface)]),
            ("a byline", vec!["By Jane Q. Doe"], vec![Drop(Byline)]),
            ("a teaser of another article", vec!["Inside the factories where workers sew for export until they can no longer see"], vec![Drop(Teaser)]),
            ("a subheading is kept as a heading", vec!["Shining A Spotlight"], vec![Keep(ParagraphKind::Heading)]),
            ("a caption with a photo credit", vec!["Police patrol the streets of a city. Photo: AFP"], vec![Keep(ParagraphKind::Caption)]),
            ("a quotation ending a line is body text", vec!["“We will keep protesting until they are out,” she said."], vec![Keep(ParagraphKind::Body)]),
            ("a sentence mentioning a newsletter is body text", vec!["The group published a newsletter about the camps."], vec![Keep(ParagraphKind::Body)]),
        ]
    }

    #[test]
    fn chrome_rules_classify_lines_as_specified() {
        for (name, lines, expected) in cases() {
            assert_eq!(verdicts(&lines), expected, "{name}");
        }
    }

    #[test]
    fn the_first_line_of_a_story_is_kept_even_without_punctuation() {
        let lines =
            ["A long standfirst that has no final punctuation at all but opens the story", "Body."];
        assert_eq!(classify(&lines, &[])[0], Verdict::Keep(ParagraphKind::Body));
    }

    #[test]
    fn curated_drops_win_over_every_rule() {
        let lines = ["First.", "Locked Up Somewhere: A Series", "Body."];
        let curated = [("Locked Up".to_string(), "promo box".to_string())];
        assert_eq!(classify(&lines, &curated)[1], Verdict::Drop(Curated("promo box".into())));
    }
}
