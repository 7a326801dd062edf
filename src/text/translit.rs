//! Transliteration key of a folded token: spellings of one Kazakh, Russian or Chinese name across outlets share a key.
//!
//! Rules, applied in order to a folded (lower-case, diacritic-free) token:
//! `ye`/`yo`/`yu`/`ya` at the start or after a vowel lose the `y` (`Yelnur` ~ `Elnur`, `Tokayev` ~ `Toqaev`);
//! `dzh`, `zh` → `j`; `kh`, `q`, `x` → `k`; `y`, `ı` → `i`; `w` → `v`; hyphens and apostrophes vanish;
//! doubled letters collapse (`Kassym` ~ `Qasym`).

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The transliteration key of an already folded token (see [`crate::text::fold`]).
pub fn translit_key(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().filter(|c| !matches!(c, '-' | '\'')).collect();
    let mut key = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let after = chars.get(i + 2).copied();
        let previous_is_vowel = i > 0 && is_vowel(chars[i - 1]);
        let (mapped, consumed) = match (c, next, after) {
            ('y', Some('a' | 'e' | 'o' | 'u'), _) if i == 0 || previous_is_vowel => ("", 1),
            ('d', Some('z'), Some('h')) => ("j", 3),
            ('z', Some('h'), _) => ("j", 2),
            ('k', Some('h'), _) => ("k", 2),
            ('q' | 'x', _, _) => ("k", 1),
            ('y', _, _) => ("i", 1),
            ('w', _, _) => ("v", 1),
            _ => ("", 0),
        };
        i += consumed.max(1);
        let mut push = |p: char| {
            if !key.ends_with(p) || p.is_ascii_digit() {
                key.push(p);
            }
        };
        if consumed == 0 {
            push(c);
        } else {
            mapped.chars().for_each(push);
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    /// (name, spelling a, spelling b): a and b must share a key.
    const SAME: &[(&str, &str, &str)] = &[
        ("q and k", "Qalida", "Khalida"),
        ("y and i, kh and k", "Akytkhan", "Akitkhan"),
        ("ay and ai", "Sayragul", "Sairagul"),
        ("final ay and ai", "Sauytbay", "Sauytbai"),
        ("yev and ev", "Tokayev", "Toqaev"),
        ("doubled letters, zh and j", "Kassym-Jomart", "Qasym-Zhomart"),
        ("zh and j", "Atazhurt", "Atajurt"),
        ("initial ye", "Yelnur", "Elnur"),
        ("doubled final letter", "Kunbolatt", "Kunbolat"),
        ("possessive", "Akytkhan's", "Akitkhan"),
    ];

    /// (name, spelling a, spelling b): a and b must keep different keys.
    const DIFFERENT: &[(&str, &str, &str)] = &[
        ("two surnames", "Xiao", "Hanhui"),
        ("person and city stem", "Nursultan", "Nazarbayev"),
        ("similar surnames", "Kurmanaliyeva", "Kurmangazinova"),
        ("numbers keep their digits", "2011", "201"),
    ];

    fn key(word: &str) -> String {
        translit_key(&fold(word))
    }

    #[test]
    fn spelling_variants_share_a_key() {
        for (name, a, b) in SAME {
            assert_eq!(key(a), key(b), "{name}: {a} / {b}");
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        for (name, a, b) in DIFFERENT {
            assert_ne!(key(a), key(b), "{name}: {a} / {b}");
        }
    }
}
