// @ts-check
// Draws a graph() result as SVG: nodes sized by mentions and coloured by type, edges styled by relation family, arrowheads on directed edges, labels with a halo; hover and focus light up a node's links.

import { svg } from './dom.js';
import { FAMILY_LABELS, RELATION_FAMILIES, relationPhrase } from './relations.js';

/** @typedef {import('../pkg/corpus_explorer.js').GraphView} GraphView */
/** @typedef {GraphView['nodes'][number]} GraphNode */
/** @typedef {GraphView['edges'][number]} GraphEdge */

const PAD_X = 80; // room for labels at the sides
const PAD_Y = 36;
const PARALLEL_GAP = 16; // how far apart two edges between the same pair bend
/** Label line height at the 12px the style sheet gives labels. */
const LINE_HEIGHT = 14;
/** Longest label before it is also tried cut short ("Radio Free Europe…"). */
const SHORT_LABEL = 18;

/** Width of each label as the page will draw it, measured in a hidden SVG inside `host` (so with the labels' style, also in a shadow root). */
function labelMeasurer(host) {
  const text = svg('text', { class: 'node-label' });
  const box = svg('svg', { class: 'graph measuring', width: 0, height: 0, 'aria-hidden': 'true' }, svg('g', { class: 'node-link labelled' }, text));
  host.append(box);
  const cache = new Map();
  return {
    width(label, large) {
      const key = `${large ? 'L' : 's'}${label}`;
      if (!cache.has(key)) {
        text.textContent = label;
        box.firstChild.classList.toggle('focus-node', large);
        cache.set(key, text.getComputedTextLength() + 2);
      }
      return cache.get(key);
    },
    done: () => box.remove(),
  };
}

/**
 * Where each node's label goes: right of the node, else left, above or below, whichever overlaps no
 * other label or node and stays in the box; a label that fits nowhere is shown on hover or focus only.
 * Bigger nodes (and the focus) choose first. Returns id → {x, y, anchor, text}.
 */
function placeLabels(places, width, height, focus, host) {
  const boxes = [...places.values()].map((p) => ({ id: p.node.id, x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
  const overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const order = [...places.values()].sort((a, b) => Number(b.node.id === focus) - Number(a.node.id === focus) || b.r - a.r);
  const placed = new Map();
  const measure = labelMeasurer(host);
  for (const { x, y, r, node } of order) {
    for (const text of labelTexts(node.name)) {
      const w = measure.width(text, node.id === focus);
      const fits = fitLabel(x, y, r, text, w, width, height, (box) => !boxes.some((b) => b.id !== node.id && overlaps(b, box)));
      if (fits) {
        placed.set(node.id, fits);
        boxes.push({ id: node.id, ...fits.box });
        break;
      }
    }
  }
  measure.done();
  return placed;
}

/** The full name, then (when long) its first words cut with an ellipsis. */
function labelTexts(name) {
  if (name.length <= SHORT_LABEL) return [name];
  const cut = name.slice(0, SHORT_LABEL).replace(/[\s/,-]+\S*$/, '');
  return [name, `${cut.length >= 6 ? cut : name.slice(0, SHORT_LABEL)}…`];
}

function fitLabel(x, y, r, text, w, width, height, free) {
  const candidates = [
    { x: x + r + 4, y: y + 4, anchor: 'start', box: { x0: x + r + 3, y0: y - 8, x1: x + r + 5 + w, y1: y + 8 } },
    { x: x - r - 4, y: y + 4, anchor: 'end', box: { x0: x - r - 5 - w, y0: y - 8, x1: x - r - 3, y1: y + 8 } },
    { x, y: y - r - 5, anchor: 'middle', box: { x0: x - w / 2, y0: y - r - 5 - LINE_HEIGHT + 2, x1: x + w / 2, y1: y - r - 1 } },
    { x, y: y + r + 14, anchor: 'middle', box: { x0: x - w / 2, y0: y + r + 2, x1: x + w / 2, y1: y + r + 18 } },
  ];
  const fits = candidates.find(({ box }) => box.x0 >= 0 && box.x1 <= width && box.y0 >= 0 && box.y1 <= height && free(box));
  return fits ? { ...fits, text } : null;
}

function radiusScale(nodes) {
  const most = Math.max(1, ...nodes.map((n) => n.mentions));
  return (node) => 5 + 17 * Math.sqrt(node.mentions / most);
}

/** The path of an edge from `a` to `b` (each {x, y, r}), bent by `bend` pixels, stopping at both circles. */
function edgePath(a, b, bend) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const control = { x: (a.x + b.x) / 2 + nx * bend, y: (a.y + b.y) / 2 + ny * bend };
  const toward = (from, to, by) => {
    const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: from.x + ((to.x - from.x) * by) / d, y: from.y + ((to.y - from.y) * by) / d };
  };
  const start = toward(a, control, a.r + 2);
  const end = toward(b, control, b.r + 3);
  const f = (n) => n.toFixed(1);
  return bend === 0
    ? `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`
    : `M${f(start.x)},${f(start.y)}Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`;
}

function arrowMarkers() {
  return svg(
    'defs',
    null,
    RELATION_FAMILIES.map((family) =>
      svg(
        'marker',
        { id: `arrow-${family}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
        svg('path', { d: 'M0,0L10,5L0,10z', class: ['arrow', `family-${family}`] }),
      ),
    ),
  );
}

/**
 * The SVG for `graph` ({nodes, edges} from the API) in a `width` × `height` box.
 * @param {GraphView} graph
 * @param {object} options
 * @param {number} options.width
 * @param {number} options.height
 * @param {(node: GraphNode) => string} options.nodeHref  link a node goes to (a click expands it)
 * @param {(node: GraphNode) => void} [options.onNode]  on hover or keyboard focus
 * @param {(edge: GraphEdge) => void} [options.onEdge]  on hover
 * @param {string} [options.focus]  id of the focus node (drawn with a ring)
 * @param {HTMLElement} options.host  the element the drawing goes into (labels are measured there, with its styles)
 * @param {string} [options.label]  what the drawing is, for screen readers
 */
export function drawGraph(graph, { width, height, nodeHref, onNode, onEdge, focus, host, label }) {
  const radius = radiusScale(graph.nodes);
  const place = new Map(
    graph.nodes.map((node) => [
      node.id,
      { x: PAD_X + node.x * (width - 2 * PAD_X), y: PAD_Y + node.y * (height - 2 * PAD_Y), r: radius(node), node },
    ]),
  );
  const labels = placeLabels(place, width, height, focus, host);

  // Parallel edges (several relations between one pair) bend apart; co-mention is drawn first, under the others.
  const pairs = new Map();
  for (const edge of graph.edges) {
    const key = [edge.source, edge.target].sort().join('\u0000');
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(edge);
  }
  const ordered = [...graph.edges].sort((a, b) => (a.family === 'co-mention' ? 0 : 1) - (b.family === 'co-mention' ? 0 : 1));
  const root = svg('svg', {
    class: 'graph',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'group',
    'aria-label': label || `Network of ${graph.nodes.length} names and ${graph.edges.length} links; the table below lists the links`,
  });
  // Pointing at a node lights it, its links and its neighbours; pointing at a link lights it and its two ends.
  const light = (nodeIds, edgeEnds) => {
    root.classList.toggle('has-hover', Boolean(nodeIds));
    for (const item of root.querySelectorAll('.lit')) item.classList.remove('lit');
    if (!nodeIds) return;
    for (const item of root.querySelectorAll('.edge-group')) {
      const ends = item.dataset.ends.split(' ');
      const lit = edgeEnds ? edgeEnds.every((id) => ends.includes(id)) : ends.includes(nodeIds[0]);
      if (lit) {
        item.classList.add('lit');
        if (!edgeEnds) nodeIds.push(...ends);
      }
    }
    for (const item of root.querySelectorAll('.node-link')) if (nodeIds.includes(item.dataset.id)) item.classList.add('lit');
  };

  const edges = ordered.map((edge) => {
    const a = place.get(edge.source);
    const b = place.get(edge.target);
    const siblings = pairs.get([edge.source, edge.target].sort().join('\u0000'));
    const index = siblings.indexOf(edge);
    // Bend relative to a fixed direction (sorted ids), so siblings drawn either way fan out.
    const flip = edge.source < edge.target ? 1 : -1;
    const bend = siblings.length === 1 ? 0 : (index - (siblings.length - 1) / 2) * PARALLEL_GAP * flip;
    if (!a || !b) throw new Error(`edge ${edge.source} → ${edge.target} has an end that is not a node`);
    const d = edgePath(a, b, bend);
    const title = `${a.node.name} ${relationPhrase(edge.type, true, edge.former)} ${b.node.name} (${edge.evidence} ${edge.evidence === 1 ? 'sentence' : 'sentences'})`;
    return svg(
      'g',
      {
        class: ['edge-group', `family-${edge.family}`],
        dataset: { ends: `${edge.source} ${edge.target}`, type: edge.type },
        onmouseenter: () => {
          light([edge.source, edge.target], [edge.source, edge.target]);
          onEdge?.(edge);
        },
        onmouseleave: () => light(null),
      },
      svg('title', null, title),
      svg('path', { class: 'edge-hit', d }),
      svg('path', {
        class: ['edge', `family-${edge.family}`],
        d,
        'stroke-width': edge.family === 'co-mention' ? 0.6 + Math.min(edge.evidence, 6) * 0.2 : 1.8 + Math.min(edge.evidence, 6) * 0.35,
        'marker-end': edge.directed ? `url(#arrow-${edge.family})` : null,
      }),
    );
  });

  const nodes = [...place.values()]
    .sort((a, b) => a.r - b.r)
    .reverse()
    .map(({ x, y, r, node }) => {
      const label = labels.get(node.id) || { x: x + r + 4, y: y + 4, anchor: x < width / 2 ? 'start' : 'end' };
      if (!labels.has(node.id) && label.anchor === 'end') label.x = x - r - 4;
      const show = () => {
        light([node.id]);
        onNode?.(node);
      };
      return svg(
        'a',
        {
          href: nodeHref(node),
          class: ['node-link', `type-${node.type}`, labels.has(node.id) ? 'labelled' : null, node.id === focus ? 'focus-node' : null, node.unnamed ? 'unnamed' : null],
          dataset: { id: node.id },
          'aria-label': `${node.name} (${node.type}, ${node.mentions} mentions): centre the graph here`,
          onmouseenter: show,
          onfocus: show,
          onmouseleave: () => light(null),
        },
        svg('circle', { class: 'node', cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
        svg(
          'text',
          { class: 'node-label', x: label.x.toFixed(1), y: label.y.toFixed(1), 'text-anchor': label.anchor },
          label.text || node.name,
        ),
      );
    });

  root.append(arrowMarkers(), svg('g', { class: 'edges' }, edges), svg('g', { class: 'nodes' }, nodes));
  return root;
}

/** The legend: node colours by type, edge styles by family (only the families present). */
export function graphLegend(graph) {
  const families = RELATION_FAMILIES.filter((family) => graph.edges.some((edge) => edge.family === family));
  const types = ['person', 'organization', 'place', 'group'].filter((type) => graph.nodes.some((node) => node.type === type));
  const swatch = (child) => svg('svg', { class: 'swatch', viewBox: '0 0 36 12', width: 36, height: 12, 'aria-hidden': 'true' }, child);
  const item = (icon, text) => {
    const li = document.createElement('li');
    li.append(icon, ` ${text}`);
    return li;
  };
  const list = document.createElement('ul');
  list.className = 'graph-legend';
  for (const type of types) list.append(item(swatch(svg('circle', { class: ['node', `type-${type}`], cx: 18, cy: 6, r: 5 })), type));
  for (const family of families) {
    list.append(item(swatch(svg('path', { class: ['edge', `family-${family}`], d: 'M2,6L34,6', 'stroke-width': 2 })), FAMILY_LABELS[family].toLowerCase()));
  }
  return list;
}
