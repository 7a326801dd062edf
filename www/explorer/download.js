// @ts-check
// Download of the whole knowledge graph (JSON, GraphML, CSV nodes, CSV edges) as a file made in the page: Blob + object URL, nothing fetched.

import { el } from './dom.js';

/** What the visitor can download: API format, label, file name and media type. */
export const DOWNLOADS = [
  { format: 'json', label: 'JSON — everything, with evidence spans', file: 'corpus-explorer.json', type: 'application/json' },
  { format: 'graphml', label: 'GraphML — the network, for Gephi', file: 'corpus-explorer.graphml', type: 'application/graphml+xml' },
  { format: 'csv', label: 'CSV — the names (nodes)', file: 'corpus-explorer-nodes.csv', type: 'text/csv' },
  { format: 'csv-edges', label: 'CSV — the links (edges)', file: 'corpus-explorer-edges.csv', type: 'text/csv' },
];

/** Offers `text` as a file called `file`. */
export function saveText(text, file, type) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = el('a', { href: url, download: file, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A small form: a format select and a Download button; `idPrefix` keeps ids unique on the page. */
export function downloadForm(api, idPrefix = 'download') {
  const select = el(
    'select',
    { id: `${idPrefix}-format`, name: 'format' },
    DOWNLOADS.map((d) => el('option', { value: d.format }, d.label)),
  );
  const status = el('span', { class: 'download-status', role: 'status' });
  return el(
    'form',
    {
      class: 'download-form',
      onsubmit: (event) => {
        event.preventDefault();
        const chosen = DOWNLOADS.find((d) => d.format === select.value) || DOWNLOADS[0];
        try {
          saveText(api.exportText(chosen.format), chosen.file, chosen.type);
          status.textContent = `${chosen.file} saved.`;
        } catch (error) {
          status.textContent = `The download failed: ${error instanceof Error ? error.message : error}`;
        }
      },
    },
    el('label', { for: `${idPrefix}-format` }, 'Download the data as'),
    select,
    el('button', { type: 'submit' }, 'Download'),
    status,
  );
}
