// @ts-check
// Article reader: metadata, paragraphs with entity mentions as links, and a highlighted place (from a hit or mention).

import { append, dateEl, el, plural } from '../dom.js';
import { hrefFor, typeBadge, viewHeading } from './common.js';

const TAGS = { heading: 'h3', caption: 'p', body: 'p' };

export function renderReader(api, state, root) {
  const doc = api.document(state.doc);
  const text = doc.text;
  const target = targetRange(doc, state);
  const mentions = nonOverlapping(doc.mentions || []);

  const paragraphs = doc.paragraphs?.length ? doc.paragraphs : [{ start: 0, end: text.length, kind: 'body' }];
  const body = paragraphs.map((paragraph) =>
    el(
      TAGS[paragraph.kind] || 'p',
      { class: ['para', `para-${paragraph.kind}`] },
      paragraphContent(state, text, paragraph, mentions, target),
    ),
  );

  append(root, 
    el(
      'article',
      { class: 'reader', 'aria-labelledby': 'view-title' },
      el(
        'header',
        { class: 'reader-header' },
        viewHeading(doc.title || 'Untitled'),
        el(
          'dl',
          { class: 'doc-facts' },
          fact('Outlet', doc.outlet),
          fact('Published', dateEl(doc.published)),
          doc.authors?.length ? fact(doc.authors.length > 1 ? 'Authors' : 'Author', doc.authors.join(', ')) : null,
          doc.source ? fact('Source', sourceLink(doc.source)) : null,
        ),
        namedInArticle(state, doc.mentions || []),
      ),
      el('div', { class: 'reader-body' }, body),
    ),
  );

  return {
    title: doc.title || 'Article',
    facets: null,
    status: target ? 'Article opened at the highlighted passage.' : `Article: ${doc.title}.`,
    after: () => {
      const first = root.querySelector('mark.target');
      if (first) {
        first.setAttribute('tabindex', '-1');
        first.scrollIntoView({ block: 'center' });
        first.focus({ preventScroll: true });
        return true;
      }
      return false;
    },
  };
}

function fact(term, value) {
  return [el('dt', null, term), el('dd', null, value)];
}

function sourceLink(source) {
  if (/^https?:\/\//i.test(source)) {
    return el('a', { href: source, rel: 'noopener noreferrer external', target: '_blank' }, source);
  }
  return source;
}

/** The range to highlight: [offset, end), or the paragraph around `offset` when no end is given. */
function targetRange(doc, state) {
  if (state.offset === null) return null;
  const length = doc.text.length;
  const start = Math.min(state.offset, length);
  if (state.end !== null && state.end > start) return [start, Math.min(state.end, length)];
  const paragraph = (doc.paragraphs || []).find((p) => p.start <= start && start < p.end);
  return paragraph ? [paragraph.start, paragraph.end] : [start, Math.min(length, start + 1)];
}

/** Mentions sorted by start, keeping the first (longest at a tie) where two overlap. */
function nonOverlapping(mentions) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const mention of sorted) {
    if (mention.end <= mention.start) continue;
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

/** The paragraph's text cut at mention and target boundaries: mentions become links, the target is marked. */
function paragraphContent(state, text, paragraph, mentions, target) {
  const { start, end } = paragraph;
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const points = new Set([start, end]);
  for (const m of inside) {
    points.add(m.start);
    points.add(m.end);
  }
  if (target) {
    for (const p of target) if (p > start && p < end) points.add(p);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    pieces.push({
      a,
      b,
      mention: inside.find((m) => m.start <= a && b <= m.end) || null,
      target: Boolean(target && target[0] <= a && b <= target[1]),
    });
  }
  // Runs inside or outside the target; within a run, pieces of one mention form one link.
  const nodes = [];
  let i = 0;
  while (i < pieces.length) {
    const inTarget = pieces[i].target;
    const run = [];
    while (i < pieces.length && pieces[i].target === inTarget) run.push(pieces[i++]);
    const content = mentionLinks(state, text, run);
    nodes.push(inTarget ? el('mark', { class: 'target' }, content) : content);
  }
  return nodes;
}

function mentionLinks(state, text, pieces) {
  const nodes = [];
  let i = 0;
  while (i < pieces.length) {
    const mention = pieces[i].mention;
    const start = pieces[i].a;
    while (i < pieces.length && pieces[i].mention === mention) i += 1;
    const slice = text.slice(start, pieces[i - 1].b);
    nodes.push(
      mention
        ? el(
            'a',
            {
              class: ['mention', `type-${mention.type}`],
              href: hrefFor(state, { view: 'entity', entity: String(mention.entity) }),
              title: `${mention.name} (${mention.type})`,
            },
            slice,
          )
        : slice,
    );
  }
  return nodes;
}

/** "Named in this article": each entity once, with its number of mentions here. */
function namedInArticle(state, mentions) {
  const byEntity = new Map();
  for (const mention of mentions) {
    const key = String(mention.entity);
    if (!byEntity.has(key)) byEntity.set(key, { ...mention, count: 0 });
    byEntity.get(key).count += 1;
  }
  if (!byEntity.size) return null;
  const entries = [...byEntity.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return el(
    'details',
    { class: 'named-in-article' },
    el('summary', null, `Named in this article (${entries.length})`),
    el(
      'ul',
      { class: 'chips' },
      entries.map((entry) =>
        el(
          'li',
          null,
          el(
            'a',
            { class: ['entity-link', `type-${entry.type}`], href: hrefFor(state, { view: 'entity', entity: String(entry.entity) }) },
            el('span', { class: 'chip-name' }, entry.name),
            ' ',
            typeBadge(entry.type),
            el('span', { class: 'chip-meta' }, plural(entry.count, 'mention')),
          ),
        ),
      ),
    ),
  );
}
