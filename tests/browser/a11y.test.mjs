// Accessibility in real Chromium: axe-core (npm, test-only) finds no violation on any view of the page, at 1440 and
// 360 px wide, light and dark, nor in the widgets of the embed page (axe walks open shadow roots). Each view is also
// saved as a screenshot in tests/screenshots/views/ (git-ignored) for a person to look at.
// axe is added as an init script: DevTools-injected scripts are not subject to the page's CSP.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { assertNoConsoleErrors, assertNoForeignRequests, screenshot, startSuite, waitForHash, waitForReady, waitForWidgets, waitForWidgetView } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TIMEOUT = { timeout: 240_000 };
const SIZES = [
  { name: '1440', viewport: { width: 1440, height: 900 } },
  { name: '360', viewport: { width: 360, height: 740 } },
];
const SCHEMES = ['light', 'dark'];

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

const withAxe = (page) => page.addInitScript({ path: AXE });

/** axe's violations in the page (shadow roots included), one readable line per rule with its first nodes. */
async function violations(page) {
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: `${v.id} (${v.impact}): ${v.help}`,
      nodes: v.nodes.slice(0, 4).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  });
  return found.map((v) => `${v.rule}\n      ${v.nodes.join('\n      ')}`);
}

/** Hashes of every view, with ids read from the page's own engine (ids depend on extraction). */
async function viewHashes(page) {
  const ids = await page.evaluate(async () => {
    const wasm = await import('/pkg/corpus_explorer.js');
    await wasm.default();
    const explorer = new wasm.Explorer();
    const people = explorer.entities({ types: ['person'], limit: 2 });
    return { a: people[0].id, b: people[1].id, doc: explorer.documents()[0].id };
  });
  return [
    ['overview', '#view=overview'],
    ['search', '#view=search&q=Akitkhan'],
    ['people', '#view=entities&type=person'],
    ['profile', `#view=entity&entity=${ids.a}`],
    ['reader', `#view=doc&doc=${ids.doc}`],
    ['graph', '#view=graph'],
    ['timeline', '#view=timeline'],
    ['figures', '#view=figures'],
    ['path', `#view=path&from=${ids.a}&to=${ids.b}`],
  ];
}

test('axe-core finds no violation on any view of the page, wide and narrow, light and dark, and none is wider than the screen', TIMEOUT, async () => {
  const session = await suite.open('/', { setup: withAxe });
  const { page } = session;
  try {
    await waitForReady(session);
    const views = await viewHashes(page);
    const problems = [];
    for (const size of SIZES) {
      await page.setViewportSize(size.viewport);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const [name, hash] of views) {
          await page.evaluate((h) => { location.hash = h; }, hash);
          await waitForHash(page, new RegExp(`view=${hash.split('&')[0].slice(6)}`));
          if (name === 'graph') await page.locator('svg.graph .node-link').first().waitFor();
          if (name === 'overview') await page.locator('.small-graph-canvas svg').waitFor();
          await screenshot(page, `views/${name}-${size.name}-${scheme}.png`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${name} at ${size.name} px, ${scheme}: the page is ${overflow}px wider than the screen`);
          if (name === 'graph') {
            // The text alternative, opened, is checked too.
            await page.locator('.graph-table summary').click();
            await page.locator('.link-table tbody tr').first().waitFor();
          }
          for (const line of await violations(page)) problems.push(`${name} at ${size.name} px, ${scheme}: ${line}`);
        }
      }
    }
    assert.deepEqual(problems, [], `axe-core found violations:\n${problems.join('\n')}`);
    assertNoConsoleErrors(session);
    assertNoForeignRequests(session);
  } finally {
    await session.close();
  }
});

test('axe-core finds no violation in the widgets of the embed page', TIMEOUT, async () => {
  const problems = [];
  for (const size of SIZES) {
    const session = await suite.open('/demo/embed.html', { setup: withAxe, viewport: size.viewport });
    const { page } = session;
    try {
      await waitForWidgets(session);
      for (const view of ['search', 'overview', 'graph', 'timeline', 'entity']) {
        await page.locator('#explorer').evaluate((element, v) => {
          element.view = v;
          if (v === 'entity') element.entity = 'serikzhan-bilash';
        }, view);
        await waitForWidgetView(page, '#explorer', new RegExp(`view=${view}`));
        if (view === 'overview') await page.locator('#explorer .small-graph-canvas svg').waitFor();
        if (view === 'graph') await page.locator('#explorer svg.graph .node-link').first().waitFor();
        for (const line of await violations(page)) problems.push(`widget ${view} at ${size.name} px: ${line}`);
        await screenshot(page, `views/widget-${view}-${size.name}.png`);
      }
      assertNoConsoleErrors(session);
      assertNoForeignRequests(session);
    } finally {
      await session.close();
    }
  }
  assert.deepEqual(problems, [], `axe-core found violations:\n${problems.join('\n')}`);
});
