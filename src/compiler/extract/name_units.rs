//! Name units that only their neighbours make names: a byline's surname in capitals, a number after a name's `No.`.

use super::candidates::{plain_space, Reader, Unit};
use super::words::Shape;
use crate::compiler::lexicon::{is_month_or_day, is_stopword};

impl Reader<'_> {
    /// `Christopher RICKLETON`: a surname in capitals right after a capitalised given name, as
    /// bylines print it (not a word of a line in capitals: the words around it are not).
    pub(super) fn is_byline_surname(&self, units: &[Unit], i: usize) -> bool {
        let words = &self.words.words;
        let given = i.checked_sub(1).map(|g| &units[g]);
        let given_name = given.is_some_and(|g| {
            g.shape == Shape::Capitalized
                && g.last + 1 == units[i].first
                && plain_space(words[units[i].first].gap)
                && !is_stopword(&g.folded)
                && !is_month_or_day(&g.folded)
        });
        let shouting = units.get(i + 1).is_some_and(|n| {
            matches!(n.shape, Shape::Upper | Shape::Acronym) && n.first == units[i].last + 1
        });
        given_name && !shouting
    }

    /// `School No. 61`, `Ghulja No. 3 Middle School`: unit `j` is the number after a name's `No.`.
    pub(super) fn numbered(&self, units: &[Unit], previous: usize, j: usize) -> bool {
        units[previous].folded == "no"
            && units[previous].shape == Shape::Capitalized
            && self.words.words[units[j].first].gap == ". "
            && units[j].first == units[j].last
            && units[j].folded.chars().all(|c| c.is_ascii_digit())
            && !units[j].folded.is_empty()
    }

    /// The name goes on after its number (`No. 3 Middle School`).
    pub(super) fn after_number(&self, units: &[Unit], previous: usize, j: usize) -> bool {
        previous > 0
            && self.numbered(units, previous - 1, previous)
            && plain_space(self.words.words[units[j].first].gap)
            && self.is_name_unit(units, j)
    }
}
