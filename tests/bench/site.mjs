// The benchmark's site: one folder, target/bench/x<N>/, served by `corpus-explorer serve --cross-origin-isolated`.
//
// Ours is at /www/ (build.sh --out), the peers' page is copied to /peers/, their libraries to /lib/, and their
// data (passages.json, the Pagefind bundle) is in /data/ (prepare.mjs). COOP/COEP make the pages cross-origin
// isolated, so they may call performance.measureUserAgentSpecificMemory().

import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer } from '../browser/harness.mjs';

/** The peers' libraries, under the names peer.js imports them by from /lib/. */
const PEER_LIBRARIES = {
  'minisearch.js': path.join(ROOT, 'node_modules', 'minisearch', 'dist', 'es', 'index.js'),
  'flexsearch.js': path.join(ROOT, 'node_modules', 'flexsearch', 'dist', 'flexsearch.bundle.module.min.mjs'),
};

/** Copies the peers' page and libraries into `dir`, beside its www/ and data/. */
export function stageSite(dir) {
  cpSync(path.join(ROOT, 'tests', 'bench', 'pages'), path.join(dir, 'peers'), { recursive: true });
  mkdirSync(path.join(dir, 'lib'), { recursive: true });
  for (const [name, file] of Object.entries(PEER_LIBRARIES)) cpSync(file, path.join(dir, 'lib', name));
}

/** Stages `dir` and serves it with the CLI `bin`; resolves to the harness's {origin, url(), close()}. */
export function startBenchServer(dir, bin) {
  stageSite(dir);
  return startServer({ dir, bin, args: ['--cross-origin-isolated'] });
}
