//! Recognises page chrome among a story's lines: captions, call-to-action boxes, player remains, interface labels, bylines, teasers.
//!
//! Recognises page chrome inside a story's lines: repeated captions, call-to-action boxes, video
//! player remains, interface labels, bylines and teasers of other articles.
//!
//! Each rule looks at one line (and, for boxes, its neighbours) and knows nothing of this corpus's
//! names; what no rule can see is listed per story in the manifest as a curated drop.

use super::page_lines::*;
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
    "copy link", "menu", "search", "close",
];

const CALL_TO_ACTION_OPENINGS: &[&str] = &[
    "subscribe", "sign up", "get updates", "want to read more", "already a subscriber",
    "by registering", "to subscribe", "register now", "log in to", "support our journalism",
    "support our work", "support independent", "become a member", "donate now", "donate today",
    "donate to", "make a donation", "make a difference", "give now", "give today",
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
    INTERFACE_LABELS.contains(&label.as_str())
        || (labelled && w.len() <= 8 && !ends_like_sentence(line.trim_end().trim_end_matches(')')))
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

/// `By Catherine Putz`, `by Saltanat Ibrayeva`, `BY STAFF`.
fn is_byline(line: &str) -> bool {
    let w = words(line.trim());
    w.len() >= 2
        && w.len() <= 6
        && w[0].eq_ignore_ascii_case("by")
        && !matches!(w[1], "The" | "A" | "An" | "THE")
        && w[1..]
            .iter()
            .all(|word| word.chars().next().is_some_and(|c| c.is_uppercase()) || *word == "and")
}

/// A line that names one of the story's authors and nothing else of substance: `Ainur Beisenova`,
/// `By AIGERIM SEITOVA`, `Aruzhan Sarsenova Mar 14, 2034`, `Elnura Asanova/HPR`.
fn names_an_author(line: &str, authors: &[String]) -> bool {
    let lower = line.trim().to_lowercase();
    let rest = lower.strip_prefix("by ").unwrap_or(&lower).trim_start();
    authors.iter().map(|a| a.trim().to_lowercase()).filter(|a| !a.is_empty()).any(|author| {
        rest.strip_prefix(author.as_str()).is_some_and(|after| {
            let after = after.trim();
            after.is_empty()
                || after.starts_with('/')
                || (after.starts_with(',')
                    && words(after).len() <= 4
                    && !ends_like_sentence(after)
                    && !after[1..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
                || is_time_stamp(after)
        })
    })
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

/// What the manifest says about a story that the chrome rules use: its curated drops, authors and outlet.
#[derive(Debug, Clone, Copy, Default)]
pub struct StoryFacts<'a> {
    /// Line prefixes the manifest drops, each with its reason.
    pub curated: &'a [(String, String)],
    pub authors: &'a [String],
    pub outlet: &'a str,
}

/// How far back a caption's second copy may sit from its first (a credit may come between them).
const CAPTION_REACH: usize = 6;

/// Whether line `i` repeats the headline (`Some(true)`), or a caption printed a few lines before (`Some(false)`).
fn repeats(lines: &[&str], i: usize) -> Option<bool> {
    let line = lines[i].trim();
    if i > 0 && lines[i - 1].trim() == line {
        return Some(false);
    }
    if i > 0 && lines[0].trim() == line {
        return Some(true);
    }
    let earlier = &lines[i.saturating_sub(CAPTION_REACH)..i];
    (words(line).len() >= 5 && earlier.iter().any(|e| e.trim() == line)).then_some(false)
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
    let is_outlet =
        |l: &str| !story.outlet.is_empty() && l.eq_ignore_ascii_case(story.outlet.trim());
    // Tried in order; the first that applies gives the reason.
    let rules: [(DropReason, &dyn Fn(&str) -> bool); 8] = [
        (DropReason::VideoPlayer, &|l| is_video_player(l) || before_player || is_player_line(l)),
        (DropReason::Interface, &|l| is_interface_label(l) || is_reading_time(l)),
        (DropReason::Byline, &|l| is_byline(l) || names_an_author(l, story.authors)),
        (DropReason::DateStamp, &|l| {
            is_time_stamp(l) || is_labelled_stamp(l) || is_short_line_ending_in_a_date(l)
        }),
        (DropReason::Credit, &|l| is_credit(l) || is_name_slash_outlet(l) || is_credit_break(l)),
        (DropReason::Copyright, &is_copyright),
        (DropReason::Navigation, &is_breadcrumb),
        (DropReason::SiteLabel, &|l| is_outlet(l) || is_repost_source(l)),
    ];
    let found = rules.into_iter().find(|(_, applies)| applies(line));
    found.map(|(reason, _)| reason)
}

/// Classifies the non-blank lines of one story.
/// The first line is the story's own first line (given by the manifest) and is always kept.
pub fn classify(lines: &[&str], story: &StoryFacts) -> Vec<Verdict> {
    let mut verdicts: Vec<Option<Verdict>> = vec![None; lines.len()];
    // A caption's first copy: the same line follows, at once or after a credit.
    let printed_twice = |i: usize| {
        let later = &lines[i + 1..lines.len().min(i + 1 + CAPTION_REACH)];
        let same = |l: &&str| l.trim() == lines[i].trim();
        later.first().is_some_and(same) || (words(lines[i]).len() >= 5 && later.iter().any(same))
    };
    // A headline is followed by its standfirst: the first line kept after it, punctuated or not.
    let headline_first = !ends_like_sentence(lines.first().copied().unwrap_or(""));
    let mut standfirst_open = headline_first;
    for i in 0..lines.len() {
        let line = lines[i];
        if verdicts[i].is_some() {
            continue;
        }
        let verdict = if i == 0 {
            Verdict::Keep(paragraph_kind(line, printed_twice(i)))
        } else if let Some(reason) = line_rule(lines, i, story) {
            spread_credit(lines, i, &reason, &mut verdicts);
            Verdict::Drop(reason)
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
        } else if !printed_twice(i)
            && !ends_like_sentence(line)
            && words(line).len() >= 8
            && !is_title_case(line)
            && !has_photo_credit(line)
            && !standfirst_open
        {
            Verdict::Drop(DropReason::Teaser)
        } else {
            Verdict::Keep(paragraph_kind(line, printed_twice(i)))
        };
        if i > 0 && matches!(verdict, Verdict::Keep(_)) {
            standfirst_open = false;
        }
        verdicts[i] = Some(verdict);
    }
    verdicts.into_iter().map(|v| v.expect("every line gets a verdict")).collect()
}

/// A credit broken over lines takes its short neighbours with it: `Credit:` / `Caravan Review /` /
/// `Marat Kenesov`, or `Yerzhan Tulegenov` / `/` / `for the Semey Daily Record`.
fn spread_credit(lines: &[&str], i: usize, reason: &DropReason, verdicts: &mut [Option<Verdict>]) {
    if *reason != DropReason::Credit {
        return;
    }
    let line = lines[i].trim();
    if (line == "/" || line == "|") && i > 1 && is_short_label(lines[i - 1]) {
        verdicts[i - 1] = Some(Verdict::Drop(DropReason::Credit));
    }
    if !is_open_credit(line) && !is_credit_break(line) {
        return;
    }
    // A label opens up to two lines of names; a break one, unless what it takes breaks again.
    let reach = if is_open_credit(line) { 2 } else { 1 };
    for (taken, j) in (i + 1..lines.len().min(i + 3)).enumerate() {
        if verdicts[j].is_some() || !is_short_label(lines[j]) {
            break;
        }
        verdicts[j] = Some(Verdict::Drop(DropReason::Credit));
        if taken + 1 >= reach && !is_credit_break(lines[j]) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DropReason::*;

    fn verdicts(lines: &[&str]) -> Vec<Verdict> {
        let mut with_first = vec!["The story begins here."];
        with_first.extend_from_slice(lines);
        classify(&with_first, &StoryFacts::default())[1..].to_vec()
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
            ("a time stamp, a labelled stamp and a dateline", vec!["11/03/2031 05:13 PM", "UPDATED : Tuesday, 15 March, 2033, 10:28pm", "Almaty, Kazakhstan (AFP) Oct 23, 2031"], vec![Drop(DateStamp), Drop(DateStamp), Drop(DateStamp)]),
            ("credits, one broken over three lines", vec!["(Photo: Lighthouse Aid)", "Yerzhan Tulegenov", "/", "for the Semey Daily Record", "Police arrived at noon."], vec![Drop(Credit), Drop(Credit), Drop(Credit), Drop(Credit), Keep(ParagraphKind::Body)]),
            ("an open credit takes the short lines after it", vec!["Credit:", "Caravan Review /", "Marat Kenesov", "Police arrived at noon."], vec![Drop(Credit), Drop(Credit), Drop(Credit), Keep(ParagraphKind::Body)]),
            ("a caption's second copy after its credit", vec!["Relatives wait outside the court in Almaty on May 2.", "Photo: Aidana Bekova", "Relatives wait outside the court in Almaty on May 2."], vec![Keep(ParagraphKind::Caption), Drop(Credit), Drop(RepeatedCaption)]),
            ("breadcrumbs, share buttons and player labels", vec!["Crossroads Asia | Diplomacy | Central Asia", "Share this article", "Listen · 4:12", "0:00 / 4:12", "Transcript"], vec![Drop(Navigation), Drop(Interface), Drop(VideoPlayer), Drop(VideoPlayer), Drop(VideoPlayer)]),
            ("a copyright line and a donation box", vec!["© 2031 Alatau Wave 98.6 FM. All rights reserved.", "Support Steppe Radio: become a member today and keep independent news free"], vec![Drop(Copyright), Drop(CallToAction)]),
            ("a repost's source line", vec!["via The Almaty Herald"], vec![Drop(SiteLabel)]),
        ]
    }

    #[test]
    fn chrome_rules_classify_lines_as_specified() {
        for (name, lines, expected) in cases() {
            assert_eq!(verdicts(&lines), expected, "{name}");
        }
    }

    /// (name, story lines from the headline, what the manifest says, expected verdicts after the headline)
    #[test]
    fn rules_that_need_the_headline_or_the_manifest() {
        use Verdict::{Drop, Keep};
        let authors = ["Ainur Beisenova".to_string()];
        let facts = StoryFacts { curated: &[], authors: &authors, outlet: "Harbour Morning Post" };
        let cases: &[(&str, &[&str], Vec<Verdict>)] = &[
            (
                "a standfirst after the headline is kept, a teaser later is not",
                &["Court jails man who fled Xinjiang", "Judge rules that he may serve his sentence at home, citing the risk he would face", "The court ruled on Monday.", "Inside the factories where workers sew for export until they can no longer see"],
                vec![Keep(ParagraphKind::Body), Keep(ParagraphKind::Body), Drop(Teaser)],
            ),
            (
                "the headline printed again is dropped",
                &["Court jails man who fled Xinjiang", "The court ruled on Monday.", "Court jails man who fled Xinjiang"],
                vec![Keep(ParagraphKind::Body), Drop(Headline)],
            ),
            (
                "an author's name alone, in capitals, with a date, or with an outlet",
                &["Court jails man", "Ainur Beisenova", "By AINUR BEISENOVA", "Ainur Beisenova Mar 14, 2034", "Ainur Beisenova/HMP", "Ainur Beisenova covered the trial."],
                vec![Drop(Byline), Drop(Byline), Drop(Byline), Drop(Byline), Keep(ParagraphKind::Body)],
            ),
            ("the outlet's name alone", &["Court jails man", "Harbour Morning Post", "The court ruled."], vec![Drop(SiteLabel), Keep(ParagraphKind::Body)]),
        ];
        for (name, lines, expected) in cases {
            assert_eq!(&classify(lines, &facts)[1..], expected.as_slice(), "{name}");
        }
    }

    /// (name, an article line that looks like chrome to a careless rule)
    #[test]
    fn article_lines_that_look_like_chrome_are_kept() {
        let authors = ["Bruce Pannier".to_string(), "Ali".to_string()];
        let facts = StoryFacts { curated: &[], authors: &authors, outlet: "Steppe Post" };
        let cases: &[(&str, &str)] = &[
            ("a headline on a share", "Share of women in parliament grows"),
            ("a headline on downloads", "Download speeds lag behind the region"),
            ("a subheading opening with By", "By The Numbers"),
            (
                "an author quoted in the text",
                "Bruce Pannier, RFE/RL's Central Asia analyst, told the panel the vote was rigged.",
            ),
            ("an author's name and age", "Ali, 34, was detained in 2019."),
            (
                "a sentence opening with Donate",
                "Donate your organs, the minister urged, in 2022 campaign.",
            ),
            ("a year as a subheading", "2022"),
            ("a short caption ending in a date", "Protesters in Almaty, January 5, 2022"),
            ("a copyright dispute", "Copyright law changed in 2019, and the court applied it."),
            ("a quote under a video label", "Video: we will not stop, says activist"),
        ];
        for (name, line) in cases {
            let lines = ["Court jails man", "The court ruled on Monday.", line, "It closed."];
            let verdict = &classify(&lines, &facts)[2];
            assert!(matches!(verdict, Verdict::Keep(_)), "{name}: {line:?} got {verdict:?}");
        }
    }

    #[test]
    fn the_first_line_of_a_story_is_kept_even_without_punctuation() {
        let lines =
            ["A long standfirst that has no final punctuation at all but opens the story", "Body."];
        assert_eq!(classify(&lines, &StoryFacts::default())[0], Verdict::Keep(ParagraphKind::Body));
    }

    #[test]
    fn curated_drops_win_over_every_rule() {
        let lines = ["First.", "Locked Up Somewhere: A Series", "Body."];
        let curated = [("Locked Up".to_string(), "promo box".to_string())];
        let story = StoryFacts { curated: &curated, ..StoryFacts::default() };
        assert_eq!(classify(&lines, &story)[1], Verdict::Drop(Curated("promo box".into())));
    }
}
