//! Generic world knowledge for extraction, folded: countries, capitals and cities, regions, nationalities, titles, keyword and cue words.
//!
//! Generic world knowledge for extraction, lower-case and folded: countries, world capitals and big
//! cities, world regions, nationality adjectives, titles, keyword and cue words.
//!
//! Nothing here is a name of this corpus's people or organizations: the lists are what any English
//! news reader knows (countries, capitals, months, "Ministry", "President"), so the extractor still
//! has to find every local name from the text itself.

use crate::model::EntityKind;

/// Countries, by their usual English short names (folded, lower case).
const COUNTRIES: &[&str] = &[
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "bosnia and herzegovina", "botswana",
    "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada",
    "cape verde", "chad", "chile", "china", "colombia", "comoros", "congo", "costa rica",
    "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominica",
    "dominican republic", "ecuador", "egypt", "el salvador", "eritrea", "estonia", "eswatini",
    "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary",
    "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast",
    "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
    "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands", "new zealand",
    "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman",
    "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa",
    "san marino", "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south korea", "south sudan", "spain",
    "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "timor-leste", "togo", "tonga", "trinidad and tobago", "tunisia",
    "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates",
    "united kingdom", "united states", "uruguay", "uzbekistan", "vanuatu", "vatican", "venezuela",
    "vietnam", "yemen", "zambia", "zimbabwe", "hong kong", "macau", "britain", "great britain",
    "england", "scotland", "wales", "northern ireland", "soviet union", "korea",
];

/// World capitals and big cities that international news names without explanation.
const CITIES: &[&str] = &[
    "abu dhabi", "accra", "addis ababa", "amman", "amsterdam", "ankara", "athens", "baghdad",
    "baku", "bangkok", "barcelona", "beijing", "beirut", "belgrade", "berlin", "bern", "brussels",
    "bucharest", "budapest", "buenos aires", "cairo", "canberra", "cape town", "caracas",
    "chicago", "copenhagen", "damascus", "delhi", "dhaka", "doha", "dubai", "dublin", "edinburgh",
    "frankfurt", "geneva", "guangzhou", "hamburg", "hanoi", "havana", "helsinki",
    "ho chi minh city", "islamabad", "istanbul", "jakarta", "jerusalem", "johannesburg", "kabul",
    "karachi", "kathmandu", "khartoum", "kyiv", "kiev", "kinshasa", "kuala lumpur", "lagos",
    "lahore", "la paz", "lima", "lisbon", "london", "los angeles", "madrid", "manila", "melbourne",
    "mexico city", "milan", "minsk", "moscow", "mumbai", "munich", "nairobi", "new delhi",
    "new york", "oslo", "ottawa", "paris", "prague", "pyongyang", "quito", "rabat", "riga",
    "rio de janeiro", "riyadh", "rome", "san francisco", "santiago", "sao paulo", "seoul",
    "shanghai", "shenzhen", "singapore", "sofia", "st. petersburg", "saint petersburg",
    "stockholm", "sydney", "taipei", "tallinn", "tbilisi", "tehran", "tel aviv", "tokyo",
    "toronto", "tripoli", "tunis", "vienna", "vilnius", "warsaw", "washington", "wellington",
    "yerevan", "zagreb", "zurich", "the hague", "hong kong", "jeddah", "mecca", "medina",
    "kandahar", "herat", "mosul", "basra", "aleppo", "odesa", "odessa", "kharkiv", "novosibirsk",
    "vladivostok", "yekaterinburg", "kazan", "wuhan", "chongqing", "chengdu", "xian", "tianjin",
    "nanjing", "hangzhou", "osaka", "kyoto", "busan", "bangalore", "chennai", "kolkata",
    "hyderabad",
    // Every other country's capital (a name a reader places without the text's help), and the
    // few cities of over a million people the lists above lacked.
    "tirana", "algiers", "andorra la vella", "luanda", "nassau", "manama", "bridgetown", "belmopan",
    "porto-novo", "thimphu", "sucre", "sarajevo", "gaborone", "brasilia", "bandar seri begawan",
    "ouagadougou", "gitega", "phnom penh", "yaounde", "praia", "n'djamena", "bogota", "moroni",
    "brazzaville", "san jose", "nicosia", "roseau", "santo domingo", "san salvador", "asmara",
    "mbabane", "suva", "libreville", "banjul", "guatemala city", "conakry", "georgetown",
    "port-au-prince", "tegucigalpa", "reykjavik", "yamoussoukro", "abidjan", "kingston", "astana",
    "tarawa", "pristina", "kuwait city", "bishkek", "vientiane", "maseru", "monrovia", "vaduz",
    "antananarivo", "lilongwe", "bamako", "valletta", "nouakchott", "port louis", "chisinau",
    "ulaanbaatar", "ulan bator", "podgorica", "maputo", "naypyidaw", "yangon", "windhoek",
    "managua", "niamey", "abuja", "skopje", "muscat", "ramallah", "panama city", "port moresby",
    "asuncion", "kigali", "apia", "dakar", "freetown", "bratislava", "ljubljana", "mogadishu",
    "pretoria", "juba", "colombo", "paramaribo", "dushanbe", "dodoma", "dar es salaam", "dili",
    "lome", "port of spain", "ashgabat", "funafuti", "kampala", "montevideo", "tashkent",
    "port vila", "sanaa", "lusaka", "harare", "almaty", "shymkent", "urumqi", "lhasa", "hohhot",
    "kunming", "lanzhou", "xining", "harbin", "shenyang", "zhengzhou", "changsha", "nanning",
];

/// Continents and world regions.
const REGIONS: &[&str] = &[
    "africa", "asia", "europe", "north america", "south america", "latin america", "oceania",
    "antarctica", "arctic", "middle east", "near east", "far east", "central asia", "south asia",
    "east asia", "southeast asia", "western europe", "eastern europe", "central europe",
    "northern europe", "southern europe", "caucasus", "south caucasus", "north caucasus",
    "balkans", "scandinavia", "siberia", "eurasia", "north africa", "west africa", "east africa",
    "sub-saharan africa", "caribbean", "central america", "persian gulf", "horn of africa",
    "south china sea",
];

/// Well-known abbreviations and alternative names, each with the name it stands for and its kind.
/// Why each entry: an abbreviation a reader resolves from world knowledge, not from the text.
pub const WORLD_ALIASES: &[(&str, &str, EntityKind)] = &[
    ("us", "united states", EntityKind::Place), // common abbreviation of the country
    ("u.s.", "united states", EntityKind::Place),
    ("usa", "united states", EntityKind::Place),
    ("u.s.a.", "united states", EntityKind::Place),
    ("united states of america", "united states", EntityKind::Place),
    ("uk", "united kingdom", EntityKind::Place), // common abbreviation of the country
    ("u.k.", "united kingdom", EntityKind::Place),
    ("un", "united nations", EntityKind::Organization), // the organization, not a place
    ("u.n.", "united nations", EntityKind::Organization),
    ("united nations", "united nations", EntityKind::Organization),
    ("eu", "european union", EntityKind::Organization), // a union of states: an organization
    ("european union", "european union", EntityKind::Organization),
    ("prc", "china", EntityKind::Place), // People's Republic of China
    ("ussr", "soviet union", EntityKind::Place),
    ("uae", "united arab emirates", EntityKind::Place),
    ("russian federation", "russia", EntityKind::Place), // official name of the country
];

/// Adjectives and demonyms: they qualify a name but are no entity themselves (`Chinese`, `Kazakh`).
const DEMONYMS: &[&str] = &[
    "afghan", "african", "albanian", "algerian", "american", "arab", "arabic", "argentine",
    "armenian", "asian", "australian", "austrian", "azerbaijani", "azeri", "baltic", "belarusian",
    "belgian", "brazilian", "british", "bulgarian", "canadian", "chechen", "chilean", "chinese",
    "christian", "colombian", "communist", "croatian", "cuban", "czech", "danish", "deutsche",
    "dutch", "eastern", "egyptian", "emirati", "english", "estonian", "ethiopian", "european",
    "filipino", "finnish", "french", "georgian", "german", "greek", "hindu", "hui", "hungarian",
    "indian", "indonesian", "iranian", "iraqi", "irish", "islamic", "islamist", "israeli",
    "italian", "japanese", "jewish", "jordanian", "kazakh", "kazakhstani", "kenyan", "korean",
    "kurdish", "kyrgyz", "latvian", "lebanese", "libyan", "lithuanian", "malaysian", "mexican",
    "mongol", "mongolian", "moroccan", "muslim", "nigerian", "northern", "norwegian", "pakistani",
    "palestinian", "persian", "polish", "portuguese", "romanian", "russian", "saudi", "scottish",
    "serbian", "sino", "slovak", "somali", "southern", "soviet", "spanish", "sunni", "shia",
    "shiite", "swedish", "swiss", "syrian", "tajik", "tatar", "thai", "tibetan", "turkic",
    "turkish", "turkmen", "uighur", "uygur", "uyghur", "ukrainian", "uzbek", "venezuelan",
    "vietnamese", "welsh", "western", "yemeni", "buddhist", "catholic", "orthodox", "protestant",
    "anglo",
];

/// Geographic modifiers: part of a longer name (`South Kordofan`), never a name alone nor a personal name.
const MODIFIERS: &[&str] = &[
    "north", "south", "east", "west", "central", "upper", "lower", "greater", "inner", "outer",
    "new", "old", "great", "little", "royal", "national", "international", "global",
];

/// Words of a title that precede a person's name (`President`, `Deputy Foreign Minister`).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice", "prime", "minister",
    "premier", "deputy", "secretary", "ambassador", "envoy", "consul", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "chair", "director", "chief", "leader", "supreme",
    "ayatollah", "sheikh", "king", "queen", "prince", "princess", "pope", "bishop", "senator",
    "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
    "judge", "justice", "commander", "general", "gen", "colonel", "col", "lieutenant", "lt",
    "captain", "capt", "sergeant", "sgt", "admiral", "marshal", "chancellor", "sir", "dame",
    "lord", "lady", "former", "acting", "managing", "editor", "executive", "imam", "rabbi",
    "father", "sister", "brother", "saint", "emir", "sultan", "tsar", "czar", "officer",
    "inspector", "detective", "agent", "attorney", "prosecutor", "head", "correspondent",
];

/// Words inside a title phrase that name no person (`Minister of Foreign Affairs`).
const TITLE_DESCRIPTORS: &[&str] = &[
    "foreign", "affairs", "internal", "interior", "defense", "defence", "finance", "economy",
    "economic", "justice", "trade", "energy", "health", "education", "state", "public", "security",
    "information", "culture", "national", "emergency", "development", "general", "party",
    "communist", "first", "senior", "assistant", "home", "labor", "labour", "agriculture",
    "transport", "industry", "science",
];

/// Head words that make a name an organization.
const ORG_KEYWORDS: &[&str] = &[
    "ministry", "university", "college", "school", "academy", "institute", "institution", "center",
    "centre", "organization", "organisation", "group", "party", "service", "department", "bureau",
    "embassy", "consulate", "corporation", "corp", "company", "inc", "ltd", "congress",
    "parliament", "council", "committee", "commission", "endowment", "foundation", "fund", "radio",
    "agency", "court", "police", "army", "navy", "association", "union", "league", "federation",
    "alliance", "coalition", "front", "movement", "society", "club", "network", "press", "times",
    "post", "journal", "news", "herald", "tribune", "guardian", "telegraph", "gazette", "magazine",
    "daily", "television", "broadcasting", "observatory", "office", "administration", "authority",
    "assembly", "senate", "cabinet", "initiative", "watch", "bank", "trust", "holdings",
    "industries", "airlines", "airways", "railways", "hospital", "museum", "library", "forces",
    "guard", "intelligence", "studies", "chamber", "tribunal", "monitor", "mission", "secretariat",
    "agence", "presse",
];

/// Head words that make a name a place (`Qorgas District`, `Sea of Japan`).
const PLACE_KEYWORDS: &[&str] = &[
    "region", "province", "prefecture", "district", "county", "oblast", "territory", "city",
    "town", "village", "island", "islands", "sea", "ocean", "gulf", "bay", "lake", "river",
    "mountains", "mountain", "mount", "desert", "valley", "peninsula", "strait", "canal", "square",
    "street", "avenue", "road", "highway", "plateau", "basin", "republic", "emirates", "kingdom",
];

/// Roles held in an organization: `the director of X`, `a member of X` make X an organization.
const MEMBER_ROLES: &[&str] = &[
    "director", "head", "founder", "co-founder", "leader", "chairman", "chairwoman", "chair",
    "member", "members", "editor", "employee", "employees", "staff", "spokesperson", "spokesman",
    "spokeswoman", "chief", "ceo", "secretary-general", "representative", "researcher", "analyst",
    "fellow", "professor", "chapter", "branch", "division", "subsidiary", "president",
    "correspondent", "correspondents", "reporter", "reporters",
];

/// Lower-case nouns that, next to a name, say what kind of thing it is.
const PERSON_NOUNS: &[&str] = &[
    "expert", "professor", "researcher", "journalist", "correspondent", "reporter", "editor",
    "author", "writer", "spokesman", "spokeswoman", "spokesperson", "director", "head", "leader",
    "chief", "chairman", "musician", "associate", "activist", "analyst", "lawyer", "official",
    "diplomat", "ambassador", "envoy", "minister", "president", "pensioner", "widow", "widower",
    "student", "teacher", "worker", "citizen", "national", "resident", "man", "woman", "boy",
    "girl", "mother", "father", "son", "daughter", "brother", "sister", "husband", "wife", "uncle",
    "aunt", "picketer", "protester", "detainee", "prisoner", "boxer", "singer", "artist",
    "photographer", "founder", "member", "secretary", "deputy", "farmer", "herder", "businessman",
    "businesswoman", "commander", "colleague", "nephew", "niece", "grandson", "granddaughter",
    "poet", "scholar", "economist", "lecturer", "dissident", "blogger", "victim", "survivor",
    "witness", "defendant", "colonel", "general", "officer", "counterpart", "successor",
    "predecessor", "chairwoman", "mayor", "governor", "senator", "lawmaker", "deputy", "fellow",
    "consultant", "coordinator", "organizer", "volunteer", "cousin", "grandmother", "grandfather",
    "stepmother", "stepfather", "relative",
];

const ORGANIZATION_NOUNS: &[&str] = &[
    "group", "organization", "organisation", "party", "company", "firm", "agency", "newspaper",
    "magazine", "outlet", "service", "channel", "network", "foundation", "institute", "university",
    "bank", "association", "union", "movement", "ngo", "tank", "publication", "broadcaster",
    "watchdog", "charity", "alliance", "coalition", "council", "committee", "court", "ministry",
    "department", "website", "daily", "weekly", "club", "team", "corporation", "conglomerate",
    "chapter", "broadcaster", "nonprofit", "non-profit", "organizations", "groups", "body", "bloc",
    "consortium", "parliament", "legislature", "government", "outlets", "agencies", "companies",
    "page", "account", "study", "quarterly", "monthly", "journal",
];

const PLACE_NOUNS: &[&str] = &[
    "region", "province", "city", "village", "town", "district", "county", "prefecture", "oblast",
    "capital", "desert", "port", "field", "country", "island", "river", "lake", "valley", "area",
    "neighborhood", "neighbourhood", "suburb", "settlement", "municipality", "republic", "streets",
    "outskirts", "suburbs", "nation", "hub", "crossing", "border", "pass", "checkpoint",
];

/// Verbs of saying: a name right before or after one is usually a person (or a speaking organization).
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
    "recalled", "recalls", "recounted", "claimed", "claims", "believes", "believed", "thinks",
    "thought", "commented", "noted", "notes", "explained", "explains", "warned", "warns", "cried",
    "insisted", "insists", "stressed", "argued", "argues", "replied", "recalled", "remembers",
    "remembered", "confirmed", "stated", "states", "announced", "admitted", "acknowledged",
    "estimated", "doubts", "hopes", "fears", "wants", "wanted", "knew", "knows", "decided",
    "continued", "continues", "demanded",
];

/// Function words and common sentence openers: capitalised only because a sentence begins with them.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "there",
    "here", "in", "on", "at", "by", "for", "from", "to", "of", "with", "without", "after",
    "before", "during", "since", "until", "till", "while", "when", "where", "what", "which", "who",
    "whom", "whose", "why", "how", "but", "and", "or", "nor", "so", "yet", "if", "as", "because",
    "although", "though", "despite", "however", "meanwhile", "instead", "also", "still", "even",
    "only", "just", "now", "then", "once", "some", "many", "most", "much", "more", "few",
    "several", "all", "both", "each", "every", "other", "another", "any", "no", "not", "such",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "last", "next", "over", "under", "about", "around", "among", "between",
    "through", "across", "against", "toward", "towards", "according", "beyond", "within", "inside",
    "outside", "following", "given", "perhaps", "sometimes", "often", "later", "earlier", "today",
    "yesterday", "tomorrow", "yes", "please", "like", "unlike", "prior", "shortly", "eventually",
    "already", "soon", "thus", "therefore", "moreover", "indeed", "overall", "anti", "former",
    "late", "early", "mid", "amid", "upon", "whether", "either", "neither", "let", "do", "does",
    "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "should", "shall", "not", "nothing", "everything",
    "something", "anyone", "everyone", "someone", "nobody", "none", "few", "dear", "hello",
    "thanks", "oh", "well", "other", "others", "mr", "mrs", "ms", "dr", "photo", "image", "video",
    "file", "source", "credit", "read", "see", "click", "more", "ago", "almost", "nearly", "about",
    "roughly", "some", "again", "back", "too", "very", "really", "up", "down", "out", "off",
];

const MONTHS_AND_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
    "sundays",
];

/// All-capital words that are no organization (`DNA`, `GDP`, `COVID`).
const PLAIN_ACRONYMS: &[&str] = &[
    "dna", "gdp", "ngo", "ngos", "ceo", "cfo", "id", "tv", "hiv", "aids", "covid", "sars", "ok",
    "pdf", "html", "ce", "bc", "ad", "am", "pm", "usd", "eur", "utc", "gmt", "faq", "diy", "lgbt",
    "lgbtq", "vip", "gps", "sms", "it", "ai", "rip", "ps", "pr", "hq", "q", "a", "vs", "etc", "xs",
    "sm", "md", "lg", "xl", "mp", "mps", "ip", "url", "www", "km", "kg",
];

/// Lower-case words that join capitalised words into one name (`Sea of Japan`, `Abu Bakr al-Baghdadi`).
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "on", "to", "de", "du", "da", "del", "della", "al", "el", "bin",
    "ibn", "van", "von", "der", "la", "le",
];

/// Particles inside a person's name (`Ibn`, `bin`, `al`).
const NAME_PARTICLES: &[&str] =
    &["de", "du", "da", "del", "della", "al", "el", "bin", "ibn", "van", "von", "der", "la", "le"];

/// Words that introduce a photo or picture credit: what follows their colon is no mention.
const CREDIT_WORDS: &[&str] = &[
    "photo", "photos", "photograph", "picture", "image", "credit", "source", "illustration",
    "video",
];

/// Prepositions that names and titles print capitalised (`Doctors Without Borders`, `Life In Exile`).
const NAME_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "of", "for", "to", "by", "from", "with", "into", "over", "after", "before",
    "about", "across", "without", "beyond", "between", "against", "under", "through", "among",
    "within", "around", "behind", "towards", "toward",
];

/// Possessives that stay inside a name (`Supreme People's Assembly`).
const INNER_POSSESSIVES: &[&str] =
    &["people", "women", "workers", "children", "men", "veterans", "farmers"];

fn has(list: &[&str], folded: &str) -> bool {
    list.contains(&folded)
}

/// The world place (country, capital, big city, region) a folded name is, if any.
pub fn is_known_place(folded: &str) -> bool {
    has(COUNTRIES, folded) || has(CITIES, folded) || has(REGIONS, folded)
}

/// The canonical world name of a folded country name (`united states of america` → `united states`).
pub fn world_name_of_country(folded: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .copied()
        .find(|c| *c == folded)
        .or_else(|| world_alias(folded).filter(|a| a.1 == EntityKind::Place).map(|a| a.0))
}

/// A country by its official name (`kyrgyz republic`, `the republic of kazakhstan`): a nationality
/// adjective before `republic`, or a country after `republic of`; the country's common name.
pub fn official_country(folded: &str) -> Option<&'static str> {
    let name = folded.strip_prefix("the ").unwrap_or(folded);
    if let Some(country) = name.strip_prefix("republic of ") {
        return world_name_of_country(country);
    }
    let adjective = name.strip_suffix(" republic")?;
    let country = super::peoples::country_of(adjective)?;
    has(COUNTRIES, country).then_some(country)
}

/// The canonical world name and kind of a folded abbreviation or alternative name.
pub fn world_alias(folded: &str) -> Option<(&'static str, EntityKind)> {
    WORLD_ALIASES.iter().find(|(alias, _, _)| *alias == folded).map(|&(_, name, kind)| (name, kind))
}

/// `Chinese`, `Kazakhs`, `Muslims`: a nationality or faith adjective or its plural.
pub fn is_demonym(folded: &str) -> bool {
    has(DEMONYMS, folded) || folded.strip_suffix('s').is_some_and(|stem| has(DEMONYMS, stem))
}

pub fn is_member_role(word: &str) -> bool {
    has(MEMBER_ROLES, word)
}
pub fn is_modifier(folded: &str) -> bool {
    has(MODIFIERS, folded)
}
pub fn is_title(folded: &str) -> bool {
    has(TITLES, folded)
}
pub fn is_title_descriptor(folded: &str) -> bool {
    has(TITLE_DESCRIPTORS, folded)
}
pub fn is_org_keyword(folded: &str) -> bool {
    has(ORG_KEYWORDS, folded)
}
pub fn is_place_keyword(folded: &str) -> bool {
    has(PLACE_KEYWORDS, folded)
}
pub fn is_stopword(folded: &str) -> bool {
    has(STOPWORDS, folded)
}
pub fn is_month_or_day(folded: &str) -> bool {
    has(MONTHS_AND_DAYS, folded)
}
pub fn is_plain_acronym(folded: &str) -> bool {
    has(PLAIN_ACRONYMS, folded)
}
pub fn is_connector(word: &str) -> bool {
    has(CONNECTORS, word)
}
pub fn is_name_particle(word: &str) -> bool {
    has(NAME_PARTICLES, word)
}
pub fn is_speech_verb(word: &str) -> bool {
    has(SPEECH_VERBS, word)
}
pub fn is_credit_word(folded: &str) -> bool {
    has(CREDIT_WORDS, folded)
}
pub fn is_name_preposition(folded: &str) -> bool {
    has(NAME_PREPOSITIONS, folded)
}
pub fn is_inner_possessive(folded: &str) -> bool {
    has(INNER_POSSESSIVES, folded)
}

/// The kind a lower-case noun next to a name points to (`group` → organization, `village` → place).
pub fn noun_kind(word: &str) -> Option<EntityKind> {
    if has(ORGANIZATION_NOUNS, word) {
        Some(EntityKind::Organization)
    } else if has(PLACE_NOUNS, word) {
        Some(EntityKind::Place)
    } else if has(PERSON_NOUNS, word) {
        Some(EntityKind::Person)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_answer_as_specified() {
        let cases: &[(&str, bool, bool)] = &[
            // (name, lookup result, expected)
            ("a country is a known place", is_known_place("kazakhstan"), true),
            ("a world capital is a known place", is_known_place("tehran"), true),
            ("a world region is a known place", is_known_place("central asia"), true),
            ("the European Union is no place", is_known_place("european union"), false),
            ("an adjective is a demonym", is_demonym("iranian"), true),
            ("a plural demonym", is_demonym("uyghurs"), true),
            ("a country is no demonym", is_demonym("iran"), false),
            ("a month", is_month_or_day("september"), true),
            ("a title", is_title("ambassador"), true),
            ("an org keyword", is_org_keyword("endowment"), true),
            ("a place keyword", is_place_keyword("prefecture"), true),
        ];
        for (name, got, expected) in cases {
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn official_names_give_their_country() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("an adjective before republic", "kyrgyz republic", Some("kyrgyzstan")),
            ("with its article", "the kyrgyz republic", Some("kyrgyzstan")),
            ("republic of a country", "the republic of kazakhstan", Some("kazakhstan")),
            ("a faith is no country", "islamic republic", None),
            ("a people without a country", "uyghur republic", None),
            ("a republic of no known country", "republic of ushtobe", None),
            ("a plain country", "kyrgyzstan", None),
        ];
        for (name, folded, expected) in cases {
            assert_eq!(official_country(folded), *expected, "{name}");
        }
    }

    #[test]
    fn nouns_and_aliases_point_to_kinds() {
        let cases: &[(&str, Option<EntityKind>, Option<EntityKind>)] = &[
            ("group is an organization noun", noun_kind("group"), Some(EntityKind::Organization)),
            ("village is a place noun", noun_kind("village"), Some(EntityKind::Place)),
            ("spokesman is a person noun", noun_kind("spokesman"), Some(EntityKind::Person)),
            ("U.S. is a place", world_alias("u.s.").map(|a| a.1), Some(EntityKind::Place)),
            (
                "UN is an organization",
                world_alias("un").map(|a| a.1),
                Some(EntityKind::Organization),
            ),
        ];
        for (name, got, expected) in cases {
            assert_eq!(got, expected, "{name}");
        }
    }
}
