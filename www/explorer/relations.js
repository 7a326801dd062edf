// @ts-check
// Relation types and families in words: "spouse of", "headed by", "named in the same sentence as", and the family legend.

import { RELATION_FAMILIES } from './state.js';

export { RELATION_FAMILIES };

/** Family names as the page shows them (legend, filters, table). */
export const FAMILY_LABELS = {
  family: 'Family',
  affiliation: 'Affiliation',
  office: 'Office',
  interaction: 'Interaction',
  support: 'Support',
  statement: 'Statements',
  'co-mention': 'Named in the same sentence',
};

/** How each family's edges are drawn (the legend says it in words too). */
export const FAMILY_STROKES = {
  family: 'solid',
  affiliation: 'solid',
  office: 'long dashes',
  interaction: 'dashes',
  support: 'dash and dot',
  statement: 'dots',
  'co-mention': 'thin grey',
};

/** [read from the source, read from the target]: "X head of Y" / "Y headed by X". */
const PHRASES = {
  'co-mention': ['named in the same sentence as', 'named in the same sentence as'],
  'spouse-of': ['spouse of', 'spouse of'],
  'parent-of': ['parent of', 'child of'],
  'child-of': ['child of', 'parent of'],
  'sibling-of': ['sibling of', 'sibling of'],
  'relative-of': ['relative of', 'relative of'],
  'head-of': ['head of', 'headed by'],
  'member-of': ['member of', 'has as member'],
  'works-for': ['works for', 'employs'],
  'spokesperson-for': ['spokesperson for', 'has as spokesperson'],
  'correspondent-for': ['correspondent for', 'has as correspondent'],
  'expert-at': ['expert at', 'has as expert'],
  'associate-of': ['associate of', 'associate of'],
  'ambassador-to': ['ambassador to', 'receives as ambassador'],
  'minister-of': ['minister of', 'has as minister'],
  'party-secretary-of': ['party secretary of', 'has as party secretary'],
  'met-with': ['met with', 'met with'],
  questioned: ['questioned', 'questioned by'],
  warned: ['warned', 'warned by'],
  detained: ['detained', 'detained by'],
  sentenced: ['sentenced', 'sentenced by'],
  released: ['released', 'released by'],
  helped: ['helped', 'helped by'],
  'campaigned-for': ['campaigned for', 'had a campaign by'],
  'lawyer-for': ['lawyer for', 'represented by'],
  'told-outlet': ['told', 'was told by'],
  wrote: ['wrote', 'written by'],
  reported: ['reported', 'reported by'],
};

/** Past roles whose phrase changes more than a prefix: [read from the source, read from the target]. */
const PAST_PHRASES = { 'works-for': ['formerly worked for', 'formerly employed'] };

/** A role the text gives as past, read from either end: "former head of" / "formerly headed by". */
function pastPhrase(type, phrase, fromSource) {
  const own = PAST_PHRASES[type];
  if (own) return own[fromSource ? 0 : 1];
  return fromSource ? `former ${phrase}` : `formerly ${phrase}`;
}

/**
 * The phrase for a relation read from one end: `fromSource` is true when the sentence's subject
 * (the relation's source) is the entity the phrase starts from; `former` when the text gives the
 * role as past. Unknown types read as their name.
 */
export function relationPhrase(type, fromSource = true, former = false) {
  const phrases = PHRASES[type];
  const phrase = phrases ? phrases[fromSource ? 0 : 1] : String(type).replace(/-/g, ' ');
  return former ? pastPhrase(type, phrase, fromSource) : phrase;
}

/** Capitalized, for headings: "Spouse of", "Headed by", "Former head of". */
export function relationHeading(type, fromSource = true, former = false) {
  const phrase = relationPhrase(type, fromSource, former);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
