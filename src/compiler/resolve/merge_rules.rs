//! The rules that join groups of equal-key candidates into one entity, as an ordered table of small named rules.
//!
//! Candidates with one name key form a group; each rule looks at the groups and joins some into one
//! set ([`Sets`]). The sets and their roots do not depend on the order the rules run in (a root is
//! always the smallest group index of its set), but the table keeps the order they were written in.

use std::collections::{BTreeMap, BTreeSet};

use super::clusters::{compatible, decide};
use crate::compiler::extract::{AcronymDefinition, Candidate};
use crate::compiler::lexicon::overrides;
use crate::compiler::lexicon::{
    is_demonym, is_place_keyword, name_key, names_match, patronymic_forms_match,
};
use crate::model::EntityKind;
use crate::text::fold;

/// Disjoint sets over group indexes; the smallest index represents its set.
pub(super) struct Sets(Vec<usize>);

impl Sets {
    pub(super) fn new(groups: usize) -> Sets {
        Sets((0..groups).collect())
    }

    pub(super) fn find(&mut self, i: usize) -> usize {
        let parent = self.0[i];
        if parent == i {
            return i;
        }
        let root = self.find(parent);
        self.0[i] = root;
        root
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = (a.min(b), a.max(b));
        self.0[high] = low;
    }
}

/// The candidates grouped by name key, with what the merge rules read.
pub(super) struct Groups<'c> {
    pub candidates: &'c [Candidate],
    pub definitions: &'c [AcronymDefinition],
    /// Pairs of candidates the text declares one entity (`X, … that locals call Y`).
    pub aliases: &'c [(usize, usize)],
    /// The distinct keys, sorted: group `g` is every candidate with key `keys[g]`.
    pub keys: Vec<Vec<String>>,
    /// The group of each candidate.
    pub group_of: Vec<usize>,
    /// The candidates of each group, in candidate order.
    pub members: Vec<Vec<usize>>,
    /// The kind each group's candidates point to.
    pub kind: Vec<Option<EntityKind>>,
}

impl<'c> Groups<'c> {
    /// Groups candidates with one key (a ministry's context key, else its name key).
    pub(super) fn new(
        candidates: &'c [Candidate],
        definitions: &'c [AcronymDefinition],
        aliases: &'c [(usize, usize)],
    ) -> Groups<'c> {
        let keys: Vec<Vec<String>> = candidates
            .iter()
            .map(|c| c.key.clone().unwrap_or_else(|| name_key(&c.tokens)))
            .collect();
        let group_keys: Vec<Vec<String>> =
            keys.iter().cloned().collect::<BTreeSet<_>>().into_iter().collect();
        let group_of: Vec<usize> = keys
            .iter()
            .map(|k| group_keys.binary_search(k).expect("every key is a group"))
            .collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); group_keys.len()];
        for (c, &g) in group_of.iter().enumerate() {
            members[g].push(c);
        }
        let kind = members.iter().map(|m| decide(m.iter().map(|&c| &candidates[c]))).collect();
        Groups { candidates, definitions, aliases, keys: group_keys, group_of, members, kind }
    }

    /// The group whose key is `key`, if any candidate has it.
    fn by_key(&self, key: &[String]) -> Option<usize> {
        self.keys.binary_search_by(|k| k.as_slice().cmp(key)).ok()
    }
}

/// A merge rule: joins the groups it finds to be one entity.
pub(super) type MergeRule = fn(&Groups<'_>, &mut Sets);

/// The merge rules, in the order they run.
pub(super) const MERGE_RULES: &[(&str, MergeRule)] = &[
    ("known abbreviations join their world names", join_world_names),
    ("the curated overrides join their names", join_overrides),
    ("acronyms join the long forms the text defines", join_defined_acronyms),
    ("names the text declares one join", join_declared_aliases),
    ("`X Autonomous Region` joins place X", join_place_keyword_forms),
    ("spelling variants join", join_spelling_variants),
    ("a name with its patronymic joins the name without it", join_patronymic_forms),
    ("a hyphenated name joins its words printed apart", join_unhyphenated_forms),
];

/// Known abbreviations and their names (`U.S.` / `United States`).
fn join_world_names(groups: &Groups<'_>, sets: &mut Sets) {
    let mut by_world: BTreeMap<&str, usize> = BTreeMap::new();
    for (c, candidate) in groups.candidates.iter().enumerate() {
        if let Some(world) = candidate.world {
            let first = *by_world.entry(world).or_insert(groups.group_of[c]);
            sets.union(first, groups.group_of[c]);
            let world_tokens: Vec<String> = world.split(' ').map(String::from).collect();
            if let Some(g) = groups.by_key(&name_key(&world_tokens)) {
                sets.union(g, groups.group_of[c]);
            }
        }
    }
}

/// Names the curated overrides give one entity (a renamed city, a standard abbreviation).
fn join_overrides(groups: &Groups<'_>, sets: &mut Sets) {
    let mut by_override: BTreeMap<usize, usize> = BTreeMap::new();
    for (g, key) in groups.keys.iter().enumerate() {
        if let Some(entry) = overrides::entry_of(key, groups.kind[g]) {
            let first = *by_override.entry(entry).or_insert(g);
            sets.union(first, g);
        }
    }
}

/// Acronyms defined in the text by their long form (`Long Name (LN)`).
fn join_defined_acronyms(groups: &Groups<'_>, sets: &mut Sets) {
    for definition in groups.definitions {
        if let Some(long) = definition.long {
            sets.union(groups.group_of[definition.acronym], groups.group_of[long]);
        }
    }
}

/// Names a phrase declares one entity, when their kinds agree.
fn join_declared_aliases(groups: &Groups<'_>, sets: &mut Sets) {
    for &(a, b) in groups.aliases {
        let (a, b) = (groups.group_of[a], groups.group_of[b]);
        if compatible(groups.kind[a], groups.kind[b]) {
            sets.union(a, b);
        }
    }
}

/// `X Autonomous Region`, `X Province` are place X.
fn join_place_keyword_forms(groups: &Groups<'_>, sets: &mut Sets) {
    for (g, m) in groups.members.iter().enumerate() {
        let tokens = &groups.candidates[m[0]].tokens;
        let mut end = tokens.len();
        while end > 1 && {
            let f = fold(&tokens[end - 1]);
            is_place_keyword(&f) || is_demonym(&f) || f == "autonomous"
        } {
            end -= 1;
        }
        if end == 1 && end < tokens.len() && groups.kind[g] == Some(EntityKind::Place) {
            if let Some(base) = groups.by_key(&name_key(&tokens[..1])) {
                if compatible(groups.kind[base], Some(EntityKind::Place)) {
                    sets.union(g, base);
                }
            }
        }
    }
}

/// Spelling variants: same number of tokens, each within its edit budget (and so with the same
/// initials, which buckets the comparisons). Context keys (`#…`) and short one-token names never join.
fn join_spelling_variants(groups: &Groups<'_>, sets: &mut Sets) {
    let mut buckets: BTreeMap<Vec<char>, Vec<usize>> = BTreeMap::new();
    for (g, key) in groups.keys.iter().enumerate() {
        buckets.entry(key.iter().filter_map(|k| k.chars().next()).collect()).or_default().push(g);
    }
    for bucket in buckets.values() {
        for (i, &a) in bucket.iter().enumerate() {
            for &b in &bucket[i + 1..] {
                let (ka, kb) = (&groups.keys[a], &groups.keys[b]);
                let keyed = ka.first().is_some_and(|k| k.starts_with('#'))
                    || kb.first().is_some_and(|k| k.starts_with('#'));
                let long_enough =
                    !keyed && (ka.len() > 1 || ka.first().is_some_and(|k| k.chars().count() >= 6));
                if long_enough && compatible(groups.kind[a], groups.kind[b]) && names_match(ka, kb)
                {
                    sets.union(a, b);
                }
            }
        }
    }
}

/// `Erbol Sadvakasuly` / `Erbol Sadvakas`, `Nurbek Osmon uulu` / `Nurbek Osmonov`: one person's
/// name with and without a patronymic ending, when the given names agree (people of one kind only).
fn join_patronymic_forms(groups: &Groups<'_>, sets: &mut Sets) {
    let person_like = |g: usize| compatible(groups.kind[g], Some(EntityKind::Person));
    let mut by_given: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (g, key) in groups.keys.iter().enumerate() {
        let initial = key.first().and_then(|k| k.chars().next());
        if let Some(initial) = initial.filter(|&i| key.len() >= 2 && i != '#' && person_like(g)) {
            by_given.entry(initial).or_default().push(g);
        }
    }
    for bucket in by_given.values() {
        for (i, &a) in bucket.iter().enumerate() {
            for &b in &bucket[i + 1..] {
                if patronymic_forms_match(&groups.keys[a], &groups.keys[b]) {
                    sets.union(a, b);
                }
            }
        }
    }
}

/// `Kassym Jomart Tokayev` / `Kassym-Jomart Tokayev`: a hyphenated name printed with a space for its
/// hyphen, word for word the same name (kinds compatible).
fn join_unhyphenated_forms(groups: &Groups<'_>, sets: &mut Sets) {
    for (g, members) in groups.members.iter().enumerate() {
        let tokens = &groups.candidates[members[0]].tokens;
        if groups.candidates[members[0]].key.is_some() || !tokens.iter().any(|t| t.contains('-')) {
            continue;
        }
        let apart: Vec<String> = tokens
            .iter()
            .flat_map(|t| t.split('-'))
            .filter(|part| !part.is_empty())
            .map(String::from)
            .collect();
        if let Some(other) = groups.by_key(&name_key(&apart)).filter(|&o| o != g) {
            if compatible(groups.kind[g], groups.kind[other]) {
                sets.union(g, other);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::resolve::clusters::tests::candidate;
    use EntityKind::*;

    /// A rule by its name in [`MERGE_RULES`], the candidates, acronym definitions `(acronym, long)` and
    /// declared aliases it reads, and candidate pairs with whether the rule joins them.
    type Case = (
        &'static str,
        Vec<Candidate>,
        Vec<(usize, Option<usize>)>,
        Vec<(usize, usize)>,
        Vec<(usize, usize, bool)>,
    );

    fn world(mut candidate: Candidate, name: &'static str) -> Candidate {
        candidate.world = Some(name);
        candidate
    }

    fn cases() -> Vec<Case> {
        let place = Some((Place, true));
        let org = Some((Organization, true));
        let person = Some((Person, true));
        vec![
            (
                "known abbreviations join their world names",
                vec![
                    world(candidate(0, 0, "U.S.", place), "united states"),
                    candidate(1, 0, "United States", place),
                    world(candidate(2, 0, "USA", place), "united states"),
                    candidate(2, 9, "United Kingdom", place),
                ],
                vec![],
                vec![],
                vec![(0, 1, true), (0, 2, true), (0, 3, false)],
            ),
            (
                "the curated overrides join their names",
                vec![
                    candidate(0, 0, "Astana", place),
                    candidate(1, 0, "Nur-Sultan", place),
                    candidate(2, 0, "Associated Press", org),
                    candidate(2, 30, "AP", org),
                ],
                vec![],
                vec![],
                vec![(0, 1, true), (2, 3, true), (0, 2, false)],
            ),
            (
                "acronyms join the long forms the text defines",
                vec![
                    candidate(0, 0, "Steppe Policy Center", org),
                    candidate(0, 30, "SPC", org),
                    candidate(1, 0, "DNA", None),
                ],
                vec![(1, Some(0)), (2, None)],
                vec![],
                vec![(0, 1, true), (1, 2, false)],
            ),
            (
                "names the text declares one join",
                vec![
                    candidate(0, 0, "Artux", place),
                    candidate(0, 40, "Atush", place),
                    candidate(1, 0, "Mira Tolash", person),
                    candidate(1, 40, "Qorgau", org),
                ],
                vec![],
                vec![(0, 1), (2, 3)],
                vec![(0, 1, true), (2, 3, false)],
            ),
            (
                "`X Autonomous Region` joins place X",
                vec![
                    candidate(0, 0, "Ushtobe", place),
                    candidate(1, 0, "Ushtobe Autonomous Region", place),
                    candidate(2, 0, "Ushtobe Group", org),
                ],
                vec![],
                vec![],
                vec![(0, 1, true), (0, 2, false)],
            ),
            (
                "spelling variants join",
                vec![
                    candidate(0, 0, "Qadira Mukhtarkhan", None),
                    candidate(1, 0, "Khadira Mukhtarhan", None),
                    candidate(2, 0, "Zhou Wei", None),
                    candidate(3, 0, "Zhou Hanlin", None),
                ],
                vec![],
                vec![],
                vec![(0, 1, true), (2, 3, false)],
            ),
            (
                "a name with its patronymic joins the name without it",
                vec![
                    candidate(0, 0, "Erbol Sadvakasuly", None),
                    candidate(1, 0, "Erbol Sadvakas", None),
                    candidate(1, 30, "Roza Sadvakasova", None),
                    candidate(2, 0, "Nurbek Osmon uulu", None),
                    candidate(3, 0, "Nurbek Osmonov", None),
                    candidate(4, 0, "Aruzhan Nurbolatkyzy", None),
                    candidate(4, 40, "Nurbolat Serik", None),
                    candidate(5, 0, "Talgat Kanatuly", org),
                    candidate(5, 30, "Talgat Kanat", person),
                ],
                vec![],
                vec![],
                vec![(0, 1, true), (1, 2, false), (3, 4, true), (5, 6, false), (7, 8, false)],
            ),
            (
                "a hyphenated name joins its words printed apart",
                vec![
                    candidate(0, 0, "Qasym-Zhomart Tolash", None),
                    candidate(1, 0, "Qasym Zhomart Tolash", None),
                    candidate(2, 0, "Taldy-Kurgan", place),
                    candidate(3, 0, "Taldy Kurgan", person),
                    candidate(4, 0, "Qasym Tolash", None),
                ],
                vec![],
                vec![],
                vec![(0, 1, true), (2, 3, false), (0, 4, false)],
            ),
        ]
    }

    #[test]
    fn each_merge_rule_joins_what_it_names_and_nothing_else() {
        for (name, candidates, definitions, aliases, pairs) in cases() {
            let rule = MERGE_RULES
                .iter()
                .find(|(rule, _)| *rule == name)
                .unwrap_or_else(|| panic!("{name}: no such rule"))
                .1;
            let definitions: Vec<AcronymDefinition> = definitions
                .into_iter()
                .map(|(acronym, long)| AcronymDefinition { acronym, long })
                .collect();
            let groups = Groups::new(&candidates, &definitions, &aliases);
            let mut sets = Sets::new(groups.keys.len());
            rule(&groups, &mut sets);
            for (a, b, joined) in pairs {
                let (ga, gb) = (groups.group_of[a], groups.group_of[b]);
                assert_eq!(
                    sets.find(ga) == sets.find(gb),
                    joined,
                    "{name}: {} and {}",
                    candidates[a].surface,
                    candidates[b].surface
                );
            }
        }
    }

    #[test]
    fn every_merge_rule_has_a_case() {
        let names: Vec<&str> = cases().iter().map(|case| case.0).collect();
        for (rule, _) in MERGE_RULES {
            assert!(names.contains(rule), "{rule} has no case");
        }
    }
}
