// Shared helpers for the browser tests: start the static server, drive Debian's Chromium through
// playwright-core, record what a page logs and requests, and assert that it stayed clean.
//
// Each test file starts one suite and closes it:
//
//   import { before, after, test } from 'node:test';
//   import { startSuite, waitForReady, assertNoConsoleErrors, assertNoForeignRequests, screenshot } from './harness.mjs';
//
//   let suite;
//   before(async () => { suite = await startSuite(); });
//   after(async () => { await suite?.close(); });
//
//   test('filters narrow results by outlet', async () => {
//     const session = await suite.open('/?q=Akitkhan');
//     await waitForReady(session);
//     // ... drive session.page ...
//     assertNoConsoleErrors(session);
//     assertNoForeignRequests(session);
//     await session.close();
//   });
//
// Environment overrides: CORPUS_EXPLORER_BIN (server binary, default target/release/corpus-explorer),
// CHROMIUM_PATH (default /usr/bin/chromium), HEADED=1 (show the browser window, needs a display).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_DIR = path.join(ROOT, 'tests', 'screenshots');
export const SERVER_BIN = process.env.CORPUS_EXPLORER_BIN ?? path.join(ROOT, 'target', 'release', 'corpus-explorer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium as root on a machine without internet (see DESIGN.md, "Machine recipes"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a page may take to reach data-state="ready". */
export const READY_TIMEOUT_MS = 20_000;

/**
 * Starts `corpus-explorer serve --dir <dir> --port 0 [...args]` and reads the port it prints.
 * @returns {Promise<{origin: string, port: number, url: (p?: string) => string, output: () => string, close: () => Promise<void>}>}
 */
export async function startServer({ dir = 'www', bin = SERVER_BIN, args = [], timeoutMs = 10_000 } = {}) {
  if (!existsSync(bin)) {
    throw new Error(`server binary not found: ${bin} (run ./build.sh first)`);
  }
  const child = spawn(bin, ['serve', '--dir', dir, '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { output += chunk; });

  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`server printed no URL within ${timeoutMs} ms`)), timeoutMs);
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- server output ---\n${output}`));
    }
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`server exited early (code ${code}, signal ${signal})`)));
  });

  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (urlPath = '/') => new URL(urlPath, origin).href,
    output: () => output,
    async close() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Launches headless Chromium. Playwright gives every launch a fresh, throw-away --user-data-dir in
 * the system tmp dir (it refuses one passed in args), and every session gets its own context.
 */
export async function launchBrowser({ headless = process.env.HEADED !== '1' } = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (./build.sh test installs Debian's chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless });
}

/**
 * Opens `urlPath` in a fresh browser context and records what happens on the page.
 *
 * The session has: page, context, consoleMessages [{type, text, location}], pageErrors [Error],
 * requests [url], responses [{url, status, contentType}], failedRequests [{url, error}], close().
 * `setup(page, context)` runs before the page is opened (init scripts, routes, permissions);
 * `contextOptions` go to Playwright's browser.newContext (e.g. `{bypassCSP: true}`).
 */
export async function openPage(browser, server, urlPath = '/', { viewport = { width: 1280, height: 800 }, colorScheme = 'light', waitUntil = 'load', setup, contextOptions = {} } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, serviceWorkers: 'block', ...contextOptions });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const session = {
    page,
    context,
    origin: server.origin,
    consoleMessages: [],
    pageErrors: [],
    requests: [],
    responses: [],
    failedRequests: [],
    async close() { await context.close(); },
  };
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') {
      const { url, lineNumber } = message.location();
      session.consoleMessages.push({ type, text: message.text(), location: url ? `${url}:${lineNumber}` : '' });
    }
  });
  page.on('pageerror', (error) => session.pageErrors.push(error));
  page.on('request', (request) => session.requests.push(request.url()));
  page.on('response', (response) => session.responses.push({
    url: response.url(),
    status: response.status(),
    contentType: response.headers()['content-type'] ?? '',
  }));
  page.on('requestfailed', (request) => session.failedRequests.push({
    url: request.url(),
    error: request.failure()?.errorText ?? 'failed',
  }));
  if (setup) await setup(page, context);
  await page.goto(server.url(urlPath), { waitUntil });
  return session;
}

/** Starts a server and a browser for one test file; `open(path)` gives a recorded page session. */
export async function startSuite({ dir = 'www' } = {}) {
  const server = await startServer({ dir });
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    origin: server.origin,
    open: (urlPath = '/', options) => openPage(browser, server, urlPath, options),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until the page contract says ready: `<main id="app" data-state="ready">` (or any
 * `[data-ready="true"]`). Fails at once, with what the page logged, on data-state="error".
 */
export async function waitForReady(session, { timeout = READY_TIMEOUT_MS } = {}) {
  const { page } = session;
  let state;
  try {
    const handle = await page.waitForFunction(() => {
      const app = document.querySelector('#app');
      const state = app?.getAttribute('data-state');
      if (state === 'ready' || document.querySelector('[data-ready="true"]')) return 'ready';
      if (state === 'error') return `error: ${app.textContent.trim().slice(0, 500)}`;
      return false;
    }, null, { timeout, polling: 50 });
    state = await handle.jsonValue();
  } catch (error) {
    const current = await page.evaluate(() => document.querySelector('#app')?.getAttribute('data-state')).catch(() => undefined);
    throw new Error(`page did not become ready within ${timeout} ms (#app data-state=${current})\n${describe(session)}`, { cause: error });
  }
  if (state !== 'ready') {
    throw new Error(`page reported data-state="error" (${state})\n${describe(session)}`);
  }
}

/** Asserts the console stayed empty: no errors, no uncaught exceptions, and (unless allowed) no warnings. */
export function assertNoConsoleErrors(session, { allowWarnings = false } = {}) {
  const messages = session.consoleMessages.filter((m) => m.type === 'error' || (!allowWarnings && m.type === 'warning'));
  const problems = [
    ...messages.map((m) => `console.${m.type}: ${m.text}${m.location ? ` (${m.location})` : ''}`),
    ...session.pageErrors.map((e) => `uncaught: ${e.stack ?? e.message ?? e}`),
  ];
  assert.deepEqual(problems, [], `the page logged problems:\n${problems.join('\n')}`);
}

/** Asserts every request went to the server's own origin (data: and blob: URLs are fine). */
export function assertNoForeignRequests(session) {
  const foreign = session.requests.filter((url) => !isSameOrigin(url, session.origin));
  assert.deepEqual(foreign, [], `the page requested other origins:\n${foreign.join('\n')}`);
}

export function isSameOrigin(url, origin) {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Saves a full-page PNG as tests/screenshots/<name> (git-ignored) and returns its path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

function describe(session) {
  const lines = [
    ...session.consoleMessages.map((m) => `console.${m.type}: ${m.text}`),
    ...session.pageErrors.map((e) => `uncaught: ${e.message ?? e}`),
    ...session.failedRequests.map((r) => `request failed: ${r.url} (${r.error})`),
    ...session.responses.filter((r) => r.status >= 400).map((r) => `HTTP ${r.status}: ${r.url}`),
  ];
  return lines.length ? lines.join('\n') : '(the page logged nothing)';
}

/** Waits until the hash matches `pattern` and the page has drawn the view for that hash (`#app[data-drawn]`). */
export async function waitForHash(page, pattern) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(decodeURIComponent(location.hash)) && document.getElementById('app')?.dataset.drawn === location.hash,
    pattern.source,
  );
}

/**
 * Waits until every `<corpus-explorer>` matching `selector` on the page is ready (its shadow root's #app has
 * data-state="ready"); fails at once when one reports data-state="error".
 */
export async function waitForWidgets(session, selector = 'corpus-explorer', { timeout = READY_TIMEOUT_MS } = {}) {
  const { page } = session;
  let state;
  try {
    const handle = await page.waitForFunction((sel) => {
      const widgets = [...document.querySelectorAll(sel)];
      if (!widgets.length) return false;
      const states = widgets.map((w) => w.shadowRoot?.getElementById('app')?.dataset.state);
      if (states.includes('error')) return 'error';
      return states.every((s) => s === 'ready') && 'ready';
    }, selector, { timeout, polling: 50 });
    state = await handle.jsonValue();
  } catch (error) {
    throw new Error(`widgets did not become ready within ${timeout} ms\n${describe(session)}`, { cause: error });
  }
  if (state !== 'ready') throw new Error(`a widget reported data-state="error"\n${describe(session)}`);
}

/** Waits until the widget `selector` has drawn a state matching `pattern` (its shadow #app[data-drawn], a "#view=…" key). */
export async function waitForWidgetView(page, selector, pattern) {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(decodeURIComponent(document.querySelector(sel)?.shadowRoot?.getElementById('app')?.dataset.drawn ?? '')),
    [selector, pattern.source],
  );
}
