// The benchmark's fixed query set: names, spelling variants, typos, phrases, prefixes and plain words, each typed as a visitor would.

export const QUERIES = [
  // names as the seed corpus spells them
  { kind: 'name', q: 'Akytkhan' },
  { kind: 'name', q: 'Sauytbay' },
  { kind: 'name', q: 'Kunbolat' },
  { kind: 'name', q: 'Serikzhan Bilash' },
  { kind: 'name', q: 'Nazarbayev' },
  { kind: 'name', q: 'Xi Jinping' },
  { kind: 'name', q: 'Kurmanaliyeva' },
  { kind: 'name', q: 'Smadiyarov' },
  // spelling variants (another romanization of a name in the corpus)
  { kind: 'variant', q: 'Akitkhan' },
  { kind: 'variant', q: 'Qalida Akitkhan' },
  { kind: 'variant', q: 'Tokaev' },
  { kind: 'variant', q: 'Atazhurt' },
  { kind: 'variant', q: 'Sairagul' },
  { kind: 'variant', q: 'Serikjan Bilash' },
  { kind: 'variant', q: 'Kurmanalieva' },
  { kind: 'variant', q: 'Nazarbaev' },
  // typos
  { kind: 'typo', q: 'Kunbolatt' },
  { kind: 'typo', q: 'Sauytbai' },
  { kind: 'typo', q: 'Dabanchen' },
  { kind: 'typo', q: 'Akytkan' },
  { kind: 'typo', q: 'Xinjaing' },
  { kind: 'typo', q: 'Almatty' },
  { kind: 'typo', q: 'Bilassh' },
  // phrases
  { kind: 'phrase', q: '"Belt and Road"' },
  { kind: 'phrase', q: '"re-education camp"' },
  { kind: 'phrase', q: '"Chinese Consulate in Almaty"' },
  { kind: 'phrase', q: '"Foreign Ministry"' },
  { kind: 'phrase', q: '"human rights"' },
  { kind: 'phrase', q: '"three of her sons"' },
  { kind: 'phrase', q: '"Nur-Sultan"' },
  // prefixes (search as you type)
  { kind: 'prefix', q: 'Naz' },
  { kind: 'prefix', q: 'Sauy' },
  { kind: 'prefix', q: 'Xinj' },
  { kind: 'prefix', q: 'Akyt' },
  { kind: 'prefix', q: 'Kurm' },
  { kind: 'prefix', q: 'Ataj' },
  { kind: 'prefix', q: 'Kaz' },
  // plain words
  { kind: 'word', q: 'protest' },
  { kind: 'word', q: 'espionage' },
  { kind: 'word', q: 'pension' },
  { kind: 'word', q: 'Uyghur' },
];

/** The query the pages show first ("first result"). */
export const FIRST_QUERY = 'Akitkhan';
