// Feature tests of the <corpus-explorer> widget and of what a visitor meets first, in real Chromium under the strict
// CSP: embedding (page and widget), attributes both ways, events across the shadow boundary, two widgets on one page,
// zero CSP violations, a narrow screen, lazy view modules, errors with a retry, copy link and print.
// Playwright's locators pierce open shadow roots, so `page.locator('#explorer #view-title')` finds the widget's heading.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  assertNoConsoleErrors,
  assertNoForeignRequests,
  screenshot,
  startSuite,
  waitForHash,
  waitForReady,
  waitForWidgets,
  waitForWidgetView,
} from './harness.mjs';

const TIMEOUT = { timeout: 90_000 };
/** The policy `corpus-explorer serve` sends, as the issue states it (the server adds img-src 'self' data:). */
const POLICY = ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"];
/** View modules the first screen (the overview) must not fetch. */
const LATER_MODULES = ['graph.js', 'timeline.js', 'figures.js', 'path.js', 'reader.js', 'profile.js', 'entities.js', 'search.js'].map((file) => `explorer/views/${file}`).concat('explorer/entity-picker.js');

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

function assertClean(session) {
  assertNoConsoleErrors(session);
  assertNoForeignRequests(session);
}

/** Records securitypolicyviolation events (they are composed: shadow roots' reach the document) before any script runs. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    }, true);
  });
}

/** Records the widgets' events at the document, with the flags they arrived with. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.widgetEvents = [];
    for (const type of ['ce-search', 'ce-select-entity', 'ce-navigate']) {
      document.addEventListener(type, (event) => {
        window.widgetEvents.push({ type, target: event.target.id, bubbles: event.bubbles, composed: event.composed, detail: event.detail });
      });
    }
  });
}

async function openEmbed(options = {}) {
  const session = await suite.open('/demo/embed.html', options);
  await waitForWidgets(session);
  return session;
}

async function heading(page, widget) {
  return (await page.locator(`${widget} #view-title`).textContent()).trim();
}

test('the page and the widget both draw the overview from the same engine', TIMEOUT, async () => {
  const page = await suite.open('/');
  const widget = await suite.open('/demo/embed.html');
  try {
    await waitForReady(page);
    await waitForWidgets(widget);
    const pageTitles = await page.page.locator('.doc-list .doc-link').allTextContents();
    await widget.page.locator('#explorer').evaluate((element) => { element.view = 'overview'; });
    await waitForWidgetView(widget.page, '#explorer', /^#view=overview$/);
    const widgetTitles = await widget.page.locator('#explorer .doc-list .doc-link').allTextContents();
    assert.ok(pageTitles.length >= 2, `the page lists ${pageTitles.length} documents`);
    assert.deepEqual(widgetTitles, pageTitles, 'the widget lists the documents the page lists');
    for (const session of [page, widget]) {
      const root = session === page ? '' : '#explorer ';
      assert.ok((await session.page.locator(`${root}.top-entities .ranked a`).count()) >= 10, 'top names are listed');
      assert.match(await session.page.locator(`${root}.timeline-span`).textContent(), /\d+ dated events?, from .+ to .+\./);
      await session.page.locator(`${root}.small-graph-canvas svg.graph .node-link`).first().waitFor();
    }
    assertClean(page);
    assertClean(widget);
  } finally {
    await page.close();
    await widget.close();
  }
});

test('attributes steer the widget and the widget reflects the visitor\'s moves in its attributes', TIMEOUT, async () => {
  const session = await openEmbed();
  const { page } = session;
  try {
    // Set by the host page's markup: query="Akitkhan" opens a search, and `view` follows.
    assert.match(await heading(page, '#explorer'), /^Results for Akitkhan$/);
    assert.equal(await page.locator('#explorer').getAttribute('view'), 'search');

    // Host → widget: two attributes set together are applied once, together.
    await page.locator('#explorer').evaluate((element) => {
      element.setAttribute('view', 'graph');
      element.setAttribute('entity', 'qalida-akytkhan');
    });
    await waitForWidgetView(page, '#explorer', /view=graph&focus=qalida-akytkhan/);
    assert.match(await heading(page, '#explorer'), /^Graph around Qalida Akytkhan/);
    assert.equal(await page.locator('#explorer').getAttribute('query'), null, 'query is dropped when the view is no search');

    // A property is the attribute.
    await page.locator('#explorer').evaluate((element) => { element.query = 'camps'; });
    await waitForWidgetView(page, '#explorer', /view=search&q=camps/);
    assert.equal(await page.locator('#explorer').getAttribute('view'), 'search');

    // view="document" with doc opens the reader.
    const doc = await page.locator('#explorer .hit .doc-link').first().getAttribute('href');
    const docId = new URLSearchParams(doc.slice(1)).get('doc');
    await page.locator('#explorer').evaluate((element, id) => { element.setAttribute('view', 'document'); element.setAttribute('doc', id); }, docId);
    await waitForWidgetView(page, '#explorer', new RegExp(`view=doc&doc=${docId}`));
    await page.locator('#explorer .reader-body').waitFor();

    // Widget → host: a click inside moves the view, and the attributes follow; the host's URL does not move.
    await page.locator('#explorer .reader-body a.mention').first().click();
    await waitForWidgetView(page, '#explorer', /view=entity&entity=/);
    const entity = await page.locator('#explorer').getAttribute('entity');
    assert.ok(entity, 'the entity attribute names the profile on screen');
    assert.equal(await page.locator('#explorer').getAttribute('view'), 'entity');
    assert.equal(await page.locator('#explorer').getAttribute('doc'), null);
    assert.equal(await page.evaluate(() => location.hash), '', 'the host page\'s hash is untouched');

    // The widget's Back button returns to the article.
    await page.locator('#explorer .ce-back').click();
    await waitForWidgetView(page, '#explorer', /view=doc/);
    assert.equal(await page.locator('#explorer').getAttribute('view'), 'document');

    // theme and height.
    const colours = async () => page.locator('#explorer .ce-root').evaluate((root) => getComputedStyle(root).backgroundColor);
    const light = await colours();
    await page.locator('#explorer').evaluate((element) => { element.theme = 'dark'; });
    assert.notEqual(await colours(), light, 'theme="dark" changes the colours');
    await page.locator('#explorer').evaluate((element) => { element.height = '400'; });
    assert.equal(await page.locator('#explorer .ce-root').evaluate((root) => root.getBoundingClientRect().height), 400);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('events from inside the widget cross the shadow boundary to the host page', TIMEOUT, async () => {
  const session = await suite.open('/demo/embed.html', { setup: recordEvents });
  const { page } = session;
  try {
    await waitForWidgets(session);
    assert.deepEqual(await page.evaluate(() => window.widgetEvents), [], 'starting from attributes sends no event');

    await page.locator('#explorer #search-input').fill('Bilash');
    await page.locator('#explorer #search-input').press('Enter');
    await waitForWidgetView(page, '#explorer', /view=search&q=Bilash/);
    await page.locator('#explorer .matching-entities a').first().click();
    await waitForWidgetView(page, '#explorer', /view=entity/);

    const events = await page.evaluate(() => window.widgetEvents);
    for (const event of events) {
      assert.equal(event.target, 'explorer', 'at the document, the event comes from the widget element');
      assert.ok(event.bubbles && event.composed, `${event.type} is bubbling and composed`);
    }
    const search = events.find((e) => e.type === 'ce-search');
    assert.ok(search, `no ce-search among ${JSON.stringify(events)}`);
    assert.equal(search.detail.query, 'Bilash');
    assert.ok(search.detail.total > 0);
    const selected = events.find((e) => e.type === 'ce-select-entity');
    assert.ok(selected, 'no ce-select-entity');
    assert.match(selected.detail.name, /Bilash/);
    assert.equal(selected.detail.type, 'person');
    assert.equal(selected.detail.id, await page.locator('#explorer').getAttribute('entity'));
    const navigations = events.filter((e) => e.type === 'ce-navigate').map((e) => e.detail.view);
    assert.deepEqual(navigations, ['search', 'entity']);
    // The host page's own log shows them (embed.js listens at the document too).
    assert.ok((await page.locator('#event-log li').count()) >= 4);

    // Attributes set by the host are not echoed back as events.
    const before = events.length;
    await page.locator('#explorer').evaluate((element) => { element.view = 'timeline'; });
    await waitForWidgetView(page, '#explorer', /view=timeline/);
    assert.equal((await page.evaluate(() => window.widgetEvents)).length, before);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('two widgets on one page share one wasm instance and do not interfere', TIMEOUT, async () => {
  const session = await openEmbed();
  const { page } = session;
  try {
    const wasm = session.requests.filter((url) => url.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `the wasm was fetched ${wasm.length} times`);
    assert.ok(await page.evaluate(() => {
      const [a, b] = document.querySelectorAll('corpus-explorer');
      return a.explorer !== null && a.explorer === b.explorer;
    }), 'both widgets hold the same Explorer');
    assert.equal(await page.evaluate(() => typeof document.getElementById('explorer').explorer.search), 'function');

    const profile = await heading(page, '#profile');
    assert.match(profile, /Qalida Akytkhan/);
    // Moving one widget leaves the other where it was; ids inside one shadow root do not clash with the other's.
    await page.locator('#explorer #section-links a[data-section="figures"]').click();
    await waitForWidgetView(page, '#explorer', /view=figures/);
    await page.locator('#profile #section-links a[data-section="graph"]').click();
    await waitForWidgetView(page, '#profile', /view=graph/);
    assert.equal(await heading(page, '#explorer'), 'Figures');
    assert.equal(await page.locator('#explorer').getAttribute('view'), 'figures');
    assert.equal(await page.locator('#profile').getAttribute('view'), 'graph');
    await page.locator('#profile').evaluate((element) => { element.entity = 'serikzhan-bilash'; });
    await waitForWidgetView(page, '#profile', /view=graph&focus=serikzhan-bilash/);
    assert.equal(await heading(page, '#explorer'), 'Figures');
    assert.equal(await page.evaluate(() => location.hash), '');

    // "/" focuses the search of the widget that has the focus, not the other one's.
    await page.locator('#profile #view-title').click();
    await page.keyboard.press('/');
    assert.equal(await page.locator('#profile').evaluate((element) => element.shadowRoot.activeElement?.id), 'search-input');
    assert.equal(await page.locator('#explorer').evaluate((element) => element.shadowRoot.activeElement?.id ?? null), null);

    // Loading the script again (another URL, so another module) keeps the first definition and breaks nothing.
    await page.evaluate(() => import('/widget.js?again'));
    await page.evaluate(() => document.querySelector('.story').append(Object.assign(document.createElement('corpus-explorer'), { id: 'third' })));
    await waitForWidgets(session, '#third');
    assert.equal(await heading(page, '#third'), 'Overview');
    assert.equal(session.requests.filter((url) => url.endsWith('.wasm')).length, 1, 'a third widget fetches no wasm');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the embed page runs under the strict CSP header with zero violations', TIMEOUT, async () => {
  const session = await suite.open('/demo/embed.html', { setup: recordViolations });
  const { page } = session;
  try {
    const response = session.responses.find((r) => new URL(r.url).pathname === '/demo/embed.html');
    assert.ok(response, 'embed.html was not fetched');
    const header = await page.evaluate(async () => (await fetch('/demo/embed.html', { method: 'HEAD' })).headers.get('content-security-policy'));
    for (const directive of POLICY) assert.ok(header.includes(directive), `the CSP header lacks ${directive}: ${header}`);
    await waitForWidgets(session);
    // Every kind of view, so every lazy module, style and SVG is loaded under the policy.
    for (const view of ['overview', 'graph', 'timeline', 'figures', 'path', 'entities']) {
      await page.locator('#explorer').evaluate((element, v) => { element.view = v; }, view);
      await waitForWidgetView(page, '#explorer', new RegExp(`view=${view}`));
    }
    await page.locator('#explorer').evaluate((element) => { element.view = 'overview'; });
    await page.locator('#explorer .small-graph-canvas svg').waitFor();
    await page.locator('#theme-toggle').click();
    await page.locator('#profile .profile-tools button').first().click();
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the page reported CSP violations');
    await screenshot(page, 'embed.png');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the widget fits a 360 px wide screen', TIMEOUT, async () => {
  const session = await suite.open('/demo/embed.html', { viewport: { width: 360, height: 740 } });
  const { page } = session;
  try {
    await waitForWidgets(session);
    for (const view of ['search', 'overview', 'graph', 'entity']) {
      await page.locator('#explorer').evaluate((element, v) => {
        element.view = v;
        if (v === 'entity') element.entity = 'qalida-akytkhan';
      }, view);
      await waitForWidgetView(page, '#explorer', new RegExp(`view=${view}`));
      const sizes = await page.evaluate(() => {
        const root = document.getElementById('explorer').shadowRoot.querySelector('.ce-root');
        return { page: document.documentElement.scrollWidth - window.innerWidth, widget: root.getBoundingClientRect().right - window.innerWidth, inside: root.scrollWidth - root.clientWidth };
      });
      assert.ok(sizes.page <= 0 && sizes.widget <= 0, `${view}: the page is ${sizes.page}px, the widget ${sizes.widget}px wider than the screen`);
      // The graph view's drawing scrolls sideways in its own box; nothing else may widen the widget.
      assert.ok(sizes.inside <= 0, `${view}: the widget's content is ${sizes.inside}px wider than the widget`);
    }
    await page.locator('#explorer').evaluate((element) => { element.view = 'overview'; });
    await waitForWidgetView(page, '#explorer', /view=overview/);
    await page.locator('#explorer .small-graph-canvas svg').waitFor();
    await page.locator('#explorer').screenshot({ path: `${(await import('./harness.mjs')).SCREENSHOT_DIR}/widget-360.png` });
    await screenshot(page, 'embed-360.png');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the first screen fetches only the modules it draws', TIMEOUT, async () => {
  const session = await suite.open('/');
  const { page } = session;
  try {
    await waitForReady(session);
    await page.locator('.small-graph-canvas svg').waitFor();
    const fetched = (name) => session.requests.some((url) => new URL(url).pathname === `/${name}`);
    assert.ok(fetched('explorer/views/overview.js'));
    for (const name of LATER_MODULES) assert.ok(!fetched(name), `the overview fetched ${name}`);
    // Focusing the search box fetches what a search needs; the graph's module comes with the graph.
    await page.keyboard.press('/');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/explorer/views/search.js')));
    await page.locator('#section-links a[data-section="graph"]').click();
    await waitForHash(page, /view=graph/);
    await page.locator('svg.graph .node-link').first().waitFor();
    assert.ok(fetched('explorer/views/graph.js'));
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a slow view shows progress while it is drawn', TIMEOUT, async () => {
  const session = await suite.open('/#view=graph');
  const { page } = session;
  try {
    await waitForReady(session);
    await page.locator('svg.graph .node-link').first().waitFor();
    // 150 names take the engine a few hundred milliseconds: "Drawing the graph…" is put up (and painted) first.
    // It stays on screen while the engine works, but the DOM holds it for one frame only: a MutationObserver sees it.
    await page.evaluate(() => {
      window.busySeen = [];
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.classList?.contains('busy')) window.busySeen.push(`${node.getAttribute('role')}: ${node.textContent}`);
          }
        }
      }).observe(document.getElementById('view'), { childList: true });
    });
    await page.locator('select[name="size"]').selectOption('150');
    await waitForHash(page, /size=150/);
    assert.deepEqual(await page.evaluate(() => window.busySeen), ['status: Drawing the graph…']);
    assert.equal(await page.locator('svg.graph .node-link').count(), 150);
    assert.equal(await page.locator('#view').getAttribute('aria-busy'), null);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a failed start says so in place, and Retry starts the explorer', TIMEOUT, async () => {
  let refuse = true;
  const failFirst = async (page) => {
    await page.route('**/pkg/corpus_explorer_bg.wasm', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
  };
  for (const [path, root] of [['/', ''], ['/demo/embed.html', '#profile ']]) {
    refuse = true;
    const session = await suite.open(path, { setup: failFirst });
    const { page } = session;
    try {
      await page.locator(`${root}#error`).waitFor();
      assert.match(await page.locator(`${root}#error-message`).textContent(), /^The explorer could not start: /);
      assert.equal(await page.locator(`${root}#app`).getAttribute('data-state'), 'error');
      refuse = false;
      await page.locator(`${root}#retry`).click();
      if (root) await waitForWidgets(session, '#profile');
      else await waitForReady(session);
      assert.ok((await page.locator(`${root}#view-title`).textContent()).length > 0, 'nothing drawn after Retry');
      // The only console errors are the refused fetch's own.
      const others = session.consoleMessages.filter((m) => !/ERR_CONNECTION_REFUSED|Failed to load resource|Failed to fetch/.test(m.text));
      assert.deepEqual(others, []);
      assertNoForeignRequests(session);
    } finally {
      await session.close();
    }
  }
});

test('a profile copies its link and prints with its evidence', TIMEOUT, async () => {
  const session = await suite.open('/#view=entity&entity=qalida-akytkhan', {
    setup: (page, context) => context.grantPermissions(['clipboard-read', 'clipboard-write']),
  });
  const { page } = session;
  try {
    await waitForReady(session);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.tool-status').filter({ hasText: 'Link copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.evaluate(() => location.href));

    // On paper: no navigation or filters, every folded evidence list open, the link the profile came from.
    const closed = await page.locator('.relations details.evidence:not([open])').count();
    assert.ok(closed > 0, 'the profile has no folded evidence to open');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const selector of ['.site-header', '.filters', '.profile-actions', '.profile-tools']) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is printed`);
    }
    assert.equal(await page.locator('.relations details.evidence:not([open])').count(), 0, 'some evidence stays folded in print');
    assert.ok(await page.locator('.print-source').isVisible());
    assert.match(await page.locator('.print-source').textContent(), /#view=entity&entity=qalida-akytkhan/);
    const evidence = page.locator('.relations .evidence .passage');
    assert.ok((await evidence.count()) > closed);
    assert.ok(await evidence.last().isVisible(), 'the last evidence sentence is not printed');
    await screenshot(page, 'profile-print.png');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('.relations details.evidence:not([open])').count(), closed, 'evidence folds again after printing');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the widget is keyboard complete: slash, arrows through suggestions, Escape, Enter', TIMEOUT, async () => {
  const session = await openEmbed();
  const { page } = session;
  try {
    await page.locator('#explorer #view-title').click();
    await page.keyboard.press('/');
    await page.keyboard.type('Sauytbay', { delay: 20 });
    const options = page.locator('#explorer #search-suggestions [role="option"]');
    await options.first().waitFor();
    const input = page.locator('#explorer #search-input');
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    assert.equal(await input.getAttribute('aria-activedescendant'), 'suggestion-0');
    await page.keyboard.press('Escape');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForWidgetView(page, '#explorer', /view=entity&entity=/);
    assert.match(await heading(page, '#explorer'), /Sauytbay/);
    // Focus moved to the new view's heading, inside the widget.
    assert.equal(await page.locator('#explorer').evaluate((element) => element.shadowRoot.activeElement?.id), 'view-title');
    // A visible focus ring on the next control.
    await page.keyboard.press('Tab');
    const outline = await page.locator('#explorer').evaluate((element) => getComputedStyle(element.shadowRoot.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    assertClean(session);
  } finally {
    await session.close();
  }
});
