// Static server for the benchmark: maps URL prefixes to folders, sends each file uncompressed with its gzip -9 size in `x-gzip-bytes`.
//
// Cross-origin isolation headers (COOP/COEP) are sent so pages can call performance.measureUserAgentSpecificMemory().

import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** gzip -9 size of each file, cached by path, size and mtime. */
const gzipSizes = new Map();
async function gzipBytes(file, stat) {
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  if (!gzipSizes.has(key)) gzipSizes.set(key, gzipSync(await readFile(file), { level: 9 }).length);
  return gzipSizes.get(key);
}

/**
 * Starts a server on 127.0.0.1 (a free port). `routes` maps a URL prefix ('/ours/') to a folder or,
 * for a prefix without a trailing slash, to one file. Returns {origin, close()}.
 */
export async function startBenchServer(routes) {
  const entries = Object.entries(routes).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    let file = null;
    for (const [prefix, target] of entries) {
      if (prefix.endsWith('/') ? pathname.startsWith(prefix) : pathname === prefix) {
        const rest = prefix.endsWith('/') ? pathname.slice(prefix.length) : '';
        file = path.join(target, rest || (prefix.endsWith('/') ? 'index.html' : ''));
        if (!file.startsWith(target)) file = null; // no escaping the folder with ..
        break;
      }
    }
    let stat;
    try {
      stat = file && statSync(file);
      if (stat?.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      stat = null;
    }
    if (!stat) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
      'x-gzip-bytes': String(await gzipBytes(file, stat)),
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
