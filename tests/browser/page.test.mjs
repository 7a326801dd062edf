// Feature tests of the explorer page in real Chromium: search box, search, profile, reader, filters, URL state.
// Entities are found through the UI (ids depend on extraction); each test asserts a quiet console and no foreign request.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  assertNoConsoleErrors,
  assertNoForeignRequests,
  screenshot,
  SCREENSHOT_DIR,
  startSuite,
  waitForReady,
  waitForHash,
} from './harness.mjs';

const QUERY = 'Akitkhan';
/** A word the search marked for QUERY: any romanization of the surname (Akitkhan, Akytkhan, Aqytqan…). */
const SURNAME = /^a[kq][iyı]t(kh|q|h|x)an/i;
const TIMEOUT = { timeout: 90_000 };

let suite;
before(async () => { suite = await startSuite(); });
after(async () => { await suite?.close(); });

async function openReady(urlPath, options) {
  const session = await suite.open(urlPath, options);
  await waitForReady(session);
  return session;
}

function assertClean(session) {
  assertNoConsoleErrors(session);
  assertNoForeignRequests(session);
}

async function heading(page) {
  return (await page.locator('#view-title').textContent()).trim();
}

/** The number the live region announces ("19 passages match …"). */
async function announcedCount(page) {
  const text = await page.locator('#status').textContent();
  const match = /^([\d,]+) /.exec(text.trim());
  assert.ok(match, `the live region does not start with a count: "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

async function hitTexts(page) {
  return page.locator('.hit .passage').allTextContents();
}

async function searchFor(page, query) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await waitForHash(page, /view=search/);
  await page.locator('.hit, .message').first().waitFor();
}

test('typing a name shows its suggestion', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', '"/" does not focus the search box');
    await page.keyboard.type(QUERY, { delay: 20 });
    const options = page.locator('#search-suggestions [role="option"]');
    await options.first().waitFor();
    // Suggestions follow each keystroke: wait for the list of the whole query, not of a prefix typed on the way.
    await page
      .waitForFunction(() => [...document.querySelectorAll('#search-suggestions [role="option"]')].some((o) => /ak[iy]tkhan/i.test(o.textContent) && /\(person · \d+ documents?\)/.test(o.textContent)), null, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.locator('#search-input').getAttribute('aria-expanded'), 'true');

    const labels = await options.allTextContents();
    const index = labels.findIndex((label) => /ak[iy]tkhan/i.test(label) && /\(person · \d+ documents?\)/.test(label));
    assert.ok(index >= 0, `no person suggestion like "Qalida Akytkhan (person · 3 documents)" among:\n${labels.join('\n')}`);
    await screenshot(page, 'suggestions.png');

    for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#search-input').getAttribute('aria-activedescendant'), `suggestion-${index}`);
    assert.equal(await options.nth(index).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await waitForHash(page, /view=entity&entity=/);
    await page.locator('.profile-header').waitFor();
    assert.match(await heading(page), /ak[iy]tkhan/i);

    // Escape closes the list again.
    await page.keyboard.press('/');
    await page.keyboard.type('Ak');
    await options.first().waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#search-input').getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#search-suggestions').isHidden(), true);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a search marks the matched words in every hit', TIMEOUT, async () => {
  const session = await openReady(`/#view=search&q=${QUERY}`);
  const { page } = session;
  try {
    assert.match(await heading(page), new RegExp(QUERY));
    await screenshot(page, 'search.png');
    const total = await announcedCount(page);
    assert.ok(total > 1, `"${QUERY}" found ${total} passages`);

    const documents = new Set();
    const notes = [];
    let seen = 0;
    for (let pageNumber = 1; ; pageNumber += 1) {
      const hits = page.locator('.hit');
      const count = await hits.count();
      assert.ok(count > 0, `page ${pageNumber} of the results shows no hit`);
      for (let i = 0; i < count; i += 1) {
        const hit = hits.nth(i);
        const marks = await hit.locator('.passage mark').allTextContents();
        const sentence = await hit.locator('.passage').textContent();
        assert.ok(marks.length > 0, `hit without a marked word: "${sentence}"`);
        for (const mark of marks) assert.match(mark, SURNAME, `hit marks "${mark}" in "${sentence}"`);
        const href = await hit.locator('.doc-link').getAttribute('href');
        documents.add(new URLSearchParams(href.slice(1)).get('doc'));
        notes.push(...(await hit.locator('.matched-note').allTextContents()));
      }
      seen += count;
      const next = page.locator('.pagination a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.first().click();
      await waitForHash(page, new RegExp(`page=${pageNumber + 1}`));
    }
    assert.equal(seen, total, 'the pages do not add up to the announced total');
    assert.ok(documents.size >= 2, `all hits come from ${documents.size} document(s)`);
    assert.ok(
      notes.some((note) => /matched .*ak[yı]tkhan/i.test(note)),
      `no hit says which variant spelling matched "${QUERY}"; notes: ${JSON.stringify(notes)}`,
    );
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('opening a profile shows aliases, role lines and mentions', TIMEOUT, async () => {
  const session = await openReady(`/#view=search&q=${QUERY}`);
  const { page } = session;
  try {
    const entity = page.locator('.matching-entities a').filter({ hasText: /ak[iy]tkhan/i }).first();
    await entity.click();
    await waitForHash(page, /view=entity&entity=/);
    assert.match(await heading(page), /ak[iy]tkhan/i);

    const aliases = page.locator('.profile-header .aliases');
    assert.match(await aliases.textContent(), /^Also spelled /);
    assert.ok((await aliases.locator('.alias').count()) >= 1, 'no spelling listed');
    assert.match(await page.locator('.profile-counts').textContent(), /\d+ mentions? in \d+ documents?/);

    // Role lines: each one is how the text describes the person, linked to the sentence that says it.
    const expected = await page.evaluate(async (id) => {
      const wasm = await import('/pkg/corpus_explorer.js');
      await wasm.default();
      return new wasm.Explorer().entity(id).roles.map((r) => r.text);
    }, new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('entity'));
    assert.ok(expected.length >= 1, 'the extractor gave this person no role line');
    assert.match(await page.locator('#roles-heading').textContent(), /Described as/);
    assert.deepEqual(await page.locator('.role-list .role-text').allTextContents(), expected);
    for (const href of await page.locator('.role-list a.in-article').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      assert.match(href, /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    }

    const mentions = page.locator('.mention-list li');
    const count = await mentions.count();
    assert.ok(count >= 2, `only ${count} mention(s) shown`);
    for (let i = 0; i < count; i += 1) {
      const mention = mentions.nth(i);
      assert.ok((await mention.locator('.passage mark').count()) >= 1, `mention ${i + 1} marks nothing`);
      assert.match(await mention.locator('a.in-article').getAttribute('href'), /view=doc&doc=[^&]+&offset=\d+&end=\d+/);
    }
    assert.ok((await page.locator('#relations-heading').count()) === 1, 'no "Related" section');
    await screenshot(page, 'profile.png');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('opening an article highlights its mentions', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    const firstDoc = page.locator('.doc-list .doc-link').first();
    const title = (await firstDoc.textContent()).trim();
    await firstDoc.click();
    await waitForHash(page, /view=doc&doc=/);
    assert.equal(await heading(page), title);
    assert.ok((await page.locator('.doc-facts dt').allTextContents()).includes('Outlet'));
    const mentions = page.locator('.reader-body a.mention');
    assert.ok((await mentions.count()) > 0, 'the article marks no entity mention');
    await screenshot(page, 'reader.png');

    // Opened from a hit, the article scrolls to the hit's sentence and marks it.
    await page.evaluate((q) => { location.hash = `#view=search&q=${q}`; }, QUERY);
    await page.locator('.hit').first().waitFor();
    const hit = page.locator('.hit').nth(Math.min(2, (await page.locator('.hit').count()) - 1));
    const sentence = (await hit.locator('.passage').textContent()).trim();
    await hit.locator('.doc-link').click();
    await waitForHash(page, /view=doc&doc=[^&]+&offset=\d+/);
    const target = page.locator('mark.target');
    assert.ok((await target.count()) > 0, 'nothing is highlighted at the offset');
    const marked = (await target.allTextContents()).join('').replace(/\s+/g, ' ').trim();
    assert.equal(marked, sentence.replace(/\s+/g, ' '));
    const inView = await target.first().evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the highlighted passage is not scrolled into view');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'reader-at-hit.png') }); // the viewport, as scrolled

    // A mention is a link to its profile.
    const mention = page.locator('.reader-body a.mention').first();
    const name = (await mention.getAttribute('title')).replace(/ \([a-z]+\)$/, '');
    await mention.click();
    await waitForHash(page, /view=entity&entity=/);
    await page.locator('.profile-header').waitFor();
    assert.ok((await heading(page)).startsWith(name), `"${await heading(page)}" is not the profile of ${name}`);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('an outlet filter narrows the results', TIMEOUT, async () => {
  const session = await openReady(`/#view=search&q=${QUERY}`);
  const { page } = session;
  try {
    const total = await announcedCount(page);
    const outlets = await page.locator('#filters input[name="outlet"]').evaluateAll((inputs) =>
      inputs.map((input) => ({
        id: input.id,
        value: input.value,
        count: Number(input.parentElement.querySelector('.facet-count')?.textContent ?? 0),
      })),
    );
    assert.ok(outlets.length >= 2, `the outlet facet lists ${JSON.stringify(outlets)}`);
    assert.equal(outlets.reduce((sum, o) => sum + o.count, 0), total, 'outlet counts do not add up to the total');
    const chosen = outlets.filter((o) => o.count > 0 && o.count < total).sort((a, b) => a.count - b.count)[0];
    assert.ok(chosen, 'no outlet narrows the results');

    await page.locator(`#${chosen.id}`).check();
    await waitForHash(page, /outlet=/);
    assert.equal(await announcedCount(page), chosen.count);
    const metas = await page.locator('.hit .doc-meta').allTextContents();
    assert.ok(metas.length > 0);
    for (const meta of metas) assert.ok(meta.startsWith(`${chosen.value} ·`), `"${meta}" is not from ${chosen.value}`);
    assert.equal(await page.locator(`#${chosen.id}`).isChecked(), true);
    await screenshot(page, 'search-filtered.png');

    // The same filter narrows the overview's documents.
    await page.locator('#section-links a[data-section="overview"]').click();
    await waitForHash(page, /view=overview.*outlet=/);
    await page.locator('.doc-list .doc-meta').first().waitFor();
    const docMetas = await page.locator('.doc-list .doc-meta').allTextContents();
    assert.ok(docMetas.length > 0);
    for (const meta of docMetas) assert.ok(meta.startsWith(`${chosen.value} ·`), `document "${meta}" is not from ${chosen.value}`);
    assert.equal(await page.locator(`#${chosen.id}`).isChecked(), true);
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('the static navigation of index.html lists the sections of the view registry', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    // index.html as served (before any script touches it) against what views/registry.js says.
    const { found, expected } = await page.evaluate(async () => {
      const html = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
      const { SECTIONS } = await import('/explorer/views/registry.js');
      const { toHash } = await import('/explorer/state.js');
      return {
        found: [...html.querySelectorAll('#section-links a')].map((a) => [a.dataset.section, a.getAttribute('href'), a.textContent.trim()]),
        expected: SECTIONS.map(({ key, label, view, types }) => [key, toHash({ view, types: types ?? [] }), label]),
      };
    });
    assert.ok(expected.length >= 8, `the registry has ${expected.length} sections`);
    assert.deepEqual(found, expected, 'index.html\'s section links differ from views/registry.js');
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('a deep link restores the same view after reload', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    await searchFor(page, QUERY);
    await page.locator('#filters input[name="year"]:not([value=""])').first().check();
    await waitForHash(page, /year=\d{4}/);
    const before = {
      hash: await page.evaluate(() => location.hash),
      heading: await heading(page),
      hits: await hitTexts(page),
      checked: await page.locator('#filters input:checked').evaluateAll((inputs) => inputs.map((i) => i.id)),
    };
    assert.ok(before.hits.length > 0);

    await page.reload();
    await waitForReady(session);
    assert.equal(await page.evaluate(() => location.hash), before.hash);
    assert.equal(await heading(page), before.heading);
    assert.deepEqual(await hitTexts(page), before.hits);
    assert.deepEqual(await page.locator('#filters input:checked').evaluateAll((inputs) => inputs.map((i) => i.id)), before.checked);
    assert.equal(await page.locator('#search-input').inputValue(), QUERY);

    // The same link in a fresh page shows the same view.
    const fresh = await openReady(`/${before.hash}`);
    try {
      assert.equal(await heading(fresh.page), before.heading);
      assert.deepEqual(await hitTexts(fresh.page), before.hits);
      assertClean(fresh);
    } finally {
      await fresh.close();
    }
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('back and forward restore the previous views', TIMEOUT, async () => {
  const session = await openReady('/');
  const { page } = session;
  try {
    const visited = [{ hash: /view=overview|^$/, heading: 'Overview' }];
    await searchFor(page, QUERY);
    visited.push({ hash: /view=search/, heading: await heading(page), hits: await hitTexts(page) });
    await page.locator('.matching-entities a').first().click();
    await waitForHash(page, /view=entity/);
    visited.push({ hash: /view=entity/, heading: await heading(page) });
    await page.locator('a.in-article').first().click();
    await waitForHash(page, /view=doc/);
    visited.push({ hash: /view=doc/, heading: await heading(page) });

    const expectView = async (step) => {
      await page.waitForFunction((source) => new RegExp(source).test(location.hash.slice(1)), step.hash.source);
      assert.equal(await heading(page), step.heading);
      if (step.hits) assert.deepEqual(await hitTexts(page), step.hits);
    };
    for (let i = visited.length - 2; i >= 0; i -= 1) {
      await page.goBack();
      await expectView(visited[i]);
    }
    for (let i = 1; i < visited.length; i += 1) {
      await page.goForward();
      await expectView(visited[i]);
    }
    assertClean(session);
  } finally {
    await session.close();
  }
});

test('every view fits a narrow screen in dark mode', TIMEOUT, async () => {
  const session = await openReady('/', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  const { page } = session;
  try {
    const views = [
      ['narrow-overview.png', '#view=overview'],
      ['narrow-search.png', `#view=search&q=${QUERY}`],
      ['narrow-people.png', '#view=entities&type=person'],
    ];
    for (const [name, hash] of views) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.locator('#view-title').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${hash} is ${overflow}px wider than the screen`);
      await screenshot(page, name);
    }
    await page.locator('.ranked a, .entity-table a.entity-link').first().click();
    await waitForHash(page, /view=entity/);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0);
    await screenshot(page, 'narrow-profile.png');
    assertClean(session);
  } finally {
    await session.close();
  }
});
