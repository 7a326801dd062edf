//! Table tests of the chrome rules, each case named, with article lines that must stay.

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
        (
            "a player box's title between the player and more chrome",
            vec!["Hear the report", "Listen · 2:47", "Herders wait at the mountain pass", "© 2031 Valley Radio", "Police arrived at noon."],
            vec![Drop(VideoPlayer), Drop(VideoPlayer), Drop(VideoPlayer), Drop(Copyright), Keep(ParagraphKind::Body)],
        ),
        (
            "a subheading after a player is kept when the article goes on",
            vec!["Listen · 2:47", "Back at the border", "Police arrived at noon."],
            vec![Drop(VideoPlayer), Keep(ParagraphKind::Heading), Keep(ParagraphKind::Body)],
        ),
        ("a video box's capital label", vec!["WATCH: Children Ask For Their Parents' Release"], vec![Drop(VideoPlayer)]),
        ("a reposter's note", vec!["Reposting this in full because the Tribune's site is down abroad. My notes follow."], vec![Drop(SiteLabel)]),
        ("labelled links to other articles", vec!["Related: Queues at the pass reach three days", "SEE ALSO: Farmers Count Their Losses"], vec![Drop(Teaser), Drop(Teaser)]),
        ("a labelled link whose title ends with a quoted phrase", vec!["RELATED: In Oskemen, a mosque becomes a \"reading room\""], vec![Drop(Teaser)]),
        ("an author label", vec!["Author: Ola Nord"], vec![Drop(Byline)]),
        (
            "a newsletter box between its skip line and its after line",
            vec!["Skip past newsletter promotion", "Sign up to Morning Steppe", "Our morning email breaks down the day's stories.", "Privacy Notice: we use your email only to send it.", "after newsletter promotion", "Police arrived at noon."],
            vec![Drop(CallToAction), Drop(CallToAction), Drop(CallToAction), Drop(CallToAction), Drop(CallToAction), Keep(ParagraphKind::Body)],
        ),
        ("a skip line without its after line is kept", vec!["Skip past the checkpoint", "Police arrived at noon."], vec![Keep(ParagraphKind::Heading), Keep(ParagraphKind::Body)]),
        (
            "a newsletter offer and what it sends",
            vec!["Get the free Steppe newsletter", "A weekly summary of our latest stories about the region.", "Police arrived at noon."],
            vec![Drop(CallToAction), Drop(CallToAction), Keep(ParagraphKind::Body)],
        ),
        ("a sentence after an offer is kept", vec!["Sign up for our newsletter", "The court met every weekday in March, our reporter saw."], vec![Drop(CallToAction), Keep(ParagraphKind::Body)]),
        ("a caption with a photograph credit", vec!["Relatives hold photos in Almaty. Photograph: Ola Nord/AP"], vec![Keep(ParagraphKind::Caption)]),
        ("widget labels of report and news sites", vec!["Click to expand Image", "Send to a friend", "Reuse this content", "Related Content"], vec![Drop(Interface), Drop(Interface), Drop(Interface), Drop(Interface)]),
        ("credits a video provider, a photo source and an agency chain", vec!["(Video provided by Steppe Youth)", "Photo source: the family archive", "Ola Nord/For The Steppe Post/Getty Images"], vec![Drop(Credit), Drop(Credit), Drop(Credit)]),
        ("a tag line and reprint terms", vec!["Tags: China, Xinjiang, camps", "When using materials, a hyperlink to the site is required."], vec![Drop(Navigation), Drop(Copyright)]),
        ("a note keyed to a star in the byline", vec!["by Ola Nord and Li Wen*", "*Aru Sen helped with the interviews."], vec![Drop(Byline), Drop(Byline)]),
        ("a labelled link with its source and date in brackets", vec!["See also: STEPPE: Herders fined over videos (Fjord Review, 12.01.2033)"], vec![Drop(Teaser)]),
        (
            "a long caption without a full stop is no teaser when a credit follows",
            vec!["Relatives of the detained men hold up their photographs outside the consulate", "Photo: Daniyar Kulov"],
            vec![Keep(ParagraphKind::Body), Drop(Credit)],
        ),
        (
            "a long caption that names its date or a position is no teaser",
            vec!["Relatives of the detained men hold up their photographs outside the consulate on May 2", "Two brothers (left) and their mother wait for news at the border post"],
            vec![Keep(ParagraphKind::Body), Keep(ParagraphKind::Body)],
        ),
        (
            "a caption printed again with its credit appended",
            vec!["People who believe their relatives are held gather at an office in Almaty", "People who believe their relatives are held gather at an office in Almaty Credit: Jane Roe for The Daily Post"],
            vec![Keep(ParagraphKind::Caption), Drop(RepeatedCaption)],
        ),
        (
            "share rows, comment counts and a ticker",
            vec!["Share this page:", "• twitter", "0 comments", "USD 84.79", "NPR logo"],
            vec![Drop(Interface), Drop(Interface), Drop(Interface), Drop(Interface), Drop(Interface)],
        ),
        (
            "credits by their role",
            vec!["Illustrations by Aigul Serik", "Interviews and photos: Dana Bekova", "(Reporting by Marat Kenesov; Editing by Jane Roe)", "Photo courtesy of an RFA listener", "Photo: kt.kz"],
            vec![Drop(Credit), Drop(Credit), Drop(Credit), Drop(Credit), Drop(Credit)],
        ),
        ("a byline with its translator", vec!["By Aigul Serik, translated by Jane Roe"], vec![Drop(Byline)]),
        ("a byline with a date under the headline", vec!["Aigul Serikova Jan 7, 2031", "• 0"], vec![Drop(Byline), Drop(Interface)]),
        (
            "stamps: a publication date, a relative time, a poster with a date, a wire's byline and dateline",
            vec!["Date of publication: 9 January, 2031", "3 hours ago", "Posted by kaz_reader | Jul 30, 2031", "by Staff Writers Almaty, Kazakhstan (AFP) Aug 1, 2031"],
            vec![Drop(DateStamp), Drop(DateStamp), Drop(DateStamp), Drop(DateStamp)],
        ),
        ("a wire agency as the source", vec!["Steppewire and AFP"], vec![Drop(SiteLabel)]),
        ("markup left over", vec!["![]() |", "[ad_1]", "None"], vec![Drop(Markup), Drop(Markup), Drop(Markup)]),
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
            &[
                "Court jails man who fled Xinjiang",
                "Judge rules that he may serve his sentence at home, citing the risk he would face",
                "The court ruled on Monday.",
                "Inside the factories where workers sew for export until they can no longer see",
            ],
            vec![Keep(ParagraphKind::Body), Keep(ParagraphKind::Body), Drop(Teaser)],
        ),
        (
            "the headline printed again is dropped",
            &[
                "Court jails man who fled Xinjiang", "The court ruled on Monday.",
                "Court jails man who fled Xinjiang",
            ],
            vec![Keep(ParagraphKind::Body), Drop(Headline)],
        ),
        (
            "an author's name alone, in capitals, with a date, or with an outlet",
            &[
                "Court jails man", "Ainur Beisenova", "By AINUR BEISENOVA",
                "Ainur Beisenova Mar 14, 2034", "Ainur Beisenova/HMP",
                "Ainur Beisenova covered the trial.",
            ],
            vec![Drop(Byline), Drop(Byline), Drop(Byline), Drop(Byline), Keep(ParagraphKind::Body)],
        ),
        (
            "an author's name after a numeric date, glued or not, with a separator",
            &[
                "Court jails man",
                "02/05/2034Ainur Beisenova |",
                "2034-05-02 Ainur Beisenova",
                "02/05/2034 Ainur Beisenova covered the trial.",
            ],
            vec![Drop(Byline), Drop(Byline), Keep(ParagraphKind::Body)],
        ),
        (
            "the outlet's name alone",
            &["Court jails man", "Harbour Morning Post", "The court ruled."],
            vec![Drop(SiteLabel), Keep(ParagraphKind::Body)],
        ),
        (
            "the outlet's name over two lines",
            &["Court jails man", "Harbour Morning", "Post", "The court ruled."],
            vec![Drop(SiteLabel), Drop(SiteLabel), Keep(ParagraphKind::Body)],
        ),
        (
            "an author's bio at the end is article text",
            &[
                "Court jails man",
                "The court ruled.",
                "Ainur Beisenova is a freelance journalist based in Almaty.",
            ],
            vec![Keep(ParagraphKind::Body), Keep(ParagraphKind::Body)],
        ),
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
        (
            "a pointer word in a sentence",
            "Related: the court also heard from his wife, who said he was ill.",
        ),
        ("a sentence on reposting", "Reposting the video is now a crime, the lawyer said."),
        ("a credit word in a sentence", "Reporting by state media said three people died."),
        ("a heading on an agency", "AFP Reporter Detained In Bishkek"),
        ("a section break", "* * *"),
        ("a note keyed to a star in the text", "*The Herald could not confirm the terms."),
        ("a count of comments in a sentence", "No comments were made by the ministry."),
        ("a sentence ending in ago", "He left 3 days ago."),
        ("the outlet in a sentence", "Steppe Post could not reach the ministry."),
        (
            "an author quoted with a trade",
            "Bruce Pannier, an analyst, told the panel the vote was rigged.",
        ),
        ("a short line after a video label", "Watch: the ministry speaks"),
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
