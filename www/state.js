// View state as a URL hash ("#view=search&q=…"): parse and serialize it, move the page to one, and map its filters to the API's filter object (store.js keeps it: in the hash, or in a widget's memory).

export const VIEWS = ['overview', 'search', 'entities', 'entity', 'doc', 'graph', 'timeline', 'figures', 'path'];
export const ENTITY_TYPES = ['person', 'organization', 'place', 'group'];
export const RELATION_FAMILIES = ['family', 'affiliation', 'office', 'interaction', 'support', 'statement', 'co-mention'];
/** Node counts the graph view offers; the first that is the API default (40) is the default. */
export const GRAPH_SIZES = [20, 40, 60, 100, 150];
export const DEFAULT_GRAPH_SIZE = 40;
/** Longest paths the path view offers (the API allows 1–8; 4 is its default). */
export const PATH_HOPS = [2, 3, 4, 6, 8];
export const DEFAULT_PATH_HOPS = 4;

/** Canonical, empty state: the overview with no filter. */
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

function nonNegativeInt(value) {
  if (value === null || value === '' || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** Parses "#view=search&q=akitkhan&outlet=RFE%2FRL" (with or without the leading #). */
export function parseHash(hash) {
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const state = emptyState();
  const view = params.get('view');
  state.q = (params.get('q') || '').slice(0, 1000);
  state.outlets = unique(params.getAll('outlet').filter(Boolean));
  state.year = /^\d{4}$/.test(params.get('year') || '') ? params.get('year') : '';
  state.types = unique(params.getAll('type').filter((t) => ENTITY_TYPES.includes(t)));
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

function unique(values) {
  return [...new Set(values)];
}

/** Serializes a (partial) state to "#view=…"; defaults are left out so links stay short. */
export function toHash(partial) {
  const state = { ...emptyState(), ...partial };
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.view === 'search' && state.q) params.set('q', state.q);
  for (const outlet of state.outlets) params.append('outlet', outlet);
  if (state.year) params.set('year', state.year);
  for (const type of state.types) params.append('type', type);
  if (state.related) params.set('related', state.related);
  if (state.view === 'entities' && state.name) params.set('name', state.name);
  if ((state.view === 'entity' || state.view === 'timeline') && state.entity) params.set('entity', state.entity);
  if (state.view === 'graph') {
    if (state.focus) params.set('focus', state.focus);
    if (state.focus && state.depth === 2) params.set('depth', '2');
    for (const family of state.rel) params.append('rel', family);
    if (state.size !== DEFAULT_GRAPH_SIZE) params.set('size', String(state.size));
  }
  if (state.view === 'path') {
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
    for (const family of state.rel) params.append('rel', family);
    if (state.hops !== DEFAULT_PATH_HOPS) params.set('hops', String(state.hops));
  }
  if (state.view === 'doc' && state.doc) {
    params.set('doc', state.doc);
    if (state.offset !== null) params.set('offset', String(state.offset));
    if (state.offset !== null && state.end !== null) params.set('end', String(state.end));
  }
  if (state.page > 1) params.set('page', String(state.page));
  return `#${params.toString()}`;
}

/** The filter part of a state (what every view keeps when the visitor moves around). */
export function filtersOf(state) {
  return { outlets: state.outlets, year: state.year, types: state.types, related: state.related, q: state.q };
}

/** True when any facet filter (or "related to") is set. */
export function hasFilters(state) {
  return state.outlets.length > 0 || Boolean(state.year) || state.types.length > 0 || Boolean(state.related);
}

/**
 * The API filter object for a state: {outlets, from, to, types, related}, leaving out unset fields.
 * `omit` names facets to leave out ('outlet', 'year', 'type', 'related'), to count a facet with the others applied.
 */
export function apiFilter(state, omit = []) {
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

/** Moves to a new state: a new history entry (back/forward restore it) unless `replace`. */
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
