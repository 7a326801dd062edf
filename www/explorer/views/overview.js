// @ts-check
// Overview, the first screen: the documents (outlet, date, title), the most mentioned people, organizations, places
// and groups, the span of the dated events by year, and a small graph of the most mentioned names (drawn once its
// module arrives, so the first screen does not wait for it).

import { append, el, formatDate, plural } from '../dom.js';
import { downloadForm } from '../download.js';
import { documentFacets, TYPE_LABELS, typeFacet } from '../filters.js';
import { apiFilter, ENTITY_TYPES, hasFilters } from '../state.js';
import { docLink, docMeta, entityLink, hrefFor, message, viewHeading } from './common.js';

const TOP = 10;
/** Names in the small graph. */
const SMALL_GRAPH = 12;

export function renderOverview(api, state, root) {
  const filter = apiFilter(state);
  const documents = api.documents(filter);
  const types = state.types.length ? ENTITY_TYPES.filter((t) => state.types.includes(t)) : ENTITY_TYPES;

  const documentList = documents.length
    ? el(
        'ol',
        { class: 'doc-list' },
        documents.map((doc) =>
          el(
            'li',
            { class: 'doc-item' },
            el('h4', { class: 'doc-title' }, docLink(state, doc.id, doc.title)),
            el(
              'p',
              null,
              docMeta(doc.outlet, doc.published, doc.authors?.length ? ` · ${doc.authors.join(', ')}` : null),
            ),
          ),
        ),
      )
    : message('No document matches the filters.');

  const columns = types.map((type) => {
    const entities = api.entities({ ...apiFilter(state, ['type']), types: [type], limit: TOP });
    const headingId = `top-${type}`;
    return el(
      'section',
      { class: 'top-entities', 'aria-labelledby': headingId },
      el('h4', { id: headingId }, TYPE_LABELS[type]),
      entities.length
        ? el(
            'ol',
            { class: 'ranked' },
            entities.map((entity) =>
              el(
                'li',
                null,
                entityLink(state, entity),
                el('span', { class: 'count', title: 'mentions' }, plural(entity.mentions, 'mention')),
              ),
            ),
          )
        : el('p', { class: 'muted' }, 'None found.'),
      el('p', { class: 'more' }, el('a', { href: hrefFor(state, { view: 'entities', types: [type] }) }, `All ${TYPE_LABELS[type].toLowerCase()} →`)),
    );
  });

  const smallGraph = smallGraphSection(api, state);
  append(root,
    viewHeading('Overview'),
    el(
      'p',
      { class: 'lede' },
      `${plural(api.stats.documents, 'article')}, ${plural(api.stats.sentences, 'sentence')} and ${plural(api.stats.entities, 'named entity', 'named entities')}. `,
      'Search above, or start from a document or a name. ',
      'See also the ',
      el('a', { href: hrefFor(state, { view: 'graph' }) }, 'graph'),
      ' of who is linked to whom, the ',
      el('a', { href: hrefFor(state, { view: 'timeline' }) }, 'timeline'),
      ', the ',
      el('a', { href: hrefFor(state, { view: 'figures' }) }, 'figures'),
      ' side by side, and a ',
      el('a', { href: hrefFor(state, { view: 'path' }) }, 'path between two names'),
      '.',
    ),
    el(
      'div',
      { class: 'overview-grid' },
      el(
        'div',
        { class: 'overview-main' },
        el(
          'section',
          { class: 'documents', 'aria-labelledby': 'documents-heading' },
          el('h3', { id: 'documents-heading' }, 'Documents ', el('span', { class: 'count' }, `(${documents.length})`)),
          documentList,
        ),
        timelineSpan(api, state),
        smallGraph.section,
      ),
      el(
        'section',
        { class: 'entities-summary', 'aria-labelledby': 'entities-heading' },
        el('h3', { id: 'entities-heading' }, 'Most mentioned'),
        el('div', { class: 'top-grid' }, columns),
      ),
    ),
    el('section', { class: 'download', 'aria-labelledby': 'download-heading' }, el('h3', { id: 'download-heading' }, 'Download'), downloadForm(api, 'overview-download')),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit])));
  facets.type = typeFacet(api.entities(apiFilter(state, ['type'])));
  return {
    title: 'Overview',
    facets,
    status: `${plural(documents.length, 'document')}${hasFilters(state) ? ' match the filters' : ''}.`,
    after: () => {
      smallGraph.draw();
      return false;
    },
  };
}

/** Bars in the timeline span: the most recent years each get one, earlier years share the first. */
const SPAN_BARS = 8;

/** When the dated events fall: first and last date, and how many per year (recent years; earlier ones together). */
function timelineSpan(api, state) {
  const events = api.timeline(apiFilter(state), {});
  const section = (...children) =>
    el('section', { class: 'timeline-span', 'aria-labelledby': 'span-heading' }, el('h3', { id: 'span-heading' }, 'Timeline'), children);
  if (!events.length) return section(el('p', { class: 'muted' }, 'No dated event with these filters.'));
  const years = new Map();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    years.set(year, (years.get(year) || 0) + 1);
  }
  let buckets = [...years].map(([year, count]) => ({ label: [year], text: year, count }));
  if (buckets.length > SPAN_BARS) {
    const early = buckets.slice(0, buckets.length - SPAN_BARS + 1);
    const [first, last] = [early[0].text, early[early.length - 1].text];
    buckets = [{ label: [`${first}–`, el('wbr'), last], text: `${first} to ${last}`, count: early.reduce((sum, b) => sum + b.count, 0) }, ...buckets.slice(-(SPAN_BARS - 1))];
  }
  const most = Math.max(...buckets.map((b) => b.count));
  const bars = buckets.map(({ label, text, count }) => {
    const track = el('span', { class: 'span-track', 'aria-hidden': 'true' }, el('span', { class: 'span-count' }, String(count)), el('span', { class: 'span-bar' }));
    track.style.setProperty('--share', `${Math.max(4, Math.round((100 * count) / most))}%`);
    return el(
      'li',
      null,
      track,
      el('span', { class: 'span-year', 'aria-hidden': 'true' }, label),
      el('span', { class: 'visually-hidden' }, `${text}: ${plural(count, 'event')}`),
    );
  });
  return section(
    el(
      'p',
      null,
      `${plural(events.length, 'dated event')}, from `,
      el('time', { datetime: events[0].date }, formatDate(events[0].date)),
      ' to ',
      el('time', { datetime: events[events.length - 1].date }, formatDate(events[events.length - 1].date)),
      '.',
    ),
    el('ol', { class: 'span-bars', 'aria-label': 'Dated events per year' }, bars),
    el('p', { class: 'more' }, el('a', { href: hrefFor(state, { view: 'timeline' }) }, 'Open the timeline →')),
  );
}

/**
 * The most mentioned names and their links, small. The drawing is for the eye (its names are also links, out of the
 * tab order); the text alternative is the lists beside it and the graph view's table, linked below it.
 */
function smallGraphSection(api, state) {
  const graph = api.graph(apiFilter(state), { limit: SMALL_GRAPH });
  const canvas = el('div', { class: 'small-graph-canvas' });
  const section = el(
    'section',
    { class: 'small-graph', 'aria-labelledby': 'small-graph-heading' },
    el('h3', { id: 'small-graph-heading' }, 'Who is linked to whom'),
    graph.nodes.length ? canvas : el('p', { class: 'muted' }, 'No name to draw with these filters.'),
    el(
      'p',
      { class: 'more' },
      el('a', { href: hrefFor(state, { view: 'graph' }) }, `Open the graph (${plural(graph.nodes.length, 'name')}, ${plural(graph.edges.length, 'link')} here) →`),
    ),
  );
  const draw = () => {
    if (!graph.nodes.length) return;
    import('../graph-drawing.js').then(({ drawGraph }) => {
      if (!canvas.isConnected) return; // the visitor has moved on
      const width = Math.max(280, Math.round(canvas.clientWidth || 480));
      const drawing = drawGraph(graph, {
        width,
        height: Math.round(Math.min(360, Math.max(240, width * 0.62))),
        host: canvas,
        nodeHref: (node) => hrefFor(state, { view: 'entity', entity: String(node.id) }),
      });
      drawing.setAttribute('aria-hidden', 'true');
      for (const link of drawing.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
      canvas.replaceChildren(drawing);
    });
  };
  return { section, draw };
}
