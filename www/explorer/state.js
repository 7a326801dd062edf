// @ts-check
// View state as a URL hash ("#view=search&q=…"): parse and serialize it, move the page to one, and map its filters to the API's filter object (store.js keeps it: in the hash, or in a widget's memory).

import { viewSpec, VIEWS } from './views/registry.js';

/** @typedef {import('../pkg/corpus_explorer.js').EntityType} EntityType */

/** @type {readonly EntityType[]} */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'group'];
export const RELATION_FAMILIES = ['family', 'affiliation', 'office', 'interaction', 'support', 'statement', 'co-mention'];
/** Node counts the graph view offers; the first that is the API default (40) is the default. */
export const GRAPH_SIZES = [20, 40, 60, 100, 150];
export const DEFAULT_GRAPH_SIZE = 40;
/** Longest paths the path view offers (the API allows 1–8; 4 is its default). */
export const PATH_HOPS = [2, 3, 4, 6, 8];
export const DEFAULT_PATH_HOPS = 4;

/**
 * What an explorer shows: the view and its fields, and the filters every view keeps. One object for every view, so that
 * moving between views keeps what the others were set to (in memory; the hash keeps only the view's own fields).
 * @typedef {object} State
 * @property {string} view  a name of views/registry.js
 * @property {string} q  the search query
 * @property {string[]} outlets  filter: only these outlets
 * @property {string} year  filter: only this year ("2021"), or ''
 * @property {EntityType[]} types  filter: only entities of these types
 * @property {string} related  filter: only what names this entity id
 * @property {string} entity  the profile's (and timeline's) entity id
 * @property {string} doc  the reader's document id
 * @property {number | null} offset  the reader's marked passage: its start
 * @property {number | null} end  and its end
 * @property {number} page  1-based page of a paged list
 * @property {string} name  the entity list's name filter
 * @property {string} focus  the graph's focus entity id
 * @property {1 | 2} depth  the graph's hops around its focus
 * @property {string[]} rel  relation families the graph and path keep
 * @property {number} size  the graph's node count
 * @property {string} from  the path's start entity id
 * @property {string} to  the path's end entity id
 * @property {number} hops  the path's longest length
 */

/** @typedef {import('../pkg/corpus_explorer.js').Filter} Filter */

/**
 * Canonical, empty state: the overview with no filter.
 * @returns {State}
 */
export function emptyState() {
  return {
    view: 'overview',
    q: '',
    outlets: [],
    year: '',
    types: [],
    entity: '',
    doc: '',
    offset: null,
    end: null,
    page: 1,
    name: '',
    related: '',
    focus: '',
    depth: 1,
    rel: [],
    size: DEFAULT_GRAPH_SIZE,
    from: '',
    to: '',
    hops: DEFAULT_PATH_HOPS,
  };
}

/**
 * @param {string} value
 * @returns {value is EntityType}
 */
export function isEntityType(value) {
  return /** @type {readonly string[]} */ (ENTITY_TYPES).includes(value);
}

/** @param {string | null} value */
function nonNegativeInt(value) {
  if (value === null || value === '' || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/**
 * Parses "#view=search&q=akitkhan&outlet=RFE%2FRL" (with or without the leading #).
 * @param {string | null | undefined} hash
 * @returns {State}
 */
export function parseHash(hash) {
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const state = emptyState();
  const view = params.get('view') ?? '';
  state.q = (params.get('q') || '').slice(0, 1000);
  state.outlets = unique(params.getAll('outlet').filter(Boolean));
  const year = params.get('year') ?? '';
  state.year = /^\d{4}$/.test(year) ? year : '';
  state.types = unique(params.getAll('type').filter(isEntityType));
  state.entity = params.get('entity') || '';
  state.doc = params.get('doc') || '';
  state.offset = nonNegativeInt(params.get('offset'));
  state.end = nonNegativeInt(params.get('end'));
  state.page = Math.max(1, nonNegativeInt(params.get('page')) || 1);
  state.name = (params.get('name') || '').slice(0, 200);
  state.related = params.get('related') || '';
  state.focus = params.get('focus') || '';
  state.depth = params.get('depth') === '2' ? 2 : 1;
  state.rel = unique(params.getAll('rel').filter((f) => RELATION_FAMILIES.includes(f)));
  state.size = GRAPH_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : DEFAULT_GRAPH_SIZE;
  state.from = params.get('from') || '';
  state.to = params.get('to') || '';
  state.hops = PATH_HOPS.includes(Number(params.get('hops'))) ? Number(params.get('hops')) : DEFAULT_PATH_HOPS;
  if (VIEWS.includes(view)) state.view = view;
  else if (state.doc) state.view = 'doc';
  else if (state.entity) state.view = 'entity';
  else if (state.q) state.view = 'search';
  return state;
}

/**
 * @template T
 * @param {T[]} values
 */
function unique(values) {
  return [...new Set(values)];
}

/** Fields every view's hash keeps (the filters and the page); the others are the view's own (views/registry.js). */
const SHARED_FIELDS = ['outlets', 'year', 'types', 'related', 'page'];

/**
 * Each state field as [hash key, value] pairs (none when it is unset or at its default), in the order the hash lists them.
 * @type {Record<string, (state: State) => [string, string][]>}
 */
const HASH_WRITERS = {
  q: (state) => (state.q ? [['q', state.q]] : []),
  outlets: (state) => state.outlets.map((outlet) => ['outlet', outlet]),
  year: (state) => (state.year ? [['year', state.year]] : []),
  types: (state) => state.types.map((type) => ['type', type]),
  related: (state) => (state.related ? [['related', state.related]] : []),
  name: (state) => (state.name ? [['name', state.name]] : []),
  entity: (state) => (state.entity ? [['entity', state.entity]] : []),
  focus: (state) => (state.focus ? [['focus', state.focus]] : []),
  depth: (state) => (state.focus && state.depth === 2 ? [['depth', '2']] : []),
  from: (state) => (state.from ? [['from', state.from]] : []),
  to: (state) => (state.to ? [['to', state.to]] : []),
  rel: (state) => state.rel.map((family) => ['rel', family]),
  size: (state) => (state.size !== DEFAULT_GRAPH_SIZE ? [['size', String(state.size)]] : []),
  hops: (state) => (state.hops !== DEFAULT_PATH_HOPS ? [['hops', String(state.hops)]] : []),
  doc: (state) => (state.doc ? [['doc', state.doc]] : []),
  offset: (state) => (state.doc && state.offset !== null ? [['offset', String(state.offset)]] : []),
  end: (state) => (state.doc && state.offset !== null && state.end !== null ? [['end', String(state.end)]] : []),
  page: (state) => (state.page > 1 ? [['page', String(state.page)]] : []),
};

/**
 * Serializes a (partial) state to "#view=…": the filters and the view's own fields; defaults are left out so links stay short.
 * @param {Partial<State>} partial
 */
export function toHash(partial) {
  const state = { ...emptyState(), ...partial };
  const kept = new Set([...SHARED_FIELDS, ...(viewSpec(state.view)?.fields ?? [])]);
  const params = new URLSearchParams();
  params.set('view', state.view);
  for (const [field, write] of Object.entries(HASH_WRITERS)) {
    if (kept.has(field)) for (const [key, value] of write(state)) params.append(key, value);
  }
  return `#${params.toString()}`;
}

/**
 * The filter part of a state (what every view keeps when the visitor moves around).
 * @param {State} state
 * @returns {Partial<State>}
 */
export function filtersOf(state) {
  return { outlets: state.outlets, year: state.year, types: state.types, related: state.related, q: state.q };
}

/**
 * True when any facet filter (or "related to") is set.
 * @param {State} state
 */
export function hasFilters(state) {
  return state.outlets.length > 0 || Boolean(state.year) || state.types.length > 0 || Boolean(state.related);
}

/**
 * The API filter object for a state: {outlets, from, to, types, related}, leaving out unset fields.
 * `omit` names facets to leave out ('outlet', 'year', 'type', 'related'), to count a facet with the others applied.
 * @param {State} state
 * @param {string[]} [omit]
 * @returns {Filter}
 */
export function apiFilter(state, omit = []) {
  /** @type {Filter} */
  const filter = {};
  if (state.outlets.length && !omit.includes('outlet')) filter.outlets = [...state.outlets];
  if (state.year && !omit.includes('year')) {
    filter.from = state.year;
    filter.to = state.year;
  }
  if (state.types.length && !omit.includes('type')) filter.types = [...state.types];
  if (state.related && !omit.includes('related')) filter.related = state.related;
  return filter;
}

/**
 * Moves to a new state: a new history entry (back/forward restore it) unless `replace`.
 * @param {Partial<State>} partial
 * @param {{replace?: boolean}} [options]
 */
export function navigate(partial, { replace = false } = {}) {
  const hash = toHash(partial);
  if (hash === location.hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}
