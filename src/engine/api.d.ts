// The JS API's types, generated from the Rust views and options (src/engine/views.rs, the *Options structs)
// by ts-rs in src/engine/typescript.rs. Do not edit: `UPDATE_TYPES=1 cargo test --lib typescript` rewrites it.

export type EntityType = 'person' | 'organization' | 'place' | 'group';
/** A relation type (`spouse-of`, `head-of`, `met-with`, `co-mention`, …) or a family name; see docs/js-api.md. */
export type RelationType = string;
export type RelationFamily = 'co-mention' | 'family' | 'affiliation' | 'office' | 'interaction' | 'support' | 'statement';
export type ExportFormat = 'json' | 'graphml' | 'csv' | 'csv-edges';

/**
 * Narrows every listing (documents, entities, hits); every field set must hold (they combine with AND).
 */
export type Filter = {
/**
 * Documents from one of these outlets (exact names, as in `documents()`).
 */
outlets?: Array<string>,
/**
 * Earliest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
from?: string,
/**
 * Latest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
to?: string,
/**
 * Entity types (`person`, `organization`, `place`, `group`).
 */
types?: Array<EntityType>,
/**
 * Entity ids that must all be mentioned in the document.
 */
entities?: Array<string>,
/**
 * An entity id: only entities linked to it (by any relation), only sentences naming one of them.
 */
related?: string,
};

export type Stats = { formatVersion: number, documents: number, sentences: number, entities: number, relations: number, terms: number, entityTypes: { person: number, organization: number, place: number, group: number, }, };

export type DocumentSummary = { id: string, title: string, outlet: string, published: string, authors: Array<string>, source: string, sentences: number, mentions: number, };

/**
 * One document: its summary, cleaned text, paragraphs and entity mentions; offsets are UTF-16 code units into `text`.
 */
export type DocumentView = Omit<DocumentSummary, 'mentions'> & { text: string, paragraphs: Array<{ start: number, end: number, kind: 'body' | 'heading' | 'caption', }>, mentions: Array<{ entity: string, name: string, type: EntityType, start: number, end: number, }>, };

export type EntitySummary = {
id: string, name: string, type: EntityType,
/**
 * A person the text speaks of without naming ("three of her sons"); `name` is a bracketed description.
 */
unnamed: boolean, aliases: Array<string>, mentions: number, documents: number,
};

/**
 * A sentence that states something, with its place in its document.
 */
export type Evidence = { doc: string, title: string, start: number, end: number, text: string, };

export type SentenceView = { start: number, end: number, text: string, };

export type Link = {
/**
 * As the relation is stated: `source` spouse-of / head-of / met-with `target`.
 */
source: string, target: string, type: RelationType, family: RelationFamily, directed: boolean,
/**
 * The text gives the role as past ("a former employee of"): read it as "former head of".
 */
former: boolean,
/**
 * The entity at the far end from the one asked about.
 */
other: EntitySummary, evidence: Array<Evidence>,
};

/**
 * Words a person said, where (`start`/`end` of the quoted words in `doc`) and to whom.
 */
export type Quote = { speaker: EntitySummary, text: string, outlet: EntitySummary | null, doc: string, title: string, start: number, end: number, };

export type EntityView = {
id: string, name: string, type: EntityType, unnamed: boolean, aliases: Array<string>, mentionCount: number, documents: number, mentions: Array<{
doc: string, title: string, start: number, end: number, sentence: SentenceView,
}>,
/**
 * What the text says the entity is, each with its sentence.
 */
roles: Array<{
text: string, doc: string, title: string, start: number, end: number, sentence: SentenceView,
}>, relations: Array<Link>,
/**
 * What the entity said, as quoted.
 */
quotes: Array<Quote>,
};

export type Hit = {
doc: string, title: string, outlet: string, published: string, sentence: number, start: number, end: number,
/**
 * The hit sentence; `start`/`end` are its place in the document.
 */
text: string,
/**
 * Matched words, as offsets into `text`.
 */
highlights: Array<[number, number]>, score: number,
/**
 * Other spellings that matched (`Akytkhan` for the query `Akitkhan`).
 */
matched: Array<string>,
};

export type FacetValue = { value: string, count: number, };

export type SearchResult = {
query: string, total: number, hits: Array<Hit>, facets: {
outlet: Array<FacetValue>, year: Array<FacetValue>, type: Array<FacetValue>,
}, entities: Array<EntitySummary>,
/**
 * Quotes whose words match the query (spelling-folded), with the filters applied.
 */
quotes: Array<Quote>,
/**
 * When nothing matches: the query with each word the text lacks replaced by its nearest spelling.
 */
suggestion?: string,
/**
 * Set when the query was changed, is empty or matches nothing ("query cut to 256 characters").
 */
notice?: string,
};

export type Suggestion = { "kind": "entity", id: string, label: string, type: EntityType, documents: number, } | { "kind": "term", label: string, count: number, };

export type SearchOptions = {
limit?: number, offset?: number,
/**
 * Documents from one of these outlets (exact names, as in `documents()`).
 */
outlets?: Array<string>,
/**
 * Earliest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
from?: string,
/**
 * Latest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
to?: string,
/**
 * Entity types (`person`, `organization`, `place`, `group`).
 */
types?: Array<EntityType>,
/**
 * Entity ids that must all be mentioned in the document.
 */
entities?: Array<string>,
/**
 * An entity id: only entities linked to it (by any relation), only sentences naming one of them.
 */
related?: string,
};

/**
 * `entities(filter)`: the shared filter plus a name query and paging.
 */
export type EntityFilter = {
query?: string, limit?: number, offset?: number,
/**
 * Documents from one of these outlets (exact names, as in `documents()`).
 */
outlets?: Array<string>,
/**
 * Earliest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
from?: string,
/**
 * Latest publication date, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
to?: string,
/**
 * Entity types (`person`, `organization`, `place`, `group`).
 */
types?: Array<EntityType>,
/**
 * Entity ids that must all be mentioned in the document.
 */
entities?: Array<string>,
/**
 * An entity id: only entities linked to it (by any relation), only sentences naming one of them.
 */
related?: string,
};

export type NeighborOptions = {
/**
 * Relation type or family names to follow (`spouse-of`, `family`, `co-mention`); empty: all.
 */
types?: Array<RelationType>, minEvidence?: number, limit?: number,
};

export type PathOptions = {
/**
 * Relation type or family names to follow; empty: all.
 */
types?: Array<RelationType>, maxHops?: number,
};

export type Hop = {
/**
 * In the order of the path: from `source` to `target`.
 */
source: string, target: string, type: RelationType, family: RelationFamily, directed: boolean,
/**
 * The text gives the role as past ("a former employee of").
 */
former: boolean,
/**
 * The relation is stated from `target` to `source` ("`target` head-of `source`").
 */
reversed: boolean, evidence: Array<Evidence>,
};

export type PathView = { found: boolean, hops: Array<Hop>, };

export type GraphOptions = {
/**
 * Most nodes (default 40, at most 150).
 */
limit?: number,
/**
 * Relation type or family names to draw; empty: all.
 */
types?: Array<RelationType>,
/**
 * An entity id: draw its neighbourhood instead of the most mentioned entities.
 */
focus?: string,
/**
 * How far from the focus (1 or 2 links; default 1).
 */
depth?: number,
};

/**
 * The network drawn by the page: nodes with layout coordinates in [0, 1], edges with evidence counts.
 */
export type GraphView = {
/**
 * Entities passing the filter (before the limit): how many the nodes were chosen from.
 */
total: number, nodes: Array<{
id: string, name: string, type: EntityType, unnamed: boolean, mentions: number,
/**
 * The layout computed in wasm, in [0, 1]: same arguments, same picture.
 */
x: number, y: number,
}>, edges: Array<{
source: string, target: string, type: RelationType, family: RelationFamily, directed: boolean,
/**
 * The text gives the role as past ("a former employee of").
 */
former: boolean,
/**
 * Evidence sentences in the documents the filter accepts.
 */
evidence: number,
}>,
};

export type TimelineOptions = {
/**
 * Only events naming this entity.
 */
entity?: string,
};

/**
 * A dated event: the date as resolved, its precision, the words that give it, and its sentence.
 */
export type TimelineEvent = {
date: string,
/**
 * `day`, `month` or `year`.
 */
precision: 'day' | 'month' | 'year', dateText: string, doc: string, title: string,
/**
 * Span of `dateText` in the document.
 */
start: number, end: number, sentence: SentenceView, entities: Array<EntitySummary>,
};

export type FigureView = { text: string, value: number | null, counts: string, source: EntitySummary | null, doc: string, title: string, start: number, end: number, sentence: SentenceView, };

/**
 * Figures about one topic, and whether their values disagree.
 */
export type FigureGroup = {
topic: string, figures: Array<FigureView>,
/**
 * The values differ by more than 10% of the smaller.
 */
disagree: boolean,
};

export type QuoteOptions = {
/**
 * Only what this entity said.
 */
entity?: string,
};
