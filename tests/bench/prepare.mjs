// Prepares the peers' data for one corpus: passages.json (our cleaned sentences per document) and a Pagefind bundle over the documents as HTML pages.
//
// Usage: node tests/bench/prepare.mjs --corpus DIR --out DATA_DIR [--cli BIN]
// Writes DATA_DIR/passages.json, DATA_DIR/pagefind/ and DATA_DIR/prepare.json ({documents, passages, pagefindMs, ...}).

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The Pagefind binary from its platform package, pinned in package.json. (The `pagefind` wrapper package lists
// optional binaries for every platform, which this registry does not record in the lock, so `npm ci` would fail.)
const PAGEFIND_BIN = path.join(ROOT, 'node_modules', '@pagefind', 'linux-x64', 'bin', 'pagefind_extended');

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A document as the HTML page a static site would publish: title, outlet, date and its paragraphs. */
export function renderPage(doc) {
  const paragraphs = doc.text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head>\n`
    + `<body><main><h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.outlet)} · ${escapeHtml(doc.published)}</p>\n${paragraphs}\n</main></body></html>\n`;
}

export async function prepare({ corpus, out, cli }) {
  mkdirSync(out, { recursive: true });
  const { documents } = JSON.parse(execFileSync(cli, ['sentences', '--corpus', corpus], { maxBuffer: 2 ** 30, encoding: 'utf8' }));
  const grouped = documents.map((d) => ({ id: d.id, title: d.title, sentences: d.sentences.map(([s, e]) => d.text.slice(s, e)) }));
  writeFileSync(path.join(out, 'passages.json'), JSON.stringify({ documents: grouped }));

  const bundle = path.join(out, 'pagefind');
  rmSync(bundle, { recursive: true, force: true });
  const site = path.join(out, 'site');
  rmSync(site, { recursive: true, force: true });
  for (const doc of documents) {
    mkdirSync(path.join(site, 'docs', doc.id), { recursive: true });
    writeFileSync(path.join(site, 'docs', doc.id, 'index.html'), renderPage(doc));
  }
  const started = performance.now();
  execFileSync(PAGEFIND_BIN, ['--site', site, '--output-path', bundle, '--force-language', 'en', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const pagefindMs = performance.now() - started;

  const summary = { documents: documents.length, passages: grouped.reduce((n, d) => n + d.sentences.length, 0), pagefindMs };
  writeFileSync(path.join(out, 'prepare.json'), JSON.stringify(summary));
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  if (!option('corpus') || !option('out')) {
    console.error('usage: node tests/bench/prepare.mjs --corpus DIR --out DATA_DIR [--cli BIN]');
    process.exit(2);
  }
  const cli = option('cli', process.env.CORPUS_EXPLORER_BIN ?? path.join(ROOT, 'target', 'bench', 'cargo', 'release', 'corpus-explorer'));
  const summary = await prepare({ corpus: path.resolve(option('corpus')), out: path.resolve(option('out')), cli });
  console.log(JSON.stringify(summary));
}
