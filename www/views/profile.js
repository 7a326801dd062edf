// Entity profile: name, type, spellings, role lines, every mention in context with a link into the article, related entities.

import { append, el, plural } from '../dom.js';
import { documentFacets, typeFacet } from '../filters.js';
import { apiFilter, hasFilters } from '../state.js';
import { docLink, entityLink, hrefFor, message, nameRanges, passage, typeBadge, viewHeading } from './common.js';

const RELATION_LABELS = { 'co-mention': 'named together with' };

export function renderProfile(api, state, root) {
  const entity = api.entity(state.entity);
  const mentionCount = entity.mentionCount ?? entity.mentions.length;
  const aliases = (entity.aliases || []).filter((alias) => alias !== entity.name);

  // The facet filters narrow the mentions (by document) and the related entities (by type).
  const allowedDocs = new Set(api.documents(apiFilter(state, ['type'])).map((d) => String(d.id)));
  const mentions = entity.mentions.filter((m) => allowedDocs.has(String(m.doc)));
  const allLinks = entity.relations?.length ? entity.relations : api.neighbors(state.entity, {});
  const links = allLinks.filter(
    (link) =>
      (!state.types.length || state.types.includes(link.other.type)) &&
      (!hasFilters(state) || link.evidence.some((e) => allowedDocs.has(String(e.doc)))),
  );

  append(root, 
    el(
      'header',
      { class: 'profile-header' },
      viewHeading(entity.name, ' ', typeBadge(entity.type)),
      aliases.length ? el('p', { class: 'aliases' }, 'Also spelled ', joinList(aliases.map((a) => el('span', { class: 'alias' }, a)))) : null,
      el('p', { class: 'profile-counts' }, `${plural(mentionCount, 'mention')} in ${plural(entity.documents ?? new Set(entity.mentions.map((m) => m.doc)).size, 'document')}.`),
    ),
    rolesSection(state, entity),
    mentionsSection(state, entity, mentions),
    relationsSection(state, entity, links, allowedDocs),
  );

  const facets = documentFacets((omit) => api.documents(apiFilter(state, [omit, 'type'])));
  facets.outlet = restrictTo(facets.outlet, entity.mentions, api, (d) => d.outlet);
  facets.year = restrictTo(facets.year, entity.mentions, api, (d) => (d.published || '').slice(0, 4));
  facets.type = typeFacet(allLinks.map((link) => link.other));
  return {
    title: entity.name,
    facets,
    status: `${entity.name}: ${plural(mentions.length, 'mention')}${mentions.length !== entity.mentions.length ? ' with the filters' : ''}.`,
  };
}

/** Counts of the entity's mentioned documents per facet value (so the numbers say what a filter leaves). */
function restrictTo(options, mentions, api, keyOf) {
  const docs = new Set(mentions.map((m) => String(m.doc)));
  const counts = new Map();
  for (const id of docs) {
    const doc = api.docsById.get(id);
    if (doc) counts.set(keyOf(doc), (counts.get(keyOf(doc)) || 0) + 1);
  }
  return options.map((o) => ({ value: o.value, count: counts.get(o.value) || 0 }));
}

function joinList(items) {
  const out = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(index === items.length - 1 ? ' and ' : ', ');
    out.push(item);
  });
  return out;
}

/** What the text says the entity is ("head of …", "67-year-old pensioner"), each linked to its sentence. */
function rolesSection(state, entity) {
  const roles = entity.roles || [];
  if (!roles.length) return null;
  return el(
    'section',
    { class: 'roles', 'aria-labelledby': 'roles-heading' },
    el('h3', { id: 'roles-heading' }, 'Described as'),
    el(
      'ul',
      { class: 'role-list' },
      roles.map((role) =>
        el(
          'li',
          null,
          el('span', { class: 'role-text' }, role.text),
          ' — ',
          el(
            'a',
            { class: 'in-article', href: hrefFor(state, { view: 'doc', doc: String(role.doc), offset: role.sentence.start, end: role.sentence.end }) },
            role.title,
          ),
        ),
      ),
    ),
  );
}

function mentionsSection(state, entity, mentions) {
  const byDoc = new Map();
  for (const mention of mentions) {
    const key = String(mention.doc);
    if (!byDoc.has(key)) byDoc.set(key, { doc: mention.doc, title: mention.title, items: [] });
    byDoc.get(key).items.push(mention);
  }
  return el(
    'section',
    { class: 'mentions', 'aria-labelledby': 'mentions-heading' },
    el('h3', { id: 'mentions-heading' }, 'Mentions ', el('span', { class: 'count' }, `(${mentions.length})`)),
    mentions.length
      ? [...byDoc.values()].map((group) =>
          el(
            'article',
            { class: 'mention-group' },
            el('h4', null, docLink(state, group.doc, group.title)),
            el(
              'ol',
              { class: 'mention-list' },
              group.items.map((mention) => {
                const sentence = mention.sentence;
                const range = [mention.start - sentence.start, mention.end - sentence.start];
                return el(
                  'li',
                  null,
                  passage(sentence.text, [range]),
                  el(
                    'a',
                    { class: 'in-article', href: hrefFor(state, { view: 'doc', doc: String(mention.doc), offset: mention.start, end: mention.end }) },
                    'Read in the article',
                    el('span', { class: 'visually-hidden' }, `: ${group.title}`),
                  ),
                );
              }),
            ),
          ),
        )
      : message(entity.mentions.length ? 'No mention in the documents that match the filters.' : 'No mention recorded.'),
  );
}

function relationsSection(state, entity, links, allowedDocs) {
  const names = [entity.name, ...(entity.aliases || [])];
  return el(
    'section',
    { class: 'relations', 'aria-labelledby': 'relations-heading' },
    el('h3', { id: 'relations-heading' }, 'Related ', el('span', { class: 'count' }, `(${links.length})`)),
    links.length
      ? el(
          'ul',
          { class: 'relation-list' },
          links.map((link) => {
            const other = link.other;
            const evidence = link.evidence.filter((e) => !hasFilters(state) || allowedDocs.has(String(e.doc)));
            const marks = (text) => nameRanges(text, [...names, other.name, ...(other.aliases || [])]);
            return el(
              'li',
              { class: 'relation' },
              el(
                'p',
                { class: 'relation-head' },
                el('span', { class: 'relation-type' }, RELATION_LABELS[link.type] || link.type),
                ' ',
                entityLink(state, other),
                ' ',
                typeBadge(other.type),
                el('span', { class: 'count' }, ` · ${plural(link.evidence.length, 'sentence')}`),
              ),
              el(
                'details',
                { class: 'evidence', open: evidence.length <= 2 ? true : null },
                el('summary', null, `Evidence (${evidence.length})`),
                el(
                  'ol',
                  null,
                  evidence.map((item) =>
                    el(
                      'li',
                      null,
                      passage(item.text, marks(item.text)),
                      el('p', { class: 'evidence-source' }, docLink(state, item.doc, item.title, item.start, item.end)),
                    ),
                  ),
                ),
              ),
            );
          }),
        )
      : message(hasFilters(state) ? 'No related name with the filters.' : 'No related name recorded.'),
  );
}
