// Measures the first load (not a test): `node tests/browser/first-load.mjs [/path#hash ...]` opens each page,
// waits until it is ready (the page, or every widget of a host page such as /demo/embed.html), and prints every file fetched with its gzip -9 size and the sum.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, startSuite, waitForReady, waitForWidgets } from './harness.mjs';

const suite = await startSuite();
try {
  for (const target of process.argv.slice(2).length ? process.argv.slice(2) : ['/']) {
    const session = await suite.open(target);
    if (target.includes('embed')) await waitForWidgets(session);
    else await waitForReady(session);
    await session.page.waitForTimeout(300); // late module fetches
    let total = 0;
    const rows = [];
    for (const url of new Set(session.requests)) {
      const { pathname } = new URL(url);
      const file = path.join(ROOT, 'www', decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
      const bytes = await readFile(file).catch(() => null);
      if (!bytes) continue;
      const gz = gzipSync(bytes, { level: 9 }).length;
      total += gz;
      rows.push([pathname, bytes.length, gz]);
    }
    rows.sort((a, b) => b[2] - a[2]);
    console.log(`${target}: ${rows.length} files, ${total} bytes gzip -9 (${(total / 1024).toFixed(1)} KiB)`);
    for (const [name, raw, gz] of rows) console.log(`  ${String(gz).padStart(8)}  ${String(raw).padStart(8)}  ${name}`);
    await session.close();
  }
} finally {
  await suite.close();
}
