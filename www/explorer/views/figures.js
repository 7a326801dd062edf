// @ts-check
// Figures view: numbers about the same thing side by side (what is counted, who says so, in which article), with disagreement between them flagged.

import { append, el, markedText, plural } from '../dom.js';
import { documentFacets } from '../filters.js';
import { apiFilter, hasFilters } from '../state.js';
import { entityLink, hrefFor, message, viewHeading } from './common.js';

const fold = (text) => String(text).toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A topic's heading: what its first figure counts, in the text's words, then what else the topic key says
 * ("Ethnic Kazakhs — detained, Xinjiang"), names spelled as the entity list spells them; figures without a topic
 * are not compared.
 */
function topicTitle(api, group) {
  if (!group.topic) return 'Other figures (not compared)';
  const segments = String(group.topic).split('·').map((segment) => segment.trim()).filter(Boolean);
  const head = (group.figures[0]?.counts || segments[0] || '').trim();
  const qualifiers = segments.filter((segment) => !fold(head).includes(fold(segment))).map((segment) => properName(api, segment));
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return qualifiers.length ? `${title} — ${qualifiers.join(', ')}` : title;
}

/** "xinjiang" → "Xinjiang" when an entity has that name. */
function properName(api, words) {
  const match = api.entities({ query: words, limit: 5 }).find((entity) => fold(entity.name) === fold(words));
  return match ? match.name : words;
}

/** Titles made distinct ("People (2)"), so every section has its own name. */
function distinct(titles) {
  const seen = new Map();
  return titles.map((title) => {
    const n = (seen.get(title) || 0) + 1;
    seen.set(title, n);
    return n > 1 ? `${title} (${n})` : title;
  });
}

export function renderFigures(api, state, root) {
  const groups = api.figures(apiFilter(state));
  const count = groups.reduce((sum, group) => sum + group.figures.length, 0);
  const disagreeing = groups.filter((group) => group.disagree).length;
  const titles = distinct(groups.map((group) => topicTitle(api, group)));

  append(
    root,
    viewHeading('Figures'),
    el(
      'p',
      { class: 'lede' },
      'Numbers the articles give, with what they count and who says so; figures about the same thing stand side by side, and a difference of more than 10% is flagged.',
    ),
    groups.length
      ? groups.map((group, index) =>
          el(
            'section',
            { class: ['figure-group', group.disagree ? 'disagree' : null], 'aria-labelledby': `topic-${index}` },
            el(
              'h3',
              { id: `topic-${index}` },
              titles[index],
              ' ',
              group.disagree ? el('span', { class: 'disagree-flag' }, 'Figures disagree') : null,
            ),
            el('ul', { class: 'figure-cards' }, group.figures.map((figure) => figureCard(state, figure))),
          ),
        )
      : message(hasFilters(state) ? 'No figure with these filters.' : 'No figure has been found in the articles.'),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit, 'type', 'related'])));
  return {
    title: 'Figures',
    facets,
    status: `${plural(count, 'figure')} about ${plural(groups.length, 'topic')}${disagreeing ? `; ${disagreeing} disagree` : ''}.`,
  };
}

function figureCard(state, figure) {
  const range = [figure.start - figure.sentence.start, figure.end - figure.sentence.start];
  return el(
    'li',
    { class: 'figure-card' },
    el('p', { class: 'figure-number' }, figure.text),
    el('p', { class: 'figure-counts' }, figure.counts),
    el('p', { class: 'figure-source' }, figure.source ? ['According to ', entityLink(state, figure.source)] : el('span', { class: 'muted' }, 'No source named in the sentence')),
    el('p', { class: 'passage' }, markedText(figure.sentence.text, [range])),
    el('a', { class: 'in-article', href: hrefFor(state, { view: 'doc', doc: String(figure.doc), offset: figure.sentence.start, end: figure.sentence.end }) }, figure.title),
  );
}
