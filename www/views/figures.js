// Figures view: numbers about the same thing side by side (what is counted, who says so, in which article), with disagreement between them flagged.

import { append, el, markedText, plural } from '../dom.js';
import { documentFacets } from '../filters.js';
import { apiFilter, hasFilters } from '../state.js';
import { entityLink, hrefFor, message, viewHeading } from './common.js';

/** A topic's heading: what its first figure counts, in the text's words ("Ethnic Kazakhs living in Xinjiang"); else its key; figures without a topic are not compared. */
function topicTitle(group) {
  if (!group.topic) return 'Other figures (not compared)';
  const words = (group.figures[0]?.counts || String(group.topic).replace(/[-_]+/g, ' ')).trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function renderFigures(api, state, root) {
  const groups = api.figures(apiFilter(state));
  const count = groups.reduce((sum, group) => sum + group.figures.length, 0);
  const disagreeing = groups.filter((group) => group.disagree).length;

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
              topicTitle(group),
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
