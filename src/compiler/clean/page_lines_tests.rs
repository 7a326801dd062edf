//! Table tests of the page lines rules, each case named, with article lines that must stay.

use super::*;

/// (recogniser, name, line, expected)
type Case = (fn(&str) -> bool, &'static str, &'static str, bool);

const CASES: &[Case] = &[
    (is_agency_photo_credit, "an agency photo", "RFA photo", true),
    (is_agency_photo_credit, "an agency pic", "AFP pic", true),
    (is_agency_photo_credit, "an agency file photo", "AFP/File photo", true),
    (is_agency_photo_credit, "a caption naming no agency", "Family photo", false),
    (is_agency_photo_credit, "a sentence about a photo", "The AFP photo went viral.", false),
    (
        is_credit_sentences,
        "a radio's closing credit",
        "Reported by Ola Nord for Fjord Radio's Kazakh Service. Translated by Li Wen.",
        true,
    ),
    (is_credit_sentences, "a translator's credit", "Translated by Li Wen", true),
    (
        is_credit_sentences,
        "a sentence that opens with Reported by",
        "Reported by state media in May, the arrests drew protests across the region and beyond.",
        false,
    ),
    (
        is_credit_sentences,
        "a credit followed by an article sentence",
        "Reported by Ola Nord. The court met on Monday.",
        false,
    ),
    (is_dated_name, "a name and a date", "Aigul Serikova Jan 7, 2031", true),
    (is_dated_name, "a heading on a holiday", "Independence Day, Dec 16, 2031", false),
    (is_dated_name, "a sentence ending in a date", "She left on Jan 7, 2031", false),
    (is_time_stamp, "a date and time with slashes", "11/03/2031 05:13 PM", true),
    (is_time_stamp, "a clock time alone", "22:24", true),
    (is_time_stamp, "a weekday and a date", "Friday, May 14, 2032", true),
    (is_time_stamp, "a month, day and year", "September 22, 2033", true),
    (is_time_stamp, "a date with a dash and time", "14 Mar 2034 - 08:05 AM", true),
    (is_time_stamp, "a sentence with a date is no stamp", "He left on May 14, 2032.", false),
    (is_time_stamp, "a month alone has no digit", "May", false),
    (is_time_stamp, "a figure in a heading is no stamp", "20 years", false),
    (is_labelled_stamp, "a published label", "PUBLISHED : 14 Mar 2034 - 08:05 AM", true),
    (
        is_labelled_stamp,
        "an updated label with a weekday",
        "UPDATED : Tuesday, 15 March, 2033, 10:28pm",
        true,
    ),
    (
        is_labelled_stamp,
        "published at a time with a zone",
        "Published November 3, 2032 at 5:13 PM CST",
        true,
    ),
    (is_labelled_stamp, "posted by a user at a time", "Posted by kaz_reader at 9:41 AM", true),
    (
        is_labelled_stamp,
        "posted on a date by a team",
        "Posted on 20 September 2032 by Editorial team",
        true,
    ),
    (
        is_labelled_stamp,
        "a sentence that opens with Published",
        "Published reports in 2031 said the camp had closed.",
        false,
    ),
    (
        is_short_line_ending_in_a_date, "a wire dateline", "Almaty, Kazakhstan (AFP) Oct 23, 2031",
        true,
    ),
    (
        is_short_line_ending_in_a_date,
        "a name and a date is a byline only when the name is an author's (chrome.rs)",
        "Aruzhan Sarsenova Mar 14, 2034",
        false,
    ),
    (
        is_short_line_ending_in_a_date, "a day-first date", "Zaysan, Kazakhstan (CAW) 7 June 2033",
        true,
    ),
    (
        is_short_line_ending_in_a_date, "a sentence ending with a date",
        "The trial opened on March 3, 2030.", false,
    ),
    (
        is_short_line_ending_in_a_date,
        "a long line is no dateline",
        "Relatives of the men who were detained in the camps protested again on May 3, 2031",
        false,
    ),
    (is_credit, "a photo credit", "Photo: Saltanat Ibrayeva / Alatau Wave", true),
    (is_credit, "a bracketed photo credit", "(Photo: Lighthouse Aid)", true),
    (is_credit, "a credit label", "Credit: Elena Marchetti", true),
    (is_credit, "a photo-by credit", "Photo by Daniyar Kulov", true),
    (
        is_credit,
        "a sentence about a photo is no credit",
        "Photographers were barred from the courtroom.",
        false,
    ),
    (is_open_credit, "a credit label alone", "Credit:", true),
    (is_open_credit, "a full credit is not open", "Credit: AFP", false),
    (is_credit_break, "a lone slash", "/", true),
    (is_credit_break, "an outlet before a slash", "Caravan Review /", true),
    (is_credit_break, "a sentence is no break", "He said it was over.", false),
    (is_name_slash_outlet, "a name and an outlet", "Elnura Asanova/HPR", true),
    (is_name_slash_outlet, "an acronym with a slash alone", "RFE/RL", false),
    (is_name_slash_outlet, "a sentence with a slash", "Sales rose and/or fell.", false),
    (is_copyright, "a copyright sign", "© 2031 Alatau Wave 98.6 FM. All rights reserved.", true),
    (
        is_copyright,
        "a copyright word and year",
        "Copyright 2032 Tallgrass Public Radio. To hear more, visit our website.",
        true,
    ),
    (
        is_copyright,
        "a sentence about copyright law",
        "The court said copyright law did not apply.",
        false,
    ),
    (is_breadcrumb, "section labels", "Crossroads Asia | Diplomacy | Central Asia", true),
    (is_breadcrumb, "share buttons", "Share: Facebook | X | WhatsApp | Email | Print", true),
    (is_breadcrumb, "two labels are no trail", "News | Asia", false),
    (
        is_breadcrumb,
        "a quote with a bar is no trail",
        "He said | she said | they said it was a long day of talks.",
        false,
    ),
    (is_player_line, "a listen label with a duration", "Listen · 3:41", true),
    (is_player_line, "a listen label with a bullet", "Listen • 4:12", true),
    (is_player_line, "a player's time read-out", "0:00 / 3:41", true),
    (is_player_line, "a download label", "Download", true),
    (is_player_line, "a transcript label", "Transcript", true),
    (
        is_player_line,
        "a sentence about listening",
        "Listen to what the families say, she urged.",
        false,
    ),
    (is_reading_time, "a reading-time label", "Reading time: 4 minutes", true),
    (is_reading_time, "a minutes-read label", "12 min read", true),
    (is_reading_time, "a sentence about reading", "He spent his time reading.", false),
    (is_repost_source, "a via line", "via The Almaty Herald", true),
    (
        is_repost_source,
        "a sentence opening with via",
        "Via a relative, the family learned the verdict in May.",
        false,
    ),
    (is_repost_source, "a street named Via", "Via Dolorosa", false),
    (is_time_stamp, "a year alone is a subheading", "2022", false),
    (is_time_stamp, "a count is no stamp", "The first 100", false),
    (
        is_labelled_stamp,
        "an update that goes on is text",
        "Updated 3 March 2022: police now say 3 died",
        false,
    ),
    (is_labelled_stamp, "a date of birth is text", "Date of birth: 12 March 1980", false),
    (
        is_labelled_stamp,
        "posted by someone on a date is text",
        "Posted by the ministry on March 3 2022 it said 3 died",
        false,
    ),
    (
        is_short_line_ending_in_a_date,
        "a caption ending in a date",
        "Protesters gather in Almaty's central square, January 5, 2022",
        false,
    ),
    (
        is_short_line_ending_in_a_date, "a subheading ending in a date",
        "The crackdown of January 2022", false,
    ),
    (
        is_short_line_ending_in_a_date, "a quotation opened after a date",
        "As the court put it on 5 May 2023:", false,
    ),
    (
        is_copyright,
        "a sentence opening with copyright",
        "Copyright law changed in 2019, and the court applied it.",
        false,
    ),
    (is_credit, "a video label over a quote", "Video: we will not stop, says activist", false),
    (
        is_credit,
        "a source label over a sentence",
        "Source: a senior official said the talks failed",
        false,
    ),
    (is_credit, "photo by photo", "Photo by photo, the archive shows a life", false),
    (is_open_credit, "an open source label opens no credit", "Source:", false),
    (is_breadcrumb, "guillemets are quotes", "«Nur Otan» vs «Amanat» today", false),
    (is_name_slash_outlet, "two titles with a slash", "The Prime Minister/President", false),
];

#[test]
fn page_lines_are_recognised_by_their_shape() {
    for (recognise, name, line, expected) in CASES {
        assert_eq!(recognise(line), *expected, "{name}: {line:?}");
    }
}
