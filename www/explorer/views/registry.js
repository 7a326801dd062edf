// @ts-check
// The explorer's views in one table: each view's name, module, busy label, hash fields, widget attributes and section
// links. state.js, explorer-app.js, widget-element.js and widget-shell.js derive their lists from it, and a browser
// test checks that index.html's static navigation says what SECTIONS says. Adding a view is one entry here and its
// module (plus its link in index.html if it has a section; new state fields go in state.js). No imports: state.js reads
// this table while it loads.

/**
 * A link of the section navigation.
 * @typedef {object} SectionSpec
 * @property {string} key  the link's data-section
 * @property {string} label  its text
 * @property {import('../../pkg/corpus_explorer.js').EntityType[]} [types]  the entity types the link's list shows (the entity list's sections only)
 */

/**
 * A view of the explorer.
 * @typedef {object} ViewSpec
 * @property {string} name  the view's name in the state and in the hash (`#view=name`)
 * @property {string} module  its module, relative to this file; fetched the first time the view is shown
 * @property {string} render  the module's export that draws it: `render(api, state, root, context) → {title, facets, status, after?}`
 * @property {string} [busy]  what the progress indicator says while it is on its way (default "Loading…")
 * @property {HashField[]} fields  the state fields its hash keeps, besides the filters every view keeps
 * @property {string} [attribute]  the widget's `view` attribute for it, when it is not `name`
 * @property {EntityField} [entityField]  for a view about one entity: the state field the widget's `entity` attribute sets
 * @property {SectionSpec[]} [sections]  the section links that lead to it, in navigation order
 */

/** @typedef {'q' | 'name' | 'entity' | 'focus' | 'depth' | 'rel' | 'size' | 'from' | 'to' | 'hops' | 'doc' | 'offset' | 'end'} HashField */
/** @typedef {'entity' | 'focus' | 'from'} EntityField */

/** Every view, in the order the section navigation lists those that have sections. */
/** @type {readonly ViewSpec[]} */
export const VIEW_SPECS = [
  { name: 'overview', module: './overview.js', render: 'renderOverview', fields: [], sections: [{ key: 'overview', label: 'Overview' }] },
  { name: 'search', module: './search.js', render: 'renderSearch', busy: 'Searching…', fields: ['q'] },
  {
    name: 'entities',
    module: './entities.js',
    render: 'renderEntities',
    fields: ['name'],
    sections: [
      { key: 'person', label: 'People', types: ['person'] },
      { key: 'organization', label: 'Organizations', types: ['organization'] },
      { key: 'place', label: 'Places', types: ['place'] },
      { key: 'group', label: 'Groups', types: ['group'] },
    ],
  },
  { name: 'entity', module: './profile.js', render: 'renderProfile', fields: ['entity'], entityField: 'entity' },
  { name: 'doc', module: './reader.js', render: 'renderReader', busy: 'Opening the article…', fields: ['doc', 'offset', 'end'], attribute: 'document' },
  {
    name: 'graph',
    module: './graph.js',
    render: 'renderGraph',
    busy: 'Drawing the graph…',
    fields: ['focus', 'depth', 'rel', 'size'],
    entityField: 'focus',
    sections: [{ key: 'graph', label: 'Graph' }],
  },
  {
    name: 'timeline',
    module: './timeline.js',
    render: 'renderTimeline',
    busy: 'Reading the dates…',
    fields: ['entity'],
    entityField: 'entity',
    sections: [{ key: 'timeline', label: 'Timeline' }],
  },
  { name: 'figures', module: './figures.js', render: 'renderFigures', fields: [], sections: [{ key: 'figures', label: 'Figures' }] },
  { name: 'path', module: './path.js', render: 'renderPath', busy: 'Finding the path…', fields: ['from', 'to', 'rel', 'hops'], entityField: 'from' },
];

/** The views' names, as the hash and the state spell them. */
export const VIEWS = VIEW_SPECS.map((spec) => spec.name);

const BY_NAME = new Map(VIEW_SPECS.map((spec) => [spec.name, spec]));

/** The spec of view `name`, or undefined for a name that is no view. */
export function viewSpec(/** @type {string} */ name) {
  return BY_NAME.get(name);
}

/** Every section link, in navigation order, with the view it leads to. */
export const SECTIONS = VIEW_SPECS.flatMap((spec) => (spec.sections ?? []).map((section) => ({ ...section, view: spec.name })));

/** The view a widget's `view` attribute names (by its `attribute`, or by its name), or undefined. */
export function viewOfAttribute(/** @type {string} */ value) {
  return VIEW_SPECS.find((spec) => spec.attribute === value)?.name ?? BY_NAME.get(value)?.name;
}

/** The URL of a view's module; after a failed fetch, `retry` > 0 makes a fresh one (the module map keeps failures). */
export function moduleUrl(/** @type {ViewSpec} */ spec, retry = 0) {
  return new URL(retry ? `${spec.module}?retry=${retry}` : spec.module, import.meta.url).href;
}
