// gzip -9 size of what a benchmark page loaded, read from the folder `corpus-explorer serve` serves it from.
//
// The server sends files as they are; the table reports what a host compressing with gzip -9 would send.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size of each file, cached by path, size and mtime. */
const cache = new Map();

/** The file under `root` that the server answers `url` with (a path ending in `/` gets its index.html). */
export function servedFile(root, url) {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** gzip -9 bytes of the file served for `url`, 0 when there is none (a redirect, an error). */
export function gzipBytes(root, url) {
  const file = servedFile(root, url);
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isFile()) return 0;
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  if (!cache.has(key)) cache.set(key, gzipSync(readFileSync(file), { level: 9 }).length);
  return cache.get(key);
}
