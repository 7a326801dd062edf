// Smoke test: the page boots in real Chromium under the strict CSP, loads the wasm, and stays quiet.
// Feature tests live beside this file and use the same harness.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoConsoleErrors,
  assertNoForeignRequests,
  screenshot,
  startSuite,
  waitForReady,
} from './harness.mjs';

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

test('the page loads the wasm and shows the document list', { timeout: 60_000 }, async () => {
  const session = await suite.open('/');
  try {
    await waitForReady(session);
    await screenshot(session.page, 'home.png');

    const wasm = session.responses.filter((r) => r.url.endsWith('.wasm'));
    assert.ok(wasm.length > 0, 'the page fetched no .wasm file');
    for (const response of wasm) {
      assert.equal(response.status, 200, `${response.url} answered ${response.status}`);
      assert.match(response.contentType, /^application\/wasm/, `${response.url} served as ${response.contentType}`);
    }
    const text = await session.page.locator('#app').innerText();
    assert.ok(text.trim().length > 0, 'the ready page shows nothing in #app');

    assertNoConsoleErrors(session);
    assertNoForeignRequests(session);
  } finally {
    await session.close();
  }
});
