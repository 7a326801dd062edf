//! Generic world knowledge about peoples: ethnonyms, nationalities and faiths as nouns, and the country of each nationality.
//!
//! Generic world knowledge about peoples: ethnonyms, nationalities and faiths as nouns (singular
//! and plural), and the country a nationality adjective belongs to.
//!
//! A world list, like the country list of [`super::gazetteer`]: nothing here is particular to one
//! corpus. Forms are folded (lower case, no diacritics).

/// (singular noun, plural noun, country): a people named by a noun (`an Uzbek`, `Uzbeks`), with the
/// country whose nationality it is, or `""` for peoples and faiths without one country.
const PEOPLES: &[(&str, &str, &str)] = &[
    // Nationalities of Central and Inner Asia and their neighbours.
    ("kazakh", "kazakhs", "kazakhstan"),
    ("kazak", "kazaks", "kazakhstan"),
    ("kazakhstani", "kazakhstanis", "kazakhstan"),
    ("kyrgyz", "kyrgyz", "kyrgyzstan"),
    ("kirghiz", "kirghiz", "kyrgyzstan"),
    ("uzbek", "uzbeks", "uzbekistan"),
    ("tajik", "tajiks", "tajikistan"),
    ("turkmen", "turkmens", "turkmenistan"),
    ("afghan", "afghans", "afghanistan"),
    ("mongolian", "mongolians", "mongolia"),
    ("chinese", "chinese", "china"),
    ("russian", "russians", "russia"),
    ("iranian", "iranians", "iran"),
    ("pakistani", "pakistanis", "pakistan"),
    ("indian", "indians", "india"),
    ("azerbaijani", "azerbaijanis", "azerbaijan"),
    ("azeri", "azeris", "azerbaijan"),
    ("georgian", "georgians", "georgia"),
    ("armenian", "armenians", "armenia"),
    ("turk", "turks", "turkey"),
    ("ukrainian", "ukrainians", "ukraine"),
    ("belarusian", "belarusians", "belarus"),
    // Other nationalities.
    ("american", "americans", "united states"),
    ("canadian", "canadians", "canada"),
    ("mexican", "mexicans", "mexico"),
    ("brazilian", "brazilians", "brazil"),
    ("argentine", "argentines", "argentina"),
    ("briton", "britons", "united kingdom"),
    ("german", "germans", "germany"),
    ("italian", "italians", "italy"),
    ("spaniard", "spaniards", "spain"),
    ("portuguese", "portuguese", "portugal"),
    ("dane", "danes", "denmark"),
    ("swede", "swedes", "sweden"),
    ("norwegian", "norwegians", "norway"),
    ("finn", "finns", "finland"),
    ("pole", "poles", "poland"),
    ("czech", "czechs", "czech republic"),
    ("hungarian", "hungarians", "hungary"),
    ("romanian", "romanians", "romania"),
    ("bulgarian", "bulgarians", "bulgaria"),
    ("serb", "serbs", "serbia"),
    ("croat", "croats", "croatia"),
    ("greek", "greeks", "greece"),
    ("austrian", "austrians", "austria"),
    ("belgian", "belgians", "belgium"),
    ("latvian", "latvians", "latvia"),
    ("lithuanian", "lithuanians", "lithuania"),
    ("estonian", "estonians", "estonia"),
    ("israeli", "israelis", "israel"),
    ("palestinian", "palestinians", "palestine"),
    ("egyptian", "egyptians", "egypt"),
    ("iraqi", "iraqis", "iraq"),
    ("syrian", "syrians", "syria"),
    ("saudi", "saudis", "saudi arabia"),
    ("emirati", "emiratis", "united arab emirates"),
    ("qatari", "qataris", "qatar"),
    ("kuwaiti", "kuwaitis", "kuwait"),
    ("yemeni", "yemenis", "yemen"),
    ("jordanian", "jordanians", "jordan"),
    ("lebanese", "lebanese", "lebanon"),
    ("japanese", "japanese", "japan"),
    ("korean", "koreans", "korea"),
    ("vietnamese", "vietnamese", "vietnam"),
    ("thai", "thais", "thailand"),
    ("filipino", "filipinos", "philippines"),
    ("indonesian", "indonesians", "indonesia"),
    ("malaysian", "malaysians", "malaysia"),
    ("bangladeshi", "bangladeshis", "bangladesh"),
    ("nepali", "nepalis", "nepal"),
    ("australian", "australians", "australia"),
    ("nigerian", "nigerians", "nigeria"),
    ("kenyan", "kenyans", "kenya"),
    ("ethiopian", "ethiopians", "ethiopia"),
    ("somali", "somalis", "somalia"),
    ("sudanese", "sudanese", "sudan"),
    ("moroccan", "moroccans", "morocco"),
    ("algerian", "algerians", "algeria"),
    ("libyan", "libyans", "libya"),
    ("tunisian", "tunisians", "tunisia"),
    ("cuban", "cubans", "cuba"),
    ("venezuelan", "venezuelans", "venezuela"),
    ("colombian", "colombians", "colombia"),
    ("chilean", "chileans", "chile"),
    ("peruvian", "peruvians", "peru"),
    // Peoples without a country of their own name, and regional peoples.
    ("uyghur", "uyghurs", ""),
    ("uighur", "uighurs", ""),
    ("uygur", "uygurs", ""),
    ("han", "han", ""),
    ("hui", "hui", ""),
    ("tibetan", "tibetans", ""),
    ("mongol", "mongols", ""),
    ("tatar", "tatars", ""),
    ("bashkir", "bashkirs", ""),
    ("chechen", "chechens", ""),
    ("dungan", "dungans", ""),
    ("karakalpak", "karakalpaks", ""),
    ("kurd", "kurds", ""),
    ("pashtun", "pashtuns", ""),
    ("hazara", "hazaras", ""),
    ("baloch", "baloch", ""),
    ("rohingya", "rohingya", ""),
    ("arab", "arabs", ""),
    ("persian", "persians", ""),
    ("slav", "slavs", ""),
    ("roma", "roma", ""),
    ("berber", "berbers", ""),
    ("european", "europeans", ""),
    ("asian", "asians", ""),
    ("african", "africans", ""),
    // Faiths.
    ("muslim", "muslims", ""),
    ("christian", "christians", ""),
    ("jew", "jews", ""),
    ("buddhist", "buddhists", ""),
    ("hindu", "hindus", ""),
    ("sikh", "sikhs", ""),
    ("catholic", "catholics", ""),
    ("protestant", "protestants", ""),
    ("sunni", "sunnis", ""),
    ("shiite", "shiites", ""),
];

/// Nationality adjectives whose noun is another word (`British` / `Britons`), with their country.
const ADJECTIVES: &[(&str, &str)] = &[
    ("british", "united kingdom"),
    ("english", "england"),
    ("scottish", "scotland"),
    ("welsh", "wales"),
    ("irish", "ireland"),
    ("french", "france"),
    ("dutch", "netherlands"),
    ("spanish", "spain"),
    ("polish", "poland"),
    ("danish", "denmark"),
    ("swedish", "sweden"),
    ("finnish", "finland"),
    ("swiss", "switzerland"),
    ("turkish", "turkey"),
    ("serbian", "serbia"),
    ("croatian", "croatia"),
    ("slovak", "slovakia"),
    ("kurdish", ""),
    ("jewish", ""),
    ("persian", "iran"),
    ("soviet", "soviet union"),
];

/// A people noun: its singular form, whether this form is the plural, and its country (`""` if none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeopleWord {
    pub singular: &'static str,
    pub plural: bool,
    pub country: &'static str,
}

/// The people a folded word names, if it is a people noun (`kazakhs`, `kyrgyz`, `muslim`).
pub fn people_word(folded: &str) -> Option<PeopleWord> {
    PEOPLES.iter().find_map(|&(singular, plural, country)| {
        if folded == singular {
            Some(PeopleWord { singular, plural: false, country })
        } else if folded == plural {
            Some(PeopleWord { singular, plural: true, country })
        } else {
            None
        }
    })
}

/// Whether the word, in this form, can only be a noun (`Kazakhs`), not an adjective (`Kazakh`, `Kyrgyz`).
pub fn only_noun(folded: &str) -> bool {
    PEOPLES.iter().any(|&(singular, plural, _)| folded == plural && plural != singular)
}

/// The country (folded world name) of a nationality adjective or noun: `kazakh` → `kazakhstan`.
pub fn country_of(folded: &str) -> Option<&'static str> {
    let from_people = people_word(folded).map(|p| p.country);
    let from_adjective = || ADJECTIVES.iter().find(|(a, _)| *a == folded).map(|&(_, c)| c);
    from_people.or_else(from_adjective).filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peoples_answer_as_specified() {
        let cases: &[(&str, Option<&str>, bool, Option<&str>)] = &[
            // (folded word, its singular if a people noun, only a noun?, country)
            ("kazakhs", Some("kazakh"), true, Some("kazakhstan")),
            ("kazakh", Some("kazakh"), false, Some("kazakhstan")),
            ("kyrgyz", Some("kyrgyz"), false, Some("kyrgyzstan")),
            ("uyghurs", Some("uyghur"), true, None),
            ("muslims", Some("muslim"), true, None),
            ("french", None, false, Some("france")),
            ("kazakhstan", None, false, None),
            ("islam", None, false, None),
        ];
        for &(word, singular, noun, country) in cases {
            assert_eq!(people_word(word).map(|p| p.singular), singular, "{word}: people");
            assert_eq!(only_noun(word), noun, "{word}: only a noun");
            assert_eq!(country_of(word), country, "{word}: country");
        }
    }
}
