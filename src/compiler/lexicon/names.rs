//! Gives what resolution compares of a name: per-token transliteration keys, spelling distance, acronym initials and slugs.
//!
//! Takes the tokens of a name and gives what resolution compares: per-token transliteration keys,
//! spelling distance within a length budget, acronym initials, and slugs.
//!
//! Two spellings of one name (`Qadira Mukhtarkhan` / `Khadira Mukhtarhan`, `Sharkhan` / `Shahran`)
//! have equal keys or keys a small edit apart; similar names of two people (`Zhou Wei` / `Zhou
//! Hanlin`, `Kurmanbekova` / `Kurmangalieva`) stay further apart than the budget allows.

use crate::text::{fold, translit_key};

/// Transliteration key of one name token (`Qydyr-Zhanat` → `kidirjanat`).
pub fn token_key(token: &str) -> String {
    translit_key(&fold(token))
}

/// Keys of a name's tokens, without a leading article (`The Courier` and `Courier` share a key).
pub fn name_key(tokens: &[String]) -> Vec<String> {
    let start = usize::from(tokens.len() > 1 && fold(&tokens[0]) == "the");
    tokens[start..].iter().map(|t| token_key(t)).collect()
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best =
                (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// Edits allowed between two keys of a token: none for short ones, one for 5–8 letters, two beyond.
pub fn budget(length: usize) -> usize {
    match length {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// `Abenov` / `Abenova`, `Temirbaev` / `Temirbaeva`: a man's and a woman's form of one surname
/// (Russian and Kazakh surnames add `-a` for women), two people rather than two spellings.
fn gendered_pair(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.strip_suffix('a').is_some_and(|stem| stem == short)
        && ["ov", "ev", "in", "ski"].iter().any(|end| short.ends_with(end))
}

/// Whether two token keys spell one name, allowing `extra` edits beyond the budget.
pub fn keys_match(a: &str, b: &str, extra: usize) -> bool {
    if a == b {
        return true;
    }
    if gendered_pair(a, b) {
        return false;
    }
    let shorter = a.chars().count().min(b.chars().count());
    let same_start = a.chars().next() == b.chars().next();
    same_start && shorter >= 4 && edit_distance(a, b) <= budget(shorter) + extra
}

/// Who a patronymic or surname ending names: a son, a daughter, or either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
    Either,
}

impl Sex {
    fn agrees(self, other: Sex) -> bool {
        self == Sex::Either || other == Sex::Either || self == other
    }
}

/// Patronymic endings as token keys spell them (`-uly`, `-ulı` → `uli`; `-uulu` → `ulu`; `-kyzy`,
/// `-qyzy`, `-qizi` → `kizi`; Russian `-ovich`, `-ovna`), with the sex they name.
const PATRONYMIC_ENDINGS: &[(&str, Sex)] = &[
    ("uli", Sex::Male),
    ("ulu", Sex::Male),
    ("kizi", Sex::Female),
    ("ovich", Sex::Male),
    ("evich", Sex::Male),
    ("ovna", Sex::Female),
    ("evna", Sex::Female),
];

/// Patronymic words printed apart (`Osmon uulu`, `Taskairat kyzy`), as token keys.
pub fn is_patronymic_key(key: &str) -> bool {
    matches!(key, "ulu" | "uli" | "kizi" | "ogli" | "oglu")
}

/// The father's name a patronymic key is built on (`kunbolatuli` → `kunbolat`, `amantaikizi` →
/// `amantai`), with the sex it names; the stem keeps at least four letters.
pub fn patronymic_stem(key: &str) -> Option<(&str, Sex)> {
    PATRONYMIC_ENDINGS.iter().find_map(|&(ending, sex)| {
        let stem = key.strip_suffix(ending)?;
        (stem.chars().count() >= 4).then_some((stem, sex))
    })
}

/// The stem of a Russian-style surname key (`osmonov` → `osmon`, `osmonova` → `osmon`), with its sex.
fn surname_stem(key: &str) -> Option<(&str, Sex)> {
    let (stem, sex) = match key.strip_suffix('a') {
        Some(female) => (female, Sex::Female),
        None => (key, Sex::Male),
    };
    let stem = stem.strip_suffix("ov").or_else(|| stem.strip_suffix("ev"))?;
    (stem.chars().count() >= 4).then_some((stem, sex))
}

/// How a full name's keys read with its patronymic taken back to the father's name: `Almazbek
/// Toktosun uulu` and `Almazbek Toktosunuly` → (`almazbek toktosun`, male, patronymic); `Nurbek
/// Osmonov` → (`nurbek osmon`, male, surname). `None` for a name with neither.
pub fn patronymic_reading(keys: &[String]) -> Option<(Vec<String>, Sex, bool)> {
    let (last, given) = keys.split_last()?;
    if given.is_empty() {
        return None;
    }
    if is_patronymic_key(last) && given.len() >= 2 {
        let sex = if last == "kizi" { Sex::Female } else { Sex::Male };
        return Some((given.to_vec(), sex, true));
    }
    let (stem, sex, patronymic) = match patronymic_stem(last) {
        Some((stem, sex)) => (stem, sex, true),
        None => {
            let (stem, sex) = surname_stem(last)?;
            (stem, sex, false)
        }
    };
    let mut read = given.to_vec();
    read.push(stem.to_string());
    Some((read, sex, patronymic))
}

/// Whether two full names are one person's name with and without a patronymic ending (`Erbol
/// Sadvakasuly` / `Erbol Sadvakas`, `Nurbek Osmon uulu` / `Nurbek Osmonov`): the given names agree,
/// the father's name spells the other's surname, the sexes agree, and at least one is a patronymic.
pub fn patronymic_forms_match(a: &[String], b: &[String]) -> bool {
    let plain = |keys: &[String]| (keys.to_vec(), Sex::Either, false);
    let (ra, rb) = (patronymic_reading(a), patronymic_reading(b));
    let readings = [(ra.clone(), Some(plain(b))), (Some(plain(a)), rb.clone()), (ra, rb)];
    readings.into_iter().any(|pair| match pair {
        (Some((x, sx, px)), Some((y, sy, py))) => {
            (px || py) && sx.agrees(sy) && x.len() >= 2 && names_match(&x, &y)
        }
        _ => false,
    })
}

/// Whether two full names (token keys) spell one name: same number of tokens, each token within its
/// budget; when one long token (5+ letters) is equal, the others may differ by one edit more.
pub fn names_match(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() || a.is_empty() {
        return false;
    }
    if a.iter().zip(b).all(|(x, y)| keys_match(x, y, 0)) {
        return true;
    }
    let anchored = a.len() > 1 && a.iter().zip(b).any(|(x, y)| x == y && x.chars().count() >= 5);
    anchored && a.iter().zip(b).all(|(x, y)| keys_match(x, y, 1))
}

/// Whether `acronym` (`VN/RL`, `NATO`) spells the initials of `words` (`Voice Network/Radio
/// Lumen`); capitalised words must give their initial, lower-case connectors may.
pub fn spells_acronym(acronym: &str, words: &[&str]) -> bool {
    let letters: Vec<char> =
        acronym.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
    let initials: Vec<(char, bool)> = words
        .iter()
        .flat_map(|w| w.split(['/', '-']))
        .filter_map(|w| w.chars().next().map(|c| (c.to_ascii_uppercase(), c.is_uppercase())))
        .collect();
    fn walk(letters: &[char], initials: &[(char, bool)]) -> bool {
        match (letters.first(), initials.first()) {
            (None, None) => true,
            (None, Some(_)) => initials.iter().all(|&(_, required)| !required),
            (Some(_), None) => false,
            (Some(&l), Some(&(i, required))) => {
                (l == i && walk(&letters[1..], &initials[1..]))
                    || (!required && walk(letters, &initials[1..]))
            }
        }
    }
    letters.len() >= 2 && walk(&letters, &initials)
}

/// A slug of a name: folded, letters and digits, words joined by `-` (`Qadira Mukhtarkhan` → `qadira-mukhtarkhan`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') && c != '.' {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> Vec<String> {
        let tokens: Vec<String> = name.split(' ').map(String::from).collect();
        name_key(&tokens)
    }

    /// (name, a, b, same person?) — invented names in the spelling patterns of the material.
    const NAMES: &[(&str, &str, &str, bool)] = &[
        ("q/kh and y/i", "Qadira Mukhtarkhan", "Khadira Mukhtarhan", true),
        ("ay/ai", "Sairabek Tolybay", "Sayrabek Tolybai", true),
        ("hyphenated given name, zh/j, q/k", "Qydyr-Zhanat Oraqov", "Kydyr-Janat Orakov", true),
        ("ye/e", "Yerlan Asanova", "Erlan Asanova", true),
        ("h/kh inside the surname", "Nurlan Dahanuly", "Nurlan Dakhanuly", true),
        ("one typo in a long surname", "Marat Zhunusbekova", "Marat Zhunusbekava", true),
        ("swapped neighbours (a typo)", "Yerzhan Tolsah", "Yerzhan Tolash", true),
        (
            "given name differs by two when the surname is equal",
            "Sharkhan Temirov",
            "Shahran Temirov",
            true,
        ),
        ("two ambassadors sharing a surname", "Zhou Wei", "Zhou Hanlin", false),
        (
            "similar long surnames, other given names",
            "Aigerim Kurmanbekova",
            "Dinara Kurmangalieva",
            false,
        ),
        ("same given name, other surname", "Nurlan Abenov", "Nurlan Samatov", false),
        ("a name and a hyphenated city", "Taldykurgan Abenov", "Taldy-Kurgan", false),
        ("a man's and a woman's form of one surname", "Nurlan Temirov", "Nurlan Temirova", false),
        ("the same for -ev/-eva", "Aigul Sarsenbaev", "Aigul Sarsenbaeva", false),
    ];

    #[test]
    fn spellings_of_one_name_match_and_others_do_not() {
        for (name, a, b, same) in NAMES {
            assert_eq!(names_match(&key(a), &key(b)), *same, "{name}: {a} / {b}");
        }
    }

    /// (name, a, b, one person?) — a full name with and without its patronymic ending.
    const PATRONYMICS: &[(&str, &str, &str, bool)] = &[
        ("-uly beside the bare father's name", "Erbol Sadvakasuly", "Erbol Sadvakas", true),
        ("-qyzy beside the bare name", "Zhanargul Amantayqyzy", "Zhanargul Amantay", true),
        ("q/k at the start of both words", "Qydyrbek Tursynuly", "Kydyrbek Tursyn", true),
        ("-kyzy and -qyzy", "Aisha Nurlankyzy", "Aisha Nurlanqyzy", true),
        ("uulu printed apart", "Nurbek Osmon uulu", "Nurbek Osmonuulu", true),
        ("-ov surname of the same stem", "Nurbek Osmonov", "Nurbek Osmon uulu", true),
        ("-ulı with a dotless i", "Serik Kanatulı", "Serik Kanat", true),
        ("another given name", "Aruzhan Sadvakasuly", "Erbol Sadvakas", false),
        (
            "a daughter's -kyzy is not a son's -uly", "Aruzhan Nurlankyzy", "Aruzhan Nurlanuly",
            false,
        ),
        ("a woman's -ova is not a son's uulu", "Nurbek Osmonova", "Nurbek Osmon uulu", false),
        ("two -ov surnames are the spelling rule's", "Nurbek Osmonov", "Nurbek Osmon", false),
        ("a bare surname has no given name", "Sadvakasuly", "Sadvakas", false),
        ("a short stem is no patronymic", "Erbol Aliuly", "Erbol Al", false),
    ];

    #[test]
    fn patronymic_forms_of_one_name_match_and_others_do_not() {
        for (name, a, b, same) in PATRONYMICS {
            assert_eq!(patronymic_forms_match(&key(a), &key(b)), *same, "{name}: {a} / {b}");
            assert_eq!(patronymic_forms_match(&key(b), &key(a)), *same, "{name}: {b} / {a}");
        }
    }

    #[test]
    fn edit_distance_counts_as_specified() {
        let cases: &[(&str, &str, &str, usize)] = &[
            ("equal", "tolash", "tolash", 0),
            ("a swap of neighbours is one edit", "tloash", "tolash", 1),
            ("one substitution", "dahanuli", "dakanuli", 1),
            ("insertion", "temirbolat", "temirbolatt", 1),
            ("empty", "", "abc", 3),
        ];
        for (name, a, b, expected) in cases {
            assert_eq!(edit_distance(a, b), *expected, "{name}");
        }
    }

    #[test]
    fn acronyms_spell_initials() {
        let cases: &[(&str, &str, &str, bool)] = &[
            ("slash in both", "VN/RL", "Voice Network/Radio Lumen", true),
            (
                "connector skipped",
                "OPEC",
                "Organization of the Petroleum Exporting Countries",
                true,
            ),
            ("connector used", "MOFA", "Ministry of Foreign Affairs", true),
            ("plain", "NATO", "North Atlantic Treaty Organization", true),
            ("a word too many", "WHO", "Big World Health Organization", false),
            ("wrong letters", "BBC", "Voice of America", false),
        ];
        for (name, acronym, long, expected) in cases {
            let words: Vec<&str> = long.split(' ').collect();
            assert_eq!(spells_acronym(acronym, &words), *expected, "{name}");
        }
    }

    #[test]
    fn slugs_are_folded_and_hyphenated() {
        let cases: &[(&str, &str, &str)] = &[
            ("two words", "Qadira Mukhtarkhan", "qadira-mukhtarkhan"),
            ("slash and dots", "VN/RL", "vn-rl"),
            ("dotted acronym", "U.S.", "us"),
            ("diacritics and apostrophe", "Şamil People’s Núry", "samil-peoples-nury"),
        ];
        for (name, input, expected) in cases {
            assert_eq!(slug(input), *expected, "{name}");
        }
    }
}
