// @ts-check
// Starts the wasm engine once per page: takes the folder that holds pkg/, gives one shared Api (one module, one
// instance, one Explorer) to the page and to every widget, and reports download progress to each that waits.

import { Api } from './api.js';

/** The folder holding index.html, widget.js, styles/ and pkg/: the parent of this module's folder (explorer/). */
export const ROOT = new URL('../', import.meta.url);

/** base href → {promise: Promise<Api>, listeners: Set<(loaded, total) => void>} */
const starts = new Map();
let attempts = 0;

/**
 * The shared Api for the explorer whose pkg/ folder is under `base`.
 * A failed start is forgotten, so calling again (a Retry button) tries afresh with new URLs.
 * @param {string | URL} base  folder holding pkg/ (ends with "/")
 * @param {{onProgress?: (loaded: number, total: number) => void}} options  bytes of the wasm received so far
 */
export function loadApi(base, { onProgress } = {}) {
  const key = new URL(base, document.baseURI).href;
  let start = starts.get(key);
  if (!start) {
    const listeners = new Set();
    const report = (loaded, total) => listeners.forEach((listener) => listener(loaded, total));
    const promise = startExplorer(key, attempts++, report).catch((error) => {
      starts.delete(key);
      throw error;
    });
    start = { promise, listeners };
    starts.set(key, start);
  }
  if (onProgress) start.listeners.add(onProgress);
  return start.promise;
}

async function startExplorer(base, attempt, report) {
  // A fresh URL on retry, so a failed first fetch of the module is not served from the module map.
  const query = attempt ? `?retry=${attempt}` : '';
  const glue = await import(new URL(`pkg/corpus_explorer.js${query}`, base).href);
  const wasmUrl = new URL('pkg/corpus_explorer_bg.wasm', base);
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`${wasmUrl.pathname} answered HTTP ${response.status}`);
  await glue.default({ module_or_path: counted(response, report) });
  return new Api(new glue.Explorer());
}

/** The same response, reporting bytes as they arrive (the body is compiled while it streams in). */
function counted(response, report) {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body || !total || typeof TransformStream !== 'function') return response;
  let loaded = 0;
  const body = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        report(Math.min(loaded, total), total);
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(body, { status: 200, headers: { 'content-type': 'application/wasm' } });
}
