//! Recognises page chrome among a story's lines: captions, call-to-action boxes, player remains, interface labels, bylines, teasers.
//!
//! Recognises page chrome inside a story's lines: repeated captions, call-to-action boxes, video
//! player remains, interface labels, bylines and teasers of other articles.
//!
//! Each rule looks at one line (and, for boxes, its neighbours) and knows nothing of this corpus's
//! names; what no rule can see is listed per story in the manifest as a curated drop.

use super::bylines::{is_byline, names_an_author};
use super::neighbours::*;
use super::page_labels::*;
use super::page_lines::*;
use super::site_labels::*;
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
    DateStamp,
    Credit,
    Copyright,
    Navigation,
    SiteLabel,
    Teaser,
    Markup,
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
            DropReason::VideoPlayer => "video or audio player remains".into(),
            DropReason::Interface => "page interface label".into(),
            DropReason::Byline => "byline (the authors are in the manifest)".into(),
            DropReason::DateStamp => "date or time stamp, or a dateline printed apart".into(),
            DropReason::Credit => "photo or image credit".into(),
            DropReason::Copyright => "copyright line".into(),
            DropReason::Navigation => "section labels or share buttons".into(),
            DropReason::SiteLabel => "the outlet's name, or where a repost came from".into(),
            DropReason::Teaser => {
                "teaser of another article (long line without closing punctuation)".into()
            }
            DropReason::Markup => {
                "markup left over from the page (a bar, an empty image, a tag)".into()
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
    "accessibility links", "skip to main content", "breaking news", "load more",
    "click to enlarge", "16x9 image", "advertisement", "share", "print", "comments", "read more",
    "related", "related articles", "related stories", "related news", "recent features",
    "you may also like", "more on this story", "more from this author", "most read",
    "most popular", "recommended", "editor's picks", "featured news", "in the news", "email",
    "copy link", "menu", "search", "close", "toggle caption", "hide caption", "image caption",
    "picture caption", "media caption", "video caption", "enlarge this image",
    "open in fullscreen", "further reading", "more from this section", "share this",
    "share this page", "share this story", "like this", "like loading", "loading", "next up",
];

const CALL_TO_ACTION_OPENINGS: &[&str] = &[
    "subscribe", "sign up", "get updates", "want to read more", "already a subscriber",
    "by registering", "to subscribe", "register now", "log in to", "support our journalism",
    "support our work", "support independent", "become a member", "donate now", "donate today",
    "donate to", "make a donation", "make a difference", "give now", "give today",
    "your support helps", "your support enables", "your donation", "please consider supporting",
    "consider supporting", "support us", "become a patron", "this post is for paying subscribers",
    "already have an account", "get the free", "get our free", "privacy notice:",
];

const VIDEO_PLAYER_LINES: &[&str] = &[
    "please wait",
    "no media source currently available",
    "your browser doesn't support html5 video",
];

/// How far below the headline a byline naming no manifest author may sit.
const BYLINE_REACH: usize = 6;

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

/// Words that open a short label line of the page's interface (`Share this article`, `Download the report (PDF)`).
const INTERFACE_OPENINGS: &[&str] = &["share", "download", "print", "email"];

/// What follows an interface verb in a label (`Share this article`, `Download the report`, `Share on X`);
/// a headline like `Share of women grows` has none of these.
const LABEL_OBJECTS: &[&str] = &[
    "this", "the", "article", "story", "link", "report", "audio", "on", "via", "to", "both", "all",
    "full",
];

fn is_interface_label(line: &str) -> bool {
    let label = normalized(line);
    let w = words(&label);
    let labelled = w.len() >= 2
        && INTERFACE_OPENINGS.contains(&w[0])
        && (LABEL_OBJECTS.contains(&w[1]) || label.contains("(pdf"));
    // A label may end with a colon (`Share this page:`), a sentence does not end a label.
    let unclosed = !ends_like_sentence(line.trim_end().trim_end_matches([')', ':']));
    INTERFACE_LABELS.contains(&label.trim_end_matches(':'))
        || (labelled && w.len() <= 8 && unclosed)
        || is_logo(line)
}

/// `NPR logo`, `The Steppe Post Logo`: a logo's text left where its image was.
fn is_logo(line: &str) -> bool {
    let w = words(line.trim());
    (2..=5).contains(&w.len())
        && w.last().is_some_and(|last| last.eq_ignore_ascii_case("logo"))
        && w[..w.len() - 1].iter().all(|word| word.chars().next().is_some_and(char::is_uppercase))
}

/// Labels that point to another article (`Related: …`, `READ MORE: …`, `See also: …`).
const POINTER_LABELS: &[&str] = &[
    "related", "read more", "see also", "also read", "read also", "read next", "more", "watch also",
];

/// `Related: Queues at the border reach three days`, `SEE ALSO: …`: a labelled link to another article.
fn is_pointer(line: &str) -> bool {
    let Some((label, title)) = line.trim().split_once(':') else { return false };
    let label = label.trim().to_lowercase();
    // A title may close with its source and date in brackets: `… (Steppe Review, 12.01.2033)`.
    let title = title.trim();
    let bare_title = match title.rfind(" (") {
        Some(open) if title.ends_with(')') => &title[..open],
        _ => title,
    };
    // A headline may end with a quoted phrase: `… becomes a "reading room"`.
    let bare_title = bare_title.trim_end_matches(['"', '”', '’', '\'']);
    POINTER_LABELS.contains(&label.as_str())
        && !bare_title.is_empty()
        && words(title).len() <= 24
        && !ends_like_sentence(bare_title)
}

fn is_call_to_action(line: &str) -> bool {
    let line = normalized(line);
    line == "donate"
        || CALL_TO_ACTION_OPENINGS.iter().any(|opening| line.starts_with(opening))
        || line.contains("click here")
        || (line.starts_with("support ")
            && ["become a member", "donat", "subscri"].iter().any(|ask| line.contains(ask)))
}

fn is_video_player(line: &str) -> bool {
    let line = normalized(line);
    VIDEO_PLAYER_LINES.contains(&line.as_str()) || is_time_readout(&line)
}

pub(super) fn words(line: &str) -> Vec<&str> {
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

/// A caption that ends with a photo credit: `… Xinjiang. Photo: AFP`.
pub(super) fn has_photo_credit(line: &str) -> bool {
    let trimmed = line.trim_end().trim_end_matches('.');
    let label =
        ["Photo: ", "Photo by ", "Photograph: "].iter().filter_map(|l| trimmed.rfind(l)).max();
    match label {
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

/// What the manifest says about a story that the chrome rules use: its curated drops, authors and outlet.
#[derive(Debug, Clone, Copy, Default)]
pub struct StoryFacts<'a> {
    /// Line prefixes the manifest drops, each with its reason.
    pub curated: &'a [(String, String)],
    pub authors: &'a [String],
    pub outlet: &'a str,
}

/// The verdict of the rules that look at line `i` alone (and the headline), in order; `None` keeps the line.
fn line_rule(lines: &[&str], i: usize, story: &StoryFacts) -> Option<DropReason> {
    let line = lines[i].trim();
    if let Some((_, reason)) =
        story.curated.iter().find(|(prefix, _)| line.starts_with(prefix.as_str()))
    {
        return Some(DropReason::Curated(reason.clone()));
    }
    if let Some(headline) = repeats(lines, i) {
        return Some(if headline { DropReason::Headline } else { DropReason::RepeatedCaption });
    }
    let before_player = i + 1 < lines.len()
        && normalized(lines[i + 1]) == "please wait"
        && (!ends_like_sentence(line) || is_title_case(line));
    let is_outlet = |l: &str| names_outlet(l, story.outlet);
    // A byline with a date sits under the headline, not among the article's paragraphs.
    let near_top = i <= BYLINE_REACH;
    // `by Ola Nord*` / `*Li Wen helped with the interviews.`: the note belongs to the byline; a
    // note keyed to a star in an article sentence (`a deal.*`) is article text.
    let note_of_byline = is_asterisk_note(line) && {
        let before = lines[i - 1].trim();
        before.ends_with('*') && is_byline(before.trim_end_matches('*'))
    };
    // Tried in order; the first that applies gives the reason.
    let rules: [(DropReason, &dyn Fn(&str) -> bool); 10] = [
        (DropReason::VideoPlayer, &|l| is_video_player(l) || before_player || is_player_line(l)),
        (DropReason::Interface, &|l| {
            is_interface_label(l)
                || is_reading_time(l)
                || is_comment_label(l)
                || is_button_row(l)
                || is_currency_ticker(l)
                || is_counter(l)
                || is_widget_label(l)
        }),
        (DropReason::Byline, &|l| {
            is_byline(l)
                || names_an_author(l, story.authors)
                || (near_top && is_dated_name(l))
                || note_of_byline
        }),
        (DropReason::DateStamp, &|l| {
            is_time_stamp(l)
                || is_labelled_stamp(l)
                || is_short_line_ending_in_a_date(l)
                || is_relative_time(l)
        }),
        (DropReason::Credit, &|l| {
            is_credit(l)
                || is_name_slash_outlet(l)
                || is_credit_break(l)
                || is_agency_photo_credit(l)
                || is_credit_sentences(l)
                || is_photo_source(l)
                || is_agency_credit_chain(l)
        }),
        (DropReason::Copyright, &|l| is_copyright(l) || is_reprint_terms(l)),
        (DropReason::Navigation, &|l| is_breadcrumb(l) || is_series_label(l) || is_tag_line(l)),
        (DropReason::SiteLabel, &|l| {
            is_outlet(l) || is_repost_source(l) || is_repost_note(l) || is_wire_label(l)
        }),
        (DropReason::Teaser, &is_pointer),
        (DropReason::Markup, &is_markup_remnant),
    ];
    let found = rules.into_iter().find(|(_, applies)| applies(line));
    found.map(|(reason, _)| reason)
}

/// Classifies the non-blank lines of one story.
/// The first line is the story's own first line (given by the manifest) and is always kept.
pub fn classify(lines: &[&str], story: &StoryFacts) -> Vec<Verdict> {
    let mut verdicts: Vec<Option<Verdict>> = vec![None; lines.len()];
    mark_outlet_runs(lines, story.outlet, &mut verdicts);
    // A headline is followed by its standfirst: the first line kept after it, punctuated or not.
    let mut standfirst_open = !ends_like_sentence(lines.first().copied().unwrap_or(""));
    for i in 0..lines.len() {
        if verdicts[i].is_some() {
            continue;
        }
        let verdict = verdict_of(lines, i, story, standfirst_open, &mut verdicts);
        if i > 0 && matches!(verdict, Verdict::Keep(_)) {
            standfirst_open = false;
        }
        verdicts[i] = Some(verdict);
    }
    verdicts.into_iter().map(|v| v.expect("every line gets a verdict")).collect()
}

/// The verdict of line `i`; a rule that drops a box or a broken credit also sets its other lines' verdicts.
fn verdict_of(
    lines: &[&str],
    i: usize,
    story: &StoryFacts,
    standfirst_open: bool,
    verdicts: &mut [Option<Verdict>],
) -> Verdict {
    let line = lines[i];
    if i == 0 {
        return Verdict::Keep(paragraph_kind(line, printed_twice(lines, i)));
    }
    if let Some(reason) = line_rule(lines, i, story) {
        spread_credit(lines, i, &reason, verdicts);
        return Verdict::Drop(reason);
    }
    // `Skip past newsletter promotion` … `after newsletter promotion`: all of it is the box.
    if let Some(close) = skipped_box_end(lines, i, 2 * BOX_REACH) {
        for verdict in &mut verdicts[i + 1..=close] {
            *verdict = Some(Verdict::Drop(DropReason::CallToAction));
        }
        return Verdict::Drop(DropReason::CallToAction);
    }
    let after_offer = matches!(verdicts[i - 1], Some(Verdict::Drop(DropReason::CallToAction)));
    if is_call_to_action(line) || (after_offer && describes_newsletter(line, lines[i - 1])) {
        // A box runs from its opening line to the next call-to-action line within reach.
        let close =
            (i + 1..lines.len().min(i + 1 + BOX_REACH)).find(|&j| is_call_to_action(lines[j]));
        if let Some(close) = close {
            for verdict in &mut verdicts[i + 1..=close] {
                *verdict = Some(Verdict::Drop(DropReason::CallToAction));
            }
        }
        return Verdict::Drop(DropReason::CallToAction);
    }
    if titles_a_player(lines, i, story, verdicts) {
        return Verdict::Drop(DropReason::VideoPlayer);
    }
    if !standfirst_open && is_teaser(lines, i) {
        return Verdict::Drop(DropReason::Teaser);
    }
    Verdict::Keep(paragraph_kind(line, printed_twice(lines, i)))
}

/// The title of an audio or video box, printed after the player and before more chrome (`Listen · 2:47` /
/// `Families wait at the border` / `© 2033 Radio`).
fn titles_a_player(
    lines: &[&str],
    i: usize,
    story: &StoryFacts,
    verdicts: &[Option<Verdict>],
) -> bool {
    let after_player = matches!(verdicts[i - 1], Some(Verdict::Drop(DropReason::VideoPlayer)));
    let next_is_chrome = i + 1 == lines.len()
        || line_rule(lines, i + 1, story).is_some()
        || is_call_to_action(lines[i + 1]);
    after_player && words(lines[i]).len() <= 12 && !ends_like_sentence(lines[i]) && next_is_chrome
}

#[cfg(test)]
#[path = "chrome_tests.rs"]
mod tests;
