// Measures one engine in a fresh headless Chromium: gzip bytes to first result, navigation→ready, wasm→ready, query latency, peak memory.
//
// Pages mark their progress in window.__bench (readyAt, firstResultAt, indexMs, search(q)); the explorer page
// marks nothing itself, so an init script records when #app turns data-state="ready" (its first view, the
// search results for the first query, is drawn just before). All times are performance.now(), which counts
// from navigation start.

import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/harness.mjs';
import { gzipBytes } from './gzip.mjs';

/** Minimum measuring time and iteration bounds per query. */
const QUERY_BUDGET_MS = 150;
const MIN_ITERATIONS = 3;
const MAX_ITERATIONS = 2000;
const LOAD_TIMEOUT_MS = 15 * 60_000;

function initScript() {
  window.__bench = {};
  new MutationObserver(() => {
    const state = document.getElementById('app')?.dataset.state;
    if (state === 'ready' && window.__bench.shownAt === undefined) window.__bench.shownAt = performance.now();
    if (state === 'error' && window.__bench.error === undefined) window.__bench.error = document.getElementById('app').textContent.trim().slice(0, 500);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

/** Runs the query set in the page: per query the mean of repeated calls after two warm-up calls. */
async function runQueries({ queries, budget, min, max }) {
  const search = window.__bench.search;
  const call = (q) => { const r = search(q); return r && typeof r.then === 'function' ? r : Promise.resolve(r); };
  const out = [];
  for (const { q, kind } of queries) {
    await call(q);
    const { total } = await call(q);
    let n = 0;
    const started = performance.now();
    let elapsed = 0;
    while ((elapsed < budget || n < min) && n < max) {
      await call(q);
      n += 1;
      elapsed = performance.now() - started;
    }
    out.push({ q, kind, ms: elapsed / n, iterations: n, total });
  }
  return out;
}

async function ourSearch() {
  const module = await import(new URL('pkg/corpus_explorer.js', location.href).href);
  const exports = await module.default(); // already initialised by the page: returns its instance's exports
  const explorer = new module.Explorer(); // the corpus is decoded once per page; this reuses it
  window.__bench.wasmMemory = () => exports.memory.buffer.byteLength;
  window.__bench.search = (q) => { const r = explorer.search(q, { limit: 20 }); return { total: r.total }; };
}

function peakRss(pids) {
  let peak = 0;
  for (const pid of pids) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) * 1024);
    } catch { /* the process is gone */ }
  }
  return peak;
}

/**
 * Measures `engine` ('ours' or a peer) at `url` (absolute), served from the folder `root`. Returns
 * {engine, bytesGzip, bytesRaw, readyMs, firstResultMs, wasmToReadyMs, indexMs, queries, heapBytes, wasmBytes, memoryBytes, rssBytes}.
 */
export async function measureEngine({ engine, url, queries, root }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'], headless: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(initScript);
    const sizes = new Map();
    page.on('response', (response) => {
      sizes.set(response.url(), { gzip: gzipBytes(root, response.url()), raw: Number(response.headers()['content-length'] ?? 0) });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapUsed = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;

    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench && (window.__bench.shownAt !== undefined || window.__bench.error !== undefined), null, { timeout: LOAD_TIMEOUT_MS, polling: 100 });
    const marks = await page.evaluate(() => {
      const b = window.__bench;
      const navigation = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime, responseEnd: r.responseEnd }));
      const shown = document.querySelectorAll('#view .hit, #results li').length;
      return { shown, error: b.error, readyAt: b.readyAt ?? b.shownAt, firstResultAt: b.firstResultAt ?? b.shownAt, indexMs: b.indexMs, firstTotal: b.firstTotal, document: navigation.name, resources };
    });
    if (marks.error) throw new Error(`${engine}: the page failed: ${marks.error}`);
    if (!marks.shown) throw new Error(`${engine}: the page shows no result for the first query`);
    const heapAfterLoad = await heapUsed();

    let bytesGzip = sizes.get(marks.document)?.gzip ?? 0;
    let bytesRaw = sizes.get(marks.document)?.raw ?? 0;
    for (const r of marks.resources.filter((r) => r.startTime <= marks.firstResultAt)) {
      bytesGzip += sizes.get(r.name)?.gzip ?? 0;
      bytesRaw += sizes.get(r.name)?.raw ?? 0;
    }
    const wasm = marks.resources.find((r) => r.name.endsWith('.wasm'));

    if (engine === 'ours') await page.evaluate(ourSearch);
    const results = await page.evaluate(runQueries, { queries, budget: QUERY_BUDGET_MS, min: MIN_ITERATIONS, max: MAX_ITERATIONS });
    const heapAfterQueries = await heapUsed();
    const wasmBytes = engine === 'ours' ? await page.evaluate(() => window.__bench.wasmMemory()) : 0;
    const memoryBytes = await page.evaluate(async () => (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory ? (await performance.measureUserAgentSpecificMemory()).bytes : null));
    const browserCdp = await browser.newBrowserCDPSession();
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    const rssBytes = peakRss(processInfo.filter((p) => p.type === 'renderer').map((p) => p.id));

    return {
      engine,
      bytesGzip,
      bytesRaw,
      readyMs: marks.readyAt,
      firstResultMs: marks.firstResultAt,
      wasmToReadyMs: wasm ? marks.readyAt - wasm.responseEnd : null,
      indexMs: marks.indexMs ?? null,
      queries: results,
      heapBytes: Math.max(heapAfterLoad, heapAfterQueries),
      wasmBytes,
      memoryBytes,
      rssBytes,
    };
  } finally {
    await browser.close();
  }
}
