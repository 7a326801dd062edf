//! Joins short forms (`Tolash`, `Steppe Center`) to the full name they stand for, nearest in their document first.
//!
//! A candidate is a short form when no spelling of its own entity is longer. It joins the nearest
//! full name before it in its document that it can stand for (after it, failing that); a short form
//! with no such name in its document goes where most of its spelling's other mentions went, or to the
//! only full name in the corpus it can stand for.

use std::collections::{BTreeMap, BTreeSet};

use super::clusters::{compatible, plain_keys};
use crate::compiler::extract::Candidate;
use crate::compiler::lexicon::{is_org_keyword, keys_match, patronymic_stem};
use crate::model::EntityKind;
use crate::text::fold;

/// Whether short candidate `short` can stand for full candidate `full` of kind `kind`.
fn stands_for(short: &[String], full: &[String], full_tokens: &[String], kind: EntityKind) -> bool {
    // `Nur Bolat` for `Nur-Bolat Serikuly`: a hyphenated given name printed without its hyphen.
    let unhyphenated = kind == EntityKind::Person
        && short.len() >= 2
        && full.len() >= 2
        && full_tokens.first().is_some_and(|t| t.contains('-'))
        && short.concat() == full[0];
    if unhyphenated {
        return true;
    }
    if short.is_empty() || short.len() >= full.len() {
        return false;
    }
    match kind {
        EntityKind::Person if short.len() == 1 => {
            let last = &full[full.len() - 1];
            keys_match(&short[0], &full[0], 0)
                || keys_match(&short[0], last, 0)
                || same_father(&short[0], last)
        }
        EntityKind::Person => {
            keys_match(&short[0], &full[0], 0)
                && keys_match(&short[short.len() - 1], &full[full.len() - 1], 0)
        }
        EntityKind::Organization if short.len() == 1 => {
            // Not the first of two joined words (`Belt` of `Belt and Road Initiative`).
            let plain: Vec<(usize, &String)> = full_tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.starts_with(char::is_lowercase))
                .collect();
            let conjunct = |at: usize| full_tokens.get(at + 1).is_some_and(|t| t == "and");
            // Nor what it is of (`Almaty` of `Criminal Court of Almaty`): a place, not its short form.
            let of_tail = |at: usize| full_tokens[..at].iter().any(|t| t == "of");
            full.iter().zip(plain).any(|(key, (at, token))| {
                !is_org_keyword(&fold(token))
                    && !conjunct(at)
                    && !of_tail(at)
                    && keys_match(&short[0], key, 0)
            })
        }
        EntityKind::Organization => {
            let mut rest = full.iter();
            keys_match(&short[0], &full[0], 0)
                && short.iter().all(|s| rest.any(|f| keys_match(s, f, 0)))
        }
        EntityKind::Place | EntityKind::Group => false,
    }
}

/// `Kunbolat` / `Kunbolatuly`: a surname and a patronymic built on it (either way round).
fn same_father(a: &str, b: &str) -> bool {
    let stem = |key: &str| patronymic_stem(key).map(|(stem, _)| stem.to_string());
    stem(a).is_some_and(|s| keys_match(&s, b, 0)) || stem(b).is_some_and(|s| keys_match(a, &s, 0))
}

/// The entities found so far, as roots of candidate sets, and what telling short forms needs of them.
struct ShortForms<'c> {
    candidates: &'c [Candidate],
    group_of: &'c [usize],
    roots: &'c [usize],
    root_members: &'c BTreeMap<usize, Vec<usize>>,
    root_kind: &'c BTreeMap<usize, Option<EntityKind>>,
    /// The kind of each root on firm evidence only (`to X` alone does not make X a place).
    firm_kind: &'c BTreeMap<usize, Option<EntityKind>>,
    /// Name keys of each candidate's capitalised tokens.
    plain: Vec<Vec<String>>,
    /// Whether each candidate is printed as someone's relative in apposition (`her brother, X`).
    relative: &'c [bool],
    /// The longest spelling of each root, so that a short form is told in one step (not one pass
    /// over a root's members per candidate: a place named 10,000 times made that quadratic).
    longest: BTreeMap<usize, usize>,
    /// Across documents only the root and the spelling of a target matter: one candidate of each,
    /// filed under the initials of its words, since a short form's first word matches a word of the
    /// full name with the same initial ([`stands_for`]).
    by_initial: BTreeMap<Option<char>, Vec<usize>>,
}

impl<'c> ShortForms<'c> {
    fn new(
        candidates: &'c [Candidate],
        group_of: &'c [usize],
        roots: &'c [usize],
        root_members: &'c BTreeMap<usize, Vec<usize>>,
        root_kind: &'c BTreeMap<usize, Option<EntityKind>>,
        firm_kind: &'c BTreeMap<usize, Option<EntityKind>>,
        relative: &'c [bool],
    ) -> ShortForms<'c> {
        let plain: Vec<Vec<String>> = candidates.iter().map(plain_keys).collect();
        let longest = root_members
            .iter()
            .map(|(&root, members)| {
                (root, members.iter().map(|&m| plain[m].len()).max().unwrap_or(0))
            })
            .collect();
        let mut forms = ShortForms {
            candidates,
            group_of,
            roots,
            root_members,
            root_kind,
            firm_kind,
            relative,
            plain,
            longest,
            by_initial: BTreeMap::new(),
        };
        forms.by_initial = forms.index_by_initial();
        forms
    }

    fn root_of(&self, c: usize) -> usize {
        self.roots[self.group_of[c]]
    }

    /// One candidate per root and spelling, filed under each initial of its words.
    fn index_by_initial(&self) -> BTreeMap<Option<char>, Vec<usize>> {
        let mut seen: BTreeSet<(usize, &[String])> = BTreeSet::new();
        let mut by_initial: BTreeMap<Option<char>, Vec<usize>> = BTreeMap::new();
        for m in (0..self.candidates.len()).filter(|&m| {
            self.candidates[m].key.is_none()
                && seen.insert((self.root_of(m), self.candidates[m].tokens.as_slice()))
        }) {
            let initials: BTreeSet<Option<char>> =
                self.plain[m].iter().map(|key| key.chars().next()).collect();
            for initial in initials {
                by_initial.entry(initial).or_default().push(m);
            }
        }
        by_initial
    }

    /// Whether candidate `c` is a short form: a plain name no spelling of its own root outgrows.
    fn is_short(&self, c: usize) -> bool {
        let candidate = &self.candidates[c];
        !candidate.acronym
            && candidate.world.is_none()
            && candidate.key.is_none()
            && candidate.fixed != Some(EntityKind::Place)
            && self.longest[&self.root_of(c)] <= self.plain[c].len()
    }

    /// The candidates of other people and organizations that `c` can stand for: in its document, or
    /// (one per root and spelling) anywhere.
    fn targets(&self, c: usize, within_doc: bool) -> Vec<usize> {
        let candidates = self.candidates;
        let own_kind = self.firm_kind[&self.root_of(c)];
        let range: Box<dyn Iterator<Item = usize>> = if within_doc {
            // Candidates come in document order: the range of this document's candidates.
            let doc = candidates[c].doc;
            Box::new(
                candidates.partition_point(|m| m.doc < doc)
                    ..candidates.partition_point(|m| m.doc <= doc),
            )
        } else {
            let initial = self.plain[c].first().map(|key| key.chars().next());
            Box::new(initial.and_then(|i| self.by_initial.get(&i)).into_iter().flatten().copied())
        };
        range
            .filter(|&m| self.root_of(m) != self.root_of(c) && candidates[m].key.is_none())
            .filter(|&m| match self.root_kind[&self.root_of(m)] {
                Some(kind @ (EntityKind::Person | EntityKind::Organization)) => {
                    compatible(own_kind, Some(kind))
                        && stands_for(&self.plain[c], &self.plain[m], &candidates[m].tokens, kind)
                }
                _ => false,
            })
            .collect()
    }

    /// The root of the nearest full name in `c`'s document it can stand for: before it, else after.
    /// A short form leaning one way (`Temirov says`) prefers a full name of that kind.
    fn nearest_in_document(&self, c: usize) -> Option<usize> {
        let mut found = self.targets(c, true);
        if let Some(leaning) = self.root_kind[&self.root_of(c)] {
            if found.iter().any(|&m| self.root_kind[&self.root_of(m)] == Some(leaning)) {
                found.retain(|&m| self.root_kind[&self.root_of(m)] == Some(leaning));
            }
        }
        self.skip_relatives_sharing_a_surname(c, &mut found);
        let at = self.candidates[c].start;
        let start = |m: &&usize| self.candidates[**m].start;
        let before = found.iter().filter(|&&m| self.candidates[m].start < at).max_by_key(start);
        let after = found.iter().filter(|&&m| self.candidates[m].start > at).min_by_key(start);
        before.or(after).map(|&m| self.root_of(m))
    }

    /// A lone surname that two or more people share (`Tolash` after `Aliya Tolash` and `her
    /// brother, Erlan Tolash`) is not one of those the document introduced as someone's relative:
    /// reporting calls them by their given names. Leaves `found` as it is unless some are left.
    fn skip_relatives_sharing_a_surname(&self, c: usize, found: &mut Vec<usize>) {
        let [surname] = self.plain[c].as_slice() else { return };
        let shares = |m: usize| {
            self.root_kind[&self.root_of(m)] == Some(EntityKind::Person)
                && self.plain[m].len() >= 2
                && self.plain[m].last().is_some_and(|last| keys_match(surname, last, 0))
        };
        let people: BTreeSet<usize> =
            found.iter().copied().filter(|&m| shares(m)).map(|m| self.root_of(m)).collect();
        if people.len() < 2 {
            return;
        }
        let relatives: BTreeSet<usize> = found
            .iter()
            .copied()
            .filter(|&m| shares(m) && self.relative[m])
            .map(|m| self.root_of(m))
            .collect();
        if relatives.len() < people.len() {
            found.retain(|&m| !relatives.contains(&self.root_of(m)));
        }
    }

    /// For short forms of `root` with no full name in their document (`rest`): where most of the
    /// root's assigned mentions went, or the only full name in the corpus the first can stand for.
    fn elsewhere(&self, root: usize, rest: &[usize], assigned: &[Option<usize>]) -> Option<usize> {
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for &m in &self.root_members[&root] {
            if let Some(target) = assigned[m] {
                *votes.entry(target).or_default() += 1;
            }
        }
        let total: usize = votes.values().sum();
        let majority = votes.iter().find(|(_, &n)| 2 * n > total).map(|(&target, _)| target);
        let unique = || {
            let found: BTreeSet<usize> =
                self.targets(rest[0], false).into_iter().map(|m| self.root_of(m)).collect();
            (found.len() == 1).then(|| *found.iter().next().unwrap())
        };
        majority.or_else(unique)
    }
}

/// For each candidate that is a short form, the root of the full name it stands for.
pub(super) fn attach_short_forms(
    candidates: &[Candidate],
    group_of: &[usize],
    roots: &[usize],
    root_members: &BTreeMap<usize, Vec<usize>>,
    root_kind: &BTreeMap<usize, Option<EntityKind>>,
    firm_kind: &BTreeMap<usize, Option<EntityKind>>,
    relative: &[bool],
) -> Vec<Option<usize>> {
    let forms =
        ShortForms::new(candidates, group_of, roots, root_members, root_kind, firm_kind, relative);
    let mut assigned = vec![None; candidates.len()];
    let mut leftovers: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for c in (0..candidates.len()).filter(|&c| forms.is_short(c)) {
        match forms.nearest_in_document(c) {
            Some(root) => assigned[c] = Some(root),
            None => leftovers.entry(forms.root_of(c)).or_default().push(c),
        }
    }
    for (root, rest) in leftovers {
        if let Some(target) = forms.elsewhere(root, &rest, &assigned) {
            for c in rest {
                assigned[c] = Some(target);
            }
        }
    }
    assigned
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::resolve::clusters::decide;
    use crate::compiler::resolve::clusters::tests::candidate;
    use EntityKind::*;

    fn keys(name: &str) -> (Vec<String>, Vec<String>) {
        let tokens: Vec<String> = name.split(' ').map(String::from).collect();
        (plain_keys(&candidate(0, 0, name, None)), tokens)
    }

    #[test]
    fn a_short_name_stands_for_a_full_one_by_kind() {
        const CASES: &[(&str, &str, &str, EntityKind, bool)] = &[
            ("a surname stands for a person", "Tolash", "Mira Tolash", Person, true),
            ("a given name stands for a person", "Mira", "Mira Tolash", Person, true),
            ("another surname does not", "Abenov", "Mira Tolash", Person, false),
            (
                "a bare father's name stands for -uly", "Zhanbolat", "Arman Zhanbolatuly", Person,
                true,
            ),
            (
                "a patronymic stands for the bare name", "Amantayqyzy", "Zhanargul Amantay",
                Person, true,
            ),
            (
                "a daughter's patronymic is not her father's given name",
                "Nurbolatkyzy",
                "Nurbolat Serikuly",
                Person,
                false,
            ),
            (
                "first and last word stand for a person", "Mira Tolash", "Mira K. Tolash", Person,
                true,
            ),
            ("a word of an organization", "Qorgau", "Qorgau Birligi", Organization, true),
            ("but not its keyword", "Center", "Steppe Policy Center", Organization, false),
            ("nor what it is of", "Ushtobe", "District Court of Ushtobe", Organization, false),
            ("a word before its of", "Qorgau", "Qorgau Court of Ushtobe", Organization, true),
            (
                "nor the first of two joined words", "Belt", "Belt and Road Initiative",
                Organization, false,
            ),
            (
                "words of an organization in order", "Steppe Center", "Steppe Policy Center",
                Organization, true,
            ),
            ("never a place", "Almaty", "Almaty Region", Place, false),
            ("never as long as the full name", "Mira Tolash", "Mira Tolash", Person, false),
        ];
        for &(name, short, full, kind, expected) in CASES {
            let (short, _) = keys(short);
            let (full, full_tokens) = keys(full);
            assert_eq!(stands_for(&short, &full, &full_tokens, kind), expected, "{name}");
        }
    }

    /// Each candidate its own entity: which candidate each one's short form joins (by surface).
    fn attached<'a>(candidates: &'a [Candidate], relative: &[bool]) -> Vec<Option<&'a str>> {
        let n = candidates.len();
        let ids: Vec<usize> = (0..n).collect();
        let members: BTreeMap<usize, Vec<usize>> = (0..n).map(|c| (c, vec![c])).collect();
        let kinds: BTreeMap<usize, Option<EntityKind>> =
            (0..n).map(|c| (c, decide([&candidates[c]]))).collect();
        let relative: Vec<bool> = (0..n).map(|c| relative.get(c) == Some(&true)).collect();
        attach_short_forms(candidates, &ids, &ids, &members, &kinds, &kinds, &relative)
            .into_iter()
            .map(|root| root.map(|r| candidates[r].surface.as_str()))
            .collect()
    }

    #[test]
    fn short_forms_join_the_nearest_full_name_then_the_only_one() {
        // (name, candidates, which are printed as someone's relative, expected attachments)
        type Case = (&'static str, Vec<Candidate>, Vec<bool>, Vec<Option<&'static str>>);
        let cases: Vec<Case> = vec![
            (
                "the nearest full name before it in its document",
                vec![
                    candidate(0, 0, "Liu Lei", None),
                    candidate(0, 50, "Liu Min", None),
                    candidate(0, 90, "Liu", None),
                ],
                vec![],
                vec![None, None, Some("Liu Min")],
            ),
            (
                "a shared surname skips the one printed as someone's relative",
                vec![
                    candidate(0, 0, "Aliya Tolash", None),
                    candidate(0, 50, "Erlan Tolash", None),
                    candidate(0, 90, "Tolash", None),
                ],
                vec![false, true, false],
                vec![None, None, Some("Aliya Tolash")],
            ),
            (
                "all sharing it printed as relatives: the nearest",
                vec![
                    candidate(0, 0, "Aliya Tolash", None),
                    candidate(0, 50, "Erlan Tolash", None),
                    candidate(0, 90, "Tolash", None),
                ],
                vec![true, true, false],
                vec![None, None, Some("Erlan Tolash")],
            ),
            (
                "a relative is the one a surname nobody shares stands for",
                vec![
                    candidate(0, 0, "Aliya Dosova", None),
                    candidate(0, 50, "Erlan Tolash", None),
                    candidate(0, 90, "Tolash", None),
                ],
                vec![false, true, false],
                vec![None, None, Some("Erlan Tolash")],
            ),
            (
                "after it when none comes before",
                vec![candidate(0, 0, "Tolash", None), candidate(0, 50, "Mira Tolash", None)],
                vec![],
                vec![Some("Mira Tolash"), None],
            ),
            (
                "the only full name in the corpus when its document has none",
                vec![candidate(0, 0, "Mira Tolash", None), candidate(1, 0, "Tolash", None)],
                vec![],
                vec![None, Some("Mira Tolash")],
            ),
            (
                "none when two full names in other documents fit",
                vec![
                    candidate(0, 0, "Liu Lei", None),
                    candidate(1, 0, "Liu Min", None),
                    candidate(2, 0, "Liu", None),
                ],
                vec![],
                vec![None, None, None],
            ),
        ];
        for (name, candidates, relative, expected) in cases {
            assert_eq!(attached(&candidates, &relative), expected, "{name}");
        }
    }
}
