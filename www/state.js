// View state in the URL hash: parse and serialize it, navigate, and map its filters to the API's filter object.

export const VIEWS = ['overview', 'search', 'entities', 'entity', 'doc'];
export const ENTITY_TYPES = ['person', 'organization', 'place', 'group'];

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
  if (state.view === 'entities' && state.name) params.set('name', state.name);
  if (state.view === 'entity' && state.entity) params.set('entity', state.entity);
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
  return { outlets: state.outlets, year: state.year, types: state.types, q: state.q };
}

/** True when any facet filter is set. */
export function hasFilters(state) {
  return state.outlets.length > 0 || Boolean(state.year) || state.types.length > 0;
}

/**
 * The API filter object for a state: {outlets, from, to, types}, leaving out unset fields.
 * `omit` names facets to leave out ('outlet', 'year', 'type'), to count a facet with the others applied.
 */
export function apiFilter(state, omit = []) {
  const filter = {};
  if (state.outlets.length && !omit.includes('outlet')) filter.outlets = [...state.outlets];
  if (state.year && !omit.includes('year')) {
    filter.from = state.year;
    filter.to = state.year;
  }
  if (state.types.length && !omit.includes('type')) filter.types = [...state.types];
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

/** Calls `onChange(state)` now and whenever the hash changes (links, back/forward, reload). */
export function watchHash(onChange) {
  const handler = () => onChange(parseHash(location.hash));
  window.addEventListener('hashchange', handler);
  return handler;
}
