// @ts-check
// Graph view: the network of the filtered names drawn from graph() (layout from wasm), a panel with the evidence of what is pointed at, a table of the links for screen readers, and the download.

import { append, el, plural, replace } from '../dom.js';
import { downloadForm } from '../download.js';
import { documentFacets, typeFacet } from '../filters.js';
import { drawGraph, graphLegend } from '../graph-drawing.js';
import { FAMILY_LABELS, RELATION_FAMILIES, relationPhrase } from '../relations.js';
import { apiFilter, GRAPH_SIZES, hasFilters } from '../state.js';
import { docLink, entityLink, hrefFor, message, nameRanges, passage, typeBadge, viewHeading } from './common.js';

const PANEL_LINKS = 6;
const PANEL_EVIDENCE = 4;

export function renderGraph(api, state, root, app) {
  const options = { limit: state.size };
  if (state.rel.length) options.types = [...state.rel];
  if (state.focus) Object.assign(options, { focus: state.focus, depth: state.depth });
  const graph = api.graph(apiFilter(state), options);
  const focusName = state.focus ? api.entityName(state.focus) : '';
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const evidence = evidenceLookup(api, state, byId);

  const panel = el('aside', { class: 'graph-panel', id: 'graph-panel', 'aria-live': 'polite', 'aria-label': 'Evidence' }, el('p', { class: 'muted' }, 'Point at a name or a link, or move to a name with Tab, to see the sentences behind it.'));
  const canvas = el('div', { class: 'graph-canvas' });
  append(
    root,
    viewHeading(state.focus ? `Graph around ${focusName}` : 'Graph'),
    el('p', { class: 'lede' }, lede(state, graph, focusName)),
    controls(state, app),
    graph.nodes.length
      ? [el('div', { class: 'graph-layout' }, el('figure', { class: 'graph-figure' }, canvas, el('figcaption', null, graphLegend(graph))), panel), linkTable(api, state, graph, evidence)]
      : message(hasFilters(state) || state.rel.length ? 'No name to draw with these filters.' : 'No name to draw.'),
    el('section', { class: 'download', 'aria-labelledby': 'graph-download-heading' }, el('h3', { id: 'graph-download-heading' }, 'Download'), downloadForm(api, 'graph-download')),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit, 'type', 'related'])));
  facets.type = typeFacet(api.entities(apiFilter(state, ['type'])));
  return {
    title: state.focus ? `Graph around ${focusName}` : 'Graph',
    facets,
    status: `${plural(graph.nodes.length, 'name')} and ${plural(graph.edges.length, 'link')} drawn.`,
    // Drawn once the filters column is placed, so the drawing fits the width it gets.
    after: () => {
      if (!graph.nodes.length) return false;
      const width = Math.max(544, Math.round(canvas.clientWidth || 800));
      const height = Math.round(Math.min(860, Math.max(360, width * (graph.nodes.length > 30 ? 0.95 : 0.7))));
      canvas.append(
        drawGraph(graph, {
          width,
          height,
          focus: state.focus,
          host: canvas,
          nodeHref: (node) => hrefFor(state, { view: 'graph', focus: node.id, depth: state.depth, rel: state.rel, size: state.size }),
          onNode: (node) => replace(panel, nodePanel(api, state, node, evidence)),
          onEdge: (edge) => replace(panel, edgePanel(api, state, byId, edge, evidence)),
        }),
      );
      return false;
    },
  };
}

function lede(state, graph, focusName) {
  const hint = ' Point at a name or a link to see the sentences behind it; click a name to centre the graph on it.';
  if (state.focus) {
    const reach = state.depth === 2 ? 'within two links of' : 'linked to';
    const shown = graph.total > graph.nodes.length ? ` (the ${graph.nodes.length - 1} most mentioned of ${graph.total - 1})` : '';
    return `The names ${reach} ${focusName}${shown}.${hint}`;
  }
  return `The ${plural(graph.nodes.length, 'most mentioned name')}${graph.total > graph.nodes.length ? ` of ${graph.total}` : ''}${hasFilters(state) ? ' with the filters' : ''}, and the links between them.${hint}`;
}

/** Which relation families to draw, how many names, how deep around a focus. */
function controls(state, app) {
  const chosen = state.rel.length ? state.rel : RELATION_FAMILIES;
  const families = el(
    'fieldset',
    { class: 'graph-families' },
    el('legend', null, 'Links'),
    RELATION_FAMILIES.map((family) =>
      el(
        'label',
        { class: ['family-choice', `family-${family}`] },
        el('input', {
          type: 'checkbox',
          name: 'rel',
          value: family,
          checked: chosen.includes(family),
          onchange: (event) => {
            const next = event.target.checked ? [...chosen, family] : chosen.filter((f) => f !== family);
            app.navigate({ ...state, rel: next.length === RELATION_FAMILIES.length ? [] : RELATION_FAMILIES.filter((f) => next.includes(f)) });
          },
        }),
        ` ${FAMILY_LABELS[family]}`,
      ),
    ),
  );
  const size = el(
    'label',
    { class: 'graph-size' },
    'Names ',
    el(
      'select',
      { name: 'size', onchange: (event) => app.navigate({ ...state, size: Number(event.target.value) }) },
      GRAPH_SIZES.map((n) => el('option', { value: String(n), selected: n === state.size }, String(n))),
    ),
  );
  const depth = state.focus
    ? el(
        'label',
        { class: 'graph-depth' },
        'Reach ',
        el(
          'select',
          { name: 'depth', onchange: (event) => app.navigate({ ...state, depth: Number(event.target.value) }) },
          el('option', { value: '1', selected: state.depth === 1 }, 'one link'),
          el('option', { value: '2', selected: state.depth === 2 }, 'two links'),
        ),
      )
    : null;
  const back = state.focus ? el('a', { href: hrefFor(state, { view: 'graph', rel: state.rel, size: state.size }) }, 'Back to the most mentioned') : null;
  return el('div', { class: 'graph-controls' }, families, el('div', { class: 'graph-options' }, size, depth, back));
}

/** Evidence of one edge, read from neighbors() once per source entity, kept to the filtered documents. */
function evidenceLookup(api, state, byId) {
  const allowed = hasFilters(state) ? new Set(api.documents(apiFilter(state, ['type', 'related'])).map((d) => String(d.id))) : null;
  const cache = new Map();
  const linksOf = (id) => {
    if (!cache.has(id)) cache.set(id, api.neighbors(id, state.rel.length ? { types: [...state.rel] } : {}));
    return cache.get(id);
  };
  return {
    of(edge) {
      const link = linksOf(edge.source).find((l) => l.type === edge.type && l.former === edge.former && l.source === edge.source && l.target === edge.target);
      return (link?.evidence || []).filter((e) => !allowed || allowed.has(String(e.doc)));
    },
    /** Links of a node to other drawn nodes, stated ones first. */
    around(id) {
      return linksOf(id).filter((l) => byId.has(l.other.id));
    },
  };
}

function evidenceList(state, items, names) {
  return el(
    'ol',
    { class: 'evidence-list' },
    items.map((item) =>
      el('li', null, passage(item.text, nameRanges(item.text, names)), el('p', { class: 'evidence-source' }, docLink(state, item.doc, item.title, item.start, item.end))),
    ),
  );
}

/** A name and its other spellings, to mark in evidence sentences. */
function spellings(api, id) {
  const brief = api.entityBrief(id);
  return [brief.name, ...(brief.aliases || [])];
}

function edgePanel(api, state, byId, edge, evidence) {
  const a = byId.get(edge.source);
  const b = byId.get(edge.target);
  const items = evidence.of(edge);
  return [
    el('h3', { class: ['panel-title', `family-${edge.family}`] }, entityLink(state, a), ` ${relationPhrase(edge.type, true, edge.former)} `, entityLink(state, b)),
    el('p', { class: 'muted' }, `${FAMILY_LABELS[edge.family]} · ${plural(items.length, 'sentence')}`),
    evidenceList(state, items.slice(0, PANEL_EVIDENCE), [...spellings(api, a.id), ...spellings(api, b.id)]),
    items.length > PANEL_EVIDENCE ? el('p', null, el('a', { href: hrefFor(state, { view: 'entity', entity: a.id }) }, `${items.length - PANEL_EVIDENCE} more on ${a.name}’s profile`)) : null,
  ];
}

function nodePanel(api, state, node, evidence) {
  const links = evidence.around(node.id);
  return [
    el('h3', { class: 'panel-title' }, entityLink(state, node), ' ', typeBadge(node.type)),
    el('p', { class: 'muted' }, `${plural(node.mentions, 'mention')} · ${plural(links.length, 'link')} in this graph`),
    el(
      'p',
      { class: 'panel-actions' },
      el('a', { href: hrefFor(state, { view: 'entity', entity: node.id }) }, 'Profile'),
      ' · ',
      el('a', { href: hrefFor(state, { view: 'timeline', entity: node.id }) }, 'Timeline'),
      ' · ',
      el('a', { href: hrefFor(state, { view: 'path', from: node.id }) }, 'Find a path…'),
    ),
    links.length
      ? el(
          'ul',
          { class: 'panel-links' },
          links.slice(0, PANEL_LINKS).map((link) => {
            const first = link.evidence[0];
            return el(
              'li',
              { class: `family-${link.family}` },
              el('span', { class: 'relation-type' }, relationPhrase(link.type, link.source === node.id, link.former)),
              ' ',
              entityLink(state, link.other),
              first ? evidenceList(state, [first], [...spellings(api, node.id), link.other.name, ...(link.other.aliases || [])]) : null,
            );
          }),
        )
      : null,
    links.length > PANEL_LINKS ? el('p', null, el('a', { href: hrefFor(state, { view: 'entity', entity: node.id }) }, `${links.length - PANEL_LINKS} more links on the profile`)) : null,
  ];
}

/** The text alternative: every drawn link in a table, built when opened. */
function linkTable(api, state, graph, evidence) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const body = el('div', { class: 'graph-table-body' });
  const details = el(
    'details',
    {
      class: 'graph-table',
      ontoggle: () => {
        if (!details.open || body.childElementCount) return;
        const rows = [...graph.edges].sort((a, b) => Number(a.family === 'co-mention') - Number(b.family === 'co-mention') || b.evidence - a.evidence);
        append(
          body,
          el(
            'table',
            { class: 'entity-table link-table' },
            el('caption', { class: 'visually-hidden' }, 'Links drawn in the graph, with their evidence'),
            el('thead', null, el('tr', null, ['Name', 'Link', 'Name', 'Evidence'].map((h) => el('th', { scope: 'col' }, h)))),
            el(
              'tbody',
              null,
              rows.map((edge) => {
                const [a, b] = [byId.get(edge.source), byId.get(edge.target)];
                const items = evidence.of(edge);
                return el(
                  'tr',
                  null,
                  el('th', { scope: 'row' }, entityLink(state, a)),
                  el('td', { class: 'relation-type' }, relationPhrase(edge.type, true, edge.former)),
                  el('td', null, entityLink(state, b)),
                  el(
                    'td',
                    null,
                    items[0] ? [passage(items[0].text, nameRanges(items[0].text, [...spellings(api, a.id), ...spellings(api, b.id)])), docLink(state, items[0].doc, items[0].title, items[0].start, items[0].end)] : null,
                    items.length > 1 ? el('span', { class: 'muted' }, ` and ${plural(items.length - 1, 'more sentence')}`) : null,
                  ),
                );
              }),
            ),
          ),
        );
      },
    },
    el('summary', null, `The links as a table (${graph.edges.length})`),
    body,
  );
  return details;
}
