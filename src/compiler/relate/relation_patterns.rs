//! The table of sentence patterns that state typed relations, each with the relations it yields between its slots.
//!
//! The sentence patterns that state typed relations, as a table: each pattern (in the
//! [`super::pattern`] language) with the relations it yields between its slots.
//!
//! Patterns are about how English news prose states roles and interactions (`X, head of Y`,
//! `Y spokesman X`, `X met with Y`, `X told Y`), never about particular names. Word classes
//! (`@head`) keep the lines short. Kinship is read by [`super::kinship`]; offices inherited through
//! `counterpart` / `successor` and captions listing `Name (Country)` by [`super::typed_relations`](mod@super::typed_relations).

use crate::model::RelationKind::{self, *};

/// Word classes the patterns use as `@name`.
pub const CLASSES: &[(&str, &[&str])] = &[
    (
        "head",
        &[
            "head", "leader", "chief", "director", "chairman", "chairwoman", "chair", "founder",
            "co-founder", "president", "coordinator", "boss",
        ],
    ),
    (
        "spokes",
        &["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"],
    ),
    (
        "expert",
        &[
            "expert", "experts", "researcher", "researchers", "analyst", "analysts", "scholar",
            "specialist", "fellow", "professor", "lecturer", "economist", "historian",
        ],
    ),
    (
        "job",
        &[
            "editor", "producer", "writer", "columnist", "employee", "staffer", "official",
            "officer", "diplomat", "chief", "adviser", "advisor", "consultant", "presenter",
            "host", "anchor", "teacher", "investigator", "manager", "lawyer", "attorney",
        ],
    ),
    (
        "headverb",
        &[
            "runs", "ran", "heads", "headed", "leads", "founded", "co-founded", "chairs",
            "chaired", "directs", "directed",
        ],
    ),
    (
        "groupnoun",
        &[
            "group", "organization", "organisation", "movement", "party", "foundation",
            "association", "union", "network",
        ],
    ),
    ("meet", &["met", "meets", "meet", "meeting"]),
    (
        "aux",
        &[
            "has", "have", "had", "was", "were", "is", "are", "will", "would", "also",
            "reportedly", "later", "previously", "then", "first",
        ],
    ),
    ("speech", &["said", "says", "told", "tells", "stated", "noted", "added", "remarked"]),
    ("ruler", &["president", "leader", "premier", "king", "queen", "emir", "sultan", "chancellor"]),
    ("minister", &["minister", "ministers"]),
    // Role words of the constructions in [`super::role_patterns`].
    ("rank", &["deputy", "first", "vice", "acting", "executive"]),
    (
        "field",
        &[
            "foreign", "interior", "defence", "defense", "justice", "finance", "economy",
            "education", "health", "culture", "information", "labour", "labor", "energy", "trade",
            "prime",
        ],
    ),
    ("memberadj", &["founding", "longtime", "senior", "active", "leading", "prominent"]),
    (
        "worksat",
        &[
            "works", "work", "worked", "practises", "practices", "practised", "practiced",
            "teaches", "taught",
        ],
    ),
    ("lawyer", &["lawyer", "lawyers", "attorney", "attorneys", "advocate", "counsel", "barrister"]),
    ("corr", &["correspondent", "reporter", "journalist", "stringer"]),
    ("kid", &["son", "daughter", "child", "stepson", "stepdaughter"]),
    ("represent", &["represents", "represented", "representing"]),
    ("defend", &["defends", "defended", "defending"]),
    (
        "detained",
        &[
            "detained", "arrested", "jailed", "imprisoned", "held", "abducted", "deported",
            "interned",
        ],
    ),
    ("detain", &["detained", "arrested", "jailed", "imprisoned", "abducted", "deported"]),
    (
        "helpverb",
        &["helped", "help", "helps", "assisted", "assist", "assists", "supported", "supports"],
    ),
    (
        "campaign",
        &[
            "campaigning", "campaigned", "campaign", "campaigns", "lobbying", "lobbied", "lobby",
            "fighting", "fought", "advocating", "advocated",
        ],
    ),
    (
        "demand",
        &[
            "demanding", "demanded", "demand", "demands", "seeking", "sought", "urging", "urged",
            "calling", "called",
        ],
    ),
];

/// A pattern and the relations (kind, source slot, target slot) each of its matches states.
pub struct RelationPattern {
    /// What the rule reads, for people reading the table and for its tests (the compiler itself does not need it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    pub pattern: &'static str,
    pub yields: &'static [(RelationKind, char, char)],
}

pub(super) const fn rule(
    name: &'static str,
    pattern: &'static str,
    yields: &'static [(RelationKind, char, char)],
) -> RelationPattern {
    RelationPattern { name, pattern, yields }
}

pub const PATTERNS: &[RelationPattern] = &[
    // affiliation: appositives and copulas
    rule("head of, appositive", "$A:per , ?who ?is|was ?also ?the|a|an ?former ...3 @head of ...5 $B:org~>", &[(HeadOf, 'A', 'B')]),
    rule("head of, copula", "$A:per~ is|was|became ?the|a|an ?former ...3 @head of ...5 $B:org>", &[(HeadOf, 'A', 'B')]),
    rule("head of, its leader", "$B:org~ ?'s ?former @head ?, $A:per", &[(HeadOf, 'A', 'B')]),
    rule("head of, runs", "$A:per {app} ?also @headverb ...8 $B:org", &[(HeadOf, 'A', 'B')]),
    rule("head of, his group", "his|her ...3 $B:org @groupnoun", &[(HeadOf, '~', 'B')]),
    rule("spokesperson, appositive", "$A:per , ?the|a|an ...2 @spokes for|of ...3 $B:org>", &[(SpokespersonFor, 'A', 'B')]),
    rule("spokesperson, title", "$B:org ?'s @spokes $A:per", &[(SpokespersonFor, 'A', 'B')]),
    rule("expert, appositive", "$A:per , ?who ?is|was ?also ?the|a|an ?former ...4 @expert ...10 $B:org>", &[(ExpertAt, 'A', 'B')]),
    rule("expert, unit at institution", "$A:per , ?who ?is|was ?also ?the|a|an ?former ...4 @expert ...10 $X:org at ?the $B:org", &[(ExpertAt, 'A', 'B')]),
    rule("expert, copula", "$A:per~ is|was ?also ?the|a|an ?former ...4 @expert ...10 $B:org>", &[(ExpertAt, 'A', 'B')]),
    rule("affiliate, organization's title", "$A:per , ?the|a|an $B:org 's ...3 @expert|@head|@job", &[(WorksFor, 'A', 'B')]),
    rule("associate, appositive", "$A:per , ?the|a|an ?close|longtime|former associate|colleague|ally of $B:per", &[(AssociateOf, 'A', 'B')]),
    rule("works for, copula", "$A:per~ is|was ?also ?a|an|the ?former ...3 @job for|at|of|with ?the ...3 $B:org>", &[(WorksFor, 'A', 'B')]),
    rule("works for, appositive", "$A:per , ?a|an|the ?former ...3 @job for|at|of|with ?the ...3 $B:org>", &[(WorksFor, 'A', 'B')]),
    rule("works for, organization's title", "$A:per~ is|was ?also ?a|an|the $B:org> ...2 @job", &[(WorksFor, 'A', 'B')]),
    rule("works for, organization's person", "$B:org> 's $A:per", &[(WorksFor, 'A', 'B')]),
    rule("works for, of", "$A:per of ?the $B:org>", &[(WorksFor, 'A', 'B')]),
    rule("works for, joining", "joining $B:org ?, $A:per~", &[(WorksFor, 'A', 'B')]),
    rule("works for, official title", "$B:org|pla ...2 official|officials|diplomat|employee ?, $A:per", &[(WorksFor, 'A', 'B')]),
    rule("works for, employee of a state", "$A:per , ...,12 employee|official|officer of the $C:nat state|government", &[(WorksFor, 'A', 'C')]),
    rule("member of, organization at organization", "$A:org at $B:org", &[(MemberOf, 'A', 'B')]),
    rule("member of, organization's unit", "$B:org 's $A:org", &[(MemberOf, 'A', 'B')]),
    rule("member of, organization (abbreviation)'s unit", "$B:org ( ...2 ) 's $A:org", &[(MemberOf, 'A', 'B')]),
    rule("member of, of which", "$B:org {app} , of which $A:pla|org is|was ?a member", &[(MemberOf, 'A', 'B')]),
    rule("member of, copula", "$A:pla|org is|was ?a part|member of the ...2 $B:org", &[(MemberOf, 'A', 'B')]),
    rule("member of, party title", "$A:per , ?appointed|named|elected ?the $B:org secretary|member|chairman|official", &[(MemberOf, 'A', 'B')]),
    // office
    rule("ambassador, title", "ambassador to $D:pla ?, ^3 $A:per", &[(AmbassadorTo, 'A', 'D')]),
    rule("ambassador, appositive", "$A:per , ?the|a|an ?former ...2 ambassador to $D:pla", &[(AmbassadorTo, 'A', 'D')]),
    rule("minister, title", "$C:nat ?'s ?former ^3 @minister ^4 $A:per", &[(MinisterOf, 'A', 'C')]),
    rule("minister, appositive", "$A:per , ?the ?former $C:nat ...3 @minister", &[(MinisterOf, 'A', 'C')]),
    rule("ruler, title", "$C:nat ?'s ?former ^2 @ruler ^2 $A:per", &[(HeadOf, 'A', 'C')]),
    rule("ruler, appositive", "$A:per , ?the ?former $C:nat ...2 @ruler", &[(HeadOf, 'A', 'C')]),
    rule("party secretary, appointed", "$A:per , ?appointed|named|elected ?the ...3 secretary of|in $C:pla", &[(PartySecretaryOf, 'A', 'C')]),
    rule("party secretary, as", "$A:per ...,20 as ?the ?$P:org party|communist secretary of|in $C:pla", &[(PartySecretaryOf, 'A', 'C')]),
    // interaction
    rule("met with", "$A:per~ {app} ?@aux ?@aux @meet ?with ...,6 $B:per", &[(MetWith, 'A', 'B')]),
    rule("meeting with", "$A:per~ 's meeting|meetings|talks with ...4 $B:per", &[(MetWith, 'A', 'B')]),
    rule("discussed with", "$A:per {app} discussed|discusses|discuss ...6 with ...4 $B:per", &[(MetWith, 'A', 'B')]),
    rule("said during a meeting", "$A:per {app} @speech during|at|after a|the|his|her meeting|talks with ...4 $B:per", &[(MetWith, 'A', 'B')]),
    rule("meeting between", "meeting|ceremony|talks|summit ...,12 between ...,5 $A:per and $B:per", &[(MetWith, 'A', 'B')]),
    rule("warned", "$A:per {app} ?also warned|threatened $B:per", &[(Warned, 'A', 'B')]),
    rule("questioned", "$A:per|org {app} ?also questioned|interrogated $B:per", &[(Questioned, 'A', 'B')]),
    rule("detained by", "$B:per ...6 @detained by $A:org|pla|per", &[(Detained, 'A', 'B')]),
    rule("sentenced by", "$B:per ...6 sentenced by $A:org|pla|per", &[(Sentenced, 'A', 'B')]),
    rule("released by", "$B:per ...6 released|freed by $A:org|pla|per", &[(Released, 'A', 'B')]),
    rule("detained", "$A:org|pla|per ?@aux @detain $B:per", &[(Detained, 'A', 'B')]),
    rule("sentenced", "$A:org|pla|per ?@aux sentenced $B:per", &[(Sentenced, 'A', 'B')]),
    rule("released", "$A:org|pla|per ?@aux released|freed $B:per", &[(Released, 'A', 'B')]),
    rule("sentenced, judge of a court", "$A:per of ?the $C:org ?@aux sentenced|convicted $B:per", &[(Sentenced, 'A', 'B'), (WorksFor, 'A', 'C')]),
    // family stated as an appositive
    rule("child of, appositive", "$A:per , ?the ?eldest|youngest|elder|younger|only @kid of $B:per", &[(ChildOf, 'A', 'B')]),
    // representation
    rule("lawyer, possessive", "$B:per~ ?'s ?defense|defence|own @lawyer ?, $A:per", &[(LawyerFor, 'A', 'B')]),
    rule("lawyer, appositive", "$A:per , ?the|a|an|his|her ?defense|defence @lawyer for|of $B:per", &[(LawyerFor, 'A', 'B')]),
    rule("lawyer, who represents", "$A:per , ?a|an|the ...3 ?@lawyer who @represent $B:per+", &[(LawyerFor, 'A', 'B')]),
    rule("lawyer, who defends", "$A:per , ?a|an|the ...3 @lawyer who @defend $B:per+", &[(LawyerFor, 'A', 'B')]),
    rule("lawyer, represented by", "$B:per ?, ?who ?is|was|are|were represented by ?the|a|an|his|her ...3 $A:per", &[(LawyerFor, 'A', 'B')]),
    rule("lawyer, defended by", "$B:per ?, ?who ?is|was|are|were defended by ?the|a|an|his|her ?defence|defense @lawyer $A:per", &[(LawyerFor, 'A', 'B')]),
    // correspondents
    rule("correspondent, title", "$B:org> ?'s ?special|senior|chief|local|staff @corr $A:per", &[(CorrespondentFor, 'A', 'B')]),
    rule("correspondent, appositive", "$A:per , ?a|an|the ?special|senior|chief|local|staff ...2 @corr for|with|at|of ?the $B:org>", &[(CorrespondentFor, 'A', 'B')]),
    rule("correspondent, before the name", "?a|an|the $B:org ?special|senior|chief|local|staff @corr , $A:per", &[(CorrespondentFor, 'A', 'B')]),
    rule("correspondent, copula with the outlet first", "$A:per~ is|was ?also ?a|an|the $B:org> ?special|senior|chief|local|staff @corr", &[(CorrespondentFor, 'A', 'B')]),
    rule("correspondent, copula", "$A:per~ is|was ?a|an|the ?special|senior|chief|local|staff ...2 @corr for|with|at ?the $B:org>", &[(CorrespondentFor, 'A', 'B')]),
    // support
    rule("helped", "$A:per|org~+ {app} ?also @helpverb ...7 $B:per", &[(Helped, 'A', 'B')]),
    rule("campaigned for", "< $A:per|org~ ...,8 @campaign for|to ...5 $B:per", &[(CampaignedFor, 'A', 'B')]),
    rule("demanded the release", "< $A:per|org~ ...,20 @demand ?for the release of $B:per", &[(CampaignedFor, 'A', 'B')]),
    // statement and authorship
    rule("told an outlet", "< $A:per|org|grp~ {app} ?also told|tells $B:org>", &[(ToldOutlet, 'A', 'B')]),
    rule("told by", "$B:org being|was|were told by ?the ...2 $A:org|per", &[(ToldOutlet, 'A', 'B')]),
    rule("quoted", "$B:org> quoted ...3 $A:per|grp", &[(ToldOutlet, 'A', 'B')]),
    rule("speaking to", "< speaking|talking to|with ?the $B:org> {app} $A:per~ @speech", &[(ToldOutlet, 'A', 'B')]),
    rule("interview with", "$A:per~ ...,12 interview|interviews with ?the $B:org", &[(ToldOutlet, 'A', 'B')]),
    rule("writes, of", "$A:per of $B:org writes|wrote|writing", &[(Wrote, 'A', 'B')]),
    rule("written for", "$A:per~ {app} ?@aux ?also written|wrote|writes|writing for $B:org+", &[(Wrote, 'A', 'B')]),
    rule("wrote a letter to", "$A:per ...2 write|wrote|writes|written|writing ?a|an|the ...2 letter|letters to ?the ...2 $B:org", &[(Wrote, 'A', 'B')]),
    rule("reported, closing", "$A:per {app} ...,20 , $B:org reported .", &[(Reported, 'B', 'A')]),
];

/// Every rule: the table above, then the role constructions of [`super::role_patterns`], the
/// verbs' table of [`super::verb_patterns`], and the statement and interaction constructions of
/// [`super::statement_patterns`] and [`super::interaction_patterns`].
pub fn all_patterns() -> impl Iterator<Item = &'static RelationPattern> {
    PATTERNS
        .iter()
        .chain(super::role_patterns::ROLE_PATTERNS)
        .chain(super::verb_patterns::VERB_PATTERNS)
        .chain(super::statement_patterns::STATEMENT_PATTERNS)
        .chain(super::interaction_patterns::INTERACTION_PATTERNS)
}

/// Every word class: the table above's, then the verbs', the statements' and the interactions'.
pub fn all_classes() -> Vec<(&'static str, &'static [&'static str])> {
    CLASSES
        .iter()
        .chain(super::verb_patterns::VERB_CLASSES)
        .chain(super::statement_patterns::STATEMENT_CLASSES)
        .chain(super::interaction_patterns::INTERACTION_CLASSES)
        .copied()
        .collect()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn every_rule_has_its_own_name_and_compiles() {
        let mut names = std::collections::BTreeSet::new();
        for rule in all_patterns() {
            assert!(names.insert(rule.name), "two rules are named {:?}", rule.name);
            assert!(!rule.yields.is_empty(), "rule {:?} states no relation", rule.name);
            compile(rule.pattern, &all_classes());
        }
    }
    use crate::compiler::relate::pattern::{compile, Context};
    use crate::compiler::relate::sentence_items::testing::marked;
    use crate::compiler::relate::sentence_items::SentenceItems;
    use crate::compiler::relate::verb_patterns::{bound, document_outlet};

    /// Every relation the table reads in one marked sentence, as `source kind target`.
    fn relations(sentence: &str) -> Vec<String> {
        relations_of(sentence)
    }

    /// Every relation the tables read in one marked sentence, as `source kind target`, sorted.
    pub(in crate::compiler::relate) fn relations_of(sentence: &str) -> Vec<String> {
        relations_with_outlet(sentence, None)
    }

    /// Every relation the tables read in marked sentences (split at ` ¦ `, pronouns resolved across
    /// them), as `source kind target`, sorted; `outlet` names the entity that published the text.
    pub(in crate::compiler::relate) fn relations_with_outlet(
        text: &str,
        outlet: Option<&str>,
    ) -> Vec<String> {
        let (_, items, kinds, names) = marked(text);
        let mut sentences =
            vec![SentenceItems { sentence: 0, doc: 0, paragraph: 0, items: vec![] }];
        for item in items {
            if item.text == "¦" {
                let n = sentences.len() as u32;
                sentences.push(SentenceItems { sentence: n, doc: 0, paragraph: 0, items: vec![] });
            } else {
                sentences.last_mut().unwrap().items.push(item);
            }
        }
        crate::compiler::relate::anaphora::resolve(&mut sentences, &kinds, &|_| true);
        let nationality = |word: &str| {
            let countries = crate::compiler::lexicon::country_names(word);
            names
                .iter()
                .position(|n| countries.contains(&n.to_lowercase().as_str()))
                .map(|p| p as u32)
        };
        let context = Context { kinds: &kinds, nationality: &nationality, eligible: &|_| true };
        let outlet = outlet.and_then(|o| names.iter().position(|n| n == o)).map(|p| p as u32);
        let classes = all_classes();
        let mut found = Vec::new();
        for (at, sentence) in sentences.iter().enumerate() {
            let items = &sentence.items;
            for rule in all_patterns() {
                for m in compile(rule.pattern, &classes).matches(items, &context) {
                    for &(kind, source, target) in rule.yields {
                        use crate::compiler::relate::guards::{verdict, Verdict};
                        let tense = match verdict(kind, items, &m, target) {
                            Verdict::Vetoed => continue,
                            Verdict::Former => "former ",
                            Verdict::Current => "",
                        };
                        let sources: Vec<u32> = if source == '~' {
                            items[m.first].refers.into_iter().collect()
                        } else {
                            m.slot(source).to_vec()
                        };
                        for &s in &sources {
                            let outlet = document_outlet(&sentences, at, m.first, outlet);
                            for t in bound(&m, target, outlet) {
                                let line = format!(
                                    "{} {tense}{} {}",
                                    names[s as usize],
                                    kind.as_str(),
                                    names[t as usize]
                                );
                                if s != t && !found.contains(&line) {
                                    found.push(line);
                                }
                            }
                        }
                    }
                }
            }
        }
        found.sort();
        found
    }

    #[test]
    fn every_pattern_compiles() {
        for rule in all_patterns() {
            compile(rule.pattern, &all_classes());
        }
    }

    /// (name, invented marked sentence, every typed relation expected, sorted)
    #[test]
    fn patterns_state_relations() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("head of, appositive with skip", "[Ola Nord|per], the leader of the registered wing of [Qorgau|org], spoke.", &["Ola Nord head-of Qorgau"]),
            ("head of, too far", "[Ola Nord|per], director of the northern branch office of the [Qorgau|org], spoke.", &[]),
            ("head of, its leader", "[Qorgau|org] grew until police targeted its leader, [Ola Nord|per].", &["Ola Nord head-of Qorgau"]),
            ("head of, runs", "[Ola Nord|per], a friend of hers, runs a small group called [Qorgau|org].", &["Ola Nord head-of Qorgau"]),
            ("head of, his group", "[Ola Nord|per] spoke. His [Tromso|pla]-based [Qorgau|org] group grew.", &["Ola Nord head-of Qorgau"]),
            ("spokesperson, title", "[Steppe Ministry|org] spokesman [Ola Nord|per] declined.", &["Ola Nord spokesperson-for Steppe Ministry"]),
            ("spokesperson, appositive over a possessive", "[Ola Nord|per], spokesperson of [Norway|pla]’s [Steppe Ministry|org], declined.", &["Ola Nord spokesperson-for Steppe Ministry"]),
            ("expert, appositive over places", "[Ola Nord|per], an expert on [Norway|pla] in [Lapland|pla] at the [Fjord Institute|org], said so.", &["Ola Nord expert-at Fjord Institute"]),
            ("expert, unit at institution", "[Ola Nord|per], a professor and director of the [Arctic Center|org] at [Fjord University|org], said so.", &["Arctic Center member-of Fjord University", "Ola Nord expert-at Arctic Center", "Ola Nord expert-at Fjord University", "Ola Nord head-of Arctic Center"]),
            ("told, not by an organization inside an appositive", "“Go,” [Ola Nord|per], the leader of [Qorgau|org], a group of workers, told [VNRL|org].", &["Ola Nord head-of Qorgau", "Ola Nord told-outlet VNRL"]),
            ("demanding, by the subject", "[Ola Nord|per] protested outside the [Steppe Embassy|org], demanding the release of [Li Wen|per].", &["Ola Nord campaigned-for Li Wen"]),
            ("expert, relative clause", "[Ola Nord|per], who is also an assistant professor at [Fjord University|org], said so.", &["Ola Nord expert-at Fjord University"]),
            ("works for, organization's title", "[Ola Nord|per], the [Fjord Group|org]'s Arctic project director, said so.", &["Ola Nord works-for Fjord Group"]),
            ("correspondent, copula through a possessive chain", "[Ola Nord|per] is a correspondent for [VNRL|org]'s [Steppe Service|org].", &["Ola Nord correspondent-for Steppe Service", "Steppe Service member-of VNRL"]),
            ("correspondent, title", "[Steppe Radio|org] special correspondent [Ola Nord|per] was there.", &["Ola Nord correspondent-for Steppe Radio"]),
            ("correspondent, before the name", "An [VNRL|org] correspondent, [Ola Nord|per], was there.", &["Ola Nord correspondent-for VNRL"]),
            ("correspondent, copula with the outlet first", "[Ola Nord|per] is an [VNRL|org] correspondent in Oslo.", &["Ola Nord correspondent-for VNRL"]),
            ("correspondent, appositive", "[Ola Nord|per], a reporter for [Steppe Radio|org], was there.", &["Ola Nord correspondent-for Steppe Radio"]),
            ("lawyer, possessive with a name", "[Li Wen|per]'s lawyer, [Ola Nord|per], said he would appeal.", &["Ola Nord lawyer-for Li Wen"]),
            ("lawyer, possessive pronoun", "[Li Wen|per] was fined. Her lawyer, [Ola Nord|per], said he would appeal.", &["Ola Nord lawyer-for Li Wen"]),
            ("lawyer, appositive", "[Ola Nord|per], the lawyer for [Li Wen|per], said so.", &["Ola Nord lawyer-for Li Wen"]),
            ("lawyer, who represents two", "[Ola Nord|per], a Beijing lawyer who represents [Li Wen|per] and [Mira Ek|per], said so.", &["Ola Nord lawyer-for Li Wen", "Ola Nord lawyer-for Mira Ek"]),
            ("lawyer, representing someone unnamed is no tie to the next name", "[Ola Nord|per], who represents the family, spoke to [Li Wen|per].", &[]),
            ("lawyer, an MP who represents a district is no lawyer", "[Ola Nord|per], an MP who represents [Li Wen|per]'s district, spoke.", &[]),
            ("lawyer, a minister who defended someone is no lawyer", "[Ola Nord|per], the minister who defended [Li Wen|per], spoke.", &[]),
            ("lawyer, defended by a colleague is no lawyer", "[Li Wen|per] was defended by his colleague [Ola Nord|per].", &[]),
            ("child of, the son of someone's lawyer", "[Ola Nord|per], the son of [Li Wen|per]'s lawyer, spoke.", &[]),
            ("told, speaking to an outlet as a subject", "Speaking to [VNRL|org] is dangerous, [Ola Nord|per] said.", &[]),
            ("correspondent, denied", "[Ola Nord|per] was not a reporter for [VNRL|org].", &[]),
            ("correspondent, a reporter's driver", "[Ola Nord|per] was the [VNRL|org] reporter's driver.", &[]),
            ("works for, a former reporter is marked former", "[Ola Nord|per], a former reporter for [VNRL|org], spoke.", &["Ola Nord former correspondent-for VNRL"]),
            ("sentenced, a judge of a court", "Judge [Ola Nord|per] of the [Steppe District Court|org] sentenced [Li Wen|per] to a year.", &["Ola Nord sentenced Li Wen", "Ola Nord works-for Steppe District Court", "Steppe District Court sentenced Li Wen"]),
            ("child of, appositive", "[Li Wen|per], son of [Ola Nord|per], a retired teacher, spoke.", &["Li Wen child-of Ola Nord"]),
            ("told, speaking to an outlet", "Speaking to [Steppe Radio|org], known locally as Dala, [Ola Nord|per] said he was free.", &["Ola Nord told-outlet Steppe Radio"]),
            ("works for, organization's person", "the [Fjord Institute|org]'s [Ola Nord|per] says", &["Ola Nord works-for Fjord Institute"]),
            ("works for and wrote, of", "[Ola Nord|per] of [VNRL|org] writes that", &["Ola Nord works-for VNRL", "Ola Nord wrote VNRL"]),
            ("works for, joining", "Before joining [VNRL|org] [Ola Nord|per] was a chef.", &["Ola Nord works-for VNRL"]),
            ("works for, official", "a [Norway|pla] regional official [Ola Nord|per] spoke", &["Ola Nord works-for Norway"]),
            ("works for, pronoun copula", "[Ola Nord|per] lives in [Oslo|pla]. He was bureau chief for [Agence Nord|org].", &["Ola Nord works-for Agence Nord"]),
            ("member of, unit at", "the [Arctic Studies Center|org] at [Fjord University|org]", &["Arctic Studies Center member-of Fjord University"]),
            ("member of, of which", "the [Steppe Union|org] ([SU|org]), of which [Norway|pla] is a member", &["Norway member-of Steppe Union"]),
            ("associate", "[Ola Nord|per], an associate of [Li Wen|per]'s, spoke.", &["Ola Nord associate-of Li Wen"]),
            ("ambassador, title", "[Norway|pla]’s Ambassador to [Lapland|pla] [Ola Nord|per] left.", &["Ola Nord ambassador-to Lapland"]),
            ("ambassador, appositive order", "The Norwegian ambassador to [Lapland|pla], [Ola Nord|per], left.", &["Ola Nord ambassador-to Lapland"]),
            ("minister through a nationality word", "Norwegian Deputy Minister of Foreign Affairs [Ola Nord|per] and [Norway|pla].", &["Ola Nord minister-of Norway"]),
            ("ruler through a nationality word", "Norwegian Supreme Leader Sir [Ola Nord|per] of [Norway|pla].", &["Ola Nord head-of Norway"]),
            ("party secretary", "[Ola Nord|per], appointed [Labour Party|org] secretary of [Lapland|pla] in May, spoke.", &["Ola Nord member-of Labour Party", "Ola Nord party-secretary-of Lapland"]),
            ("met with over titles", "[Ola Nord|per] had met with Deputy Minister [Li Wen|per].", &["Ola Nord met-with Li Wen"]),
            ("meets with a counterpart", "[Ola Nord|per] (right) meets with his counterpart, [Li Wen|per].", &["Ola Nord met-with Li Wen"]),
            ("possessive meeting", "[Ola Nord|per]’s meeting with President [Li Wen|per] was announced.", &["Ola Nord met-with Li Wen"]),
            ("discussed with", "[Ola Nord|per] discussed fishing with Minister [Li Wen|per].", &["Ola Nord met-with Li Wen"]),
            ("ceremony between", "a ceremony in [Oslo|pla] between their ministers, [Ola Nord|per] and [Li Wen|per].", &["Ola Nord met-with Li Wen"]),
            ("jailed by", "[Ola Nord|per] is a citizen jailed by [Norway|pla] over espionage.", &["Norway detained Ola Nord"]),
            ("helped, coordinated subject", "[Ola Nord|per] and [Qorgau|org] helped attract attention to the case of [Li Wen|per].", &["Ola Nord helped Li Wen", "Qorgau helped Li Wen"]),
            ("helped, the organization", "When [Qorgau|org] had an office, members of the organization helped [Li Wen|per] write letters to the [Steppe Ministry|org].", &["Li Wen wrote Steppe Ministry", "Qorgau helped Li Wen"]),
            ("campaigned, appositive", "the [Fjord Bureau|org], a local NGO that has been campaigning to prevent [Li Wen|per]’s deportation", &["Fjord Bureau campaigned-for Li Wen"]),
            ("told an outlet after an appositive", "[Ola Nord|per], whose relative [Li Wen|per] is held by police, told [VNRL|org].", &["Ola Nord told-outlet VNRL"]),
            ("told by", "with the [AP|org] being told by [Norway|pla]’s [Steppe Ministry|org] that", &["Steppe Ministry told-outlet AP"]),
            ("quoted", "[VNRL|org]'s [Radio Nord|org] quoted many ordinary [Sami|grp]", &["Radio Nord member-of VNRL", "Sami told-outlet Radio Nord"]),
            ("written for, coordinated", "[Ola Nord|per] left. He has also written for [The Fjord|org] and [The Steppe|org].", &["Ola Nord wrote The Fjord", "Ola Nord wrote The Steppe"]),
            ("reported, closing attribution", "“We stay,” [Ola Nord|per], a teacher, told a court in May, [VNRL|org] reported.", &["VNRL reported Ola Nord"]),
            ("no relation in a plain sentence", "[Ola Nord|per] and [Li Wen|per] live in [Oslo|pla].", &[]),
        ];
        for (name, sentence, expected) in cases {
            assert_eq!(
                relations(sentence),
                expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }
}
