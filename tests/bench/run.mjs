// Benchmark driver (`./build.sh bench`): per scale, make the corpus, build ours and the peers' data, measure all four engines in Chromium, report.
//
// Usage: node tests/bench/run.mjs [--scales 1,100,1000] [--reuse] [--report-only] [--load-runs N]
//   --reuse        keep corpora, builds and peer data already in target/bench/x<N>/ (rebuild only what is missing)
//   --report-only  print the table and rewrite docs/benchmarks.md from target/bench/x<N>/results.json
// Layout: target/bench/cargo (cargo artifacts, shared by scales), target/bench/x<N>/{corpus,www,data,results.json};
// the pages are served from target/bench/x<N>/ by `corpus-explorer serve --cross-origin-isolated` (ours at /www/,
// the peers' page copied to /peers/, their libraries to /lib/, their data in /data/).
// Heavy steps (cargo, the compiler, the generator, Pagefind) run under `nice -n 10`; the browser runs do not.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { markdown, median, textReport } from './report.mjs';
import { FIRST_QUERY, QUERIES } from './queries.mjs';
import { measureEngine } from './measure.mjs';
import { startBenchServer } from './site.mjs';
import { CHROMIUM_PATH } from '../browser/harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BENCH = path.join(ROOT, 'target', 'bench');
const CARGO_DIR = path.join(BENCH, 'cargo');
const CLI = path.join(CARGO_DIR, 'release', 'corpus-explorer');
const ENGINES = ['ours', 'minisearch', 'flexsearch', 'pagefind'];
// Wasm builds share one cargo target directory; Cargo.toml compiles build.rs (which runs the corpus compiler)
// at opt-level 3 and the wasm for size. See tests/bench/method.md.
const WASM_BUILD_ENV = { CARGO_TARGET_DIR: CARGO_DIR };

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const scales = option('scales', '1,100,1000').split(',').map(Number);
const reuse = args.includes('--reuse');
const reportOnly = args.includes('--report-only');
const loadRuns = Number(option('load-runs', 3));

const log = (message) => console.error(`==> ${message}`);
function run(command, commandArgs, { env = {}, capture = false } = {}) {
  const started = performance.now();
  const result = spawnSync('nice', ['-n', '10', command, ...commandArgs], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', capture ? 'pipe' : 2, 'inherit'], encoding: 'utf8', maxBuffer: 2 ** 30 });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${result.status})`);
  return { ms: performance.now() - started, stdout: result.stdout };
}
const dirBytes = (dir, filter = () => true) => readdirSync(dir).filter(filter).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Corpus, builds and peer data of one scale; returns the build facts (also saved as build.json). */
function prepareScale(scale) {
  const dir = path.join(BENCH, `x${scale}`);
  const corpus = path.join(dir, 'corpus');
  const saved = path.join(dir, 'build.json');
  if (reuse && existsSync(saved) && existsSync(path.join(dir, 'www', 'pkg')) && existsSync(path.join(dir, 'data', 'pagefind'))) return readJson(saved);
  mkdirSync(dir, { recursive: true });
  if (scale === 1) {
    log('×1: copying corpus/');
    cpSync(path.join(ROOT, 'corpus'), corpus, { recursive: true });
  } else {
    log(`×${scale}: generating the corpus (tests/bench/generate.mjs)`);
    run('node', ['tests/bench/generate.mjs', '--scale', String(scale), '--out', corpus, '--cli', CLI]);
  }
  log(`×${scale}: compiler alone (corpus-explorer compile)`);
  const compile = run(CLI, ['compile', '--corpus', corpus, '--out', path.join(dir, 'corpus.bin')]);
  log(`×${scale}: building the wasm page into ${dir}/www (build.sh --out)`);
  const build = run('./build.sh', ['build', '--out', dir, '--corpus', corpus], { env: WASM_BUILD_ENV });
  log(`×${scale}: peers' data (tests/bench/prepare.mjs: passages.json, Pagefind bundle)`);
  const prepared = JSON.parse(run('node', ['tests/bench/prepare.mjs', '--corpus', corpus, '--out', path.join(dir, 'data'), '--cli', CLI], { capture: true }).stdout);
  const passages = readJson(path.join(dir, 'data', 'passages.json'));
  const wasm = readFileSync(path.join(dir, 'www', 'pkg', 'corpus_explorer_bg.wasm'));
  const facts = {
    documents: prepared.documents,
    passages: prepared.passages,
    corpusBytes: passages.documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + Buffer.byteLength(s), 0), 0),
    captureBytes: dirBytes(corpus),
    blobBytes: statSync(path.join(dir, 'corpus.bin')).size,
    wasmBytes: wasm.length,
    wasmGzip: gzipSync(wasm, { level: 9 }).length,
    compileMs: compile.ms,
    buildMs: build.ms,
    pagefindMs: prepared.pagefindMs,
  };
  writeFileSync(saved, JSON.stringify(facts, null, 2));
  return facts;
}

/** Measures every engine at one scale; loads are repeated `loadRuns` times (median), queries run once. */
async function measureScale(scale, build) {
  const dir = path.join(BENCH, `x${scale}`);
  const server = await startBenchServer(dir, CLI);
  const q = encodeURIComponent(FIRST_QUERY);
  const urls = { ours: `/www/#view=search&q=${q}`, minisearch: `/peers/peer.html?engine=minisearch&q=${q}`, flexsearch: `/peers/peer.html?engine=flexsearch&q=${q}`, pagefind: `/peers/peer.html?engine=pagefind&q=${q}` };
  const engines = {};
  try {
    for (const engine of ENGINES) {
      const runs = scale >= 1000 ? 1 : loadRuns;
      const measured = [];
      for (let i = 0; i < runs; i += 1) {
        log(`×${scale}: ${engine} in Chromium (load ${i + 1}/${runs}${i === 0 ? `, ${QUERIES.length} queries` : ''})`);
        measured.push(await measureEngine({ engine, url: server.origin + urls[engine], queries: i === 0 ? QUERIES : [], root: dir }));
      }
      const result = { ...measured[0] };
      for (const key of ['readyMs', 'firstResultMs', 'wasmToReadyMs', 'indexMs']) result[key] = measured[0][key] == null ? null : median(measured.map((m) => m[key]));
      for (const key of ['heapBytes', 'rssBytes']) result[key] = Math.max(...measured.map((m) => m[key]));
      result.buildMs = engine === 'ours' ? build.compileMs : engine === 'pagefind' ? build.pagefindMs : result.indexMs;
      if (engine === 'ours') result.wasmGzip = build.wasmGzip;
      engines[engine] = result;
    }
  } finally {
    await server.close();
  }
  return engines;
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return `${os.availableParallelism()} cores (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, ${chromium}, Node ${process.version}`;
}

if (!reportOnly) {
  log('native CLI for the bench (cargo build --release --bin corpus-explorer into target/bench/cargo)');
  run('cargo', ['build', '--release', '--bin', 'corpus-explorer'], { env: { CARGO_TARGET_DIR: CARGO_DIR } });
  log('warming the wasm build (dependencies and build script, seed corpus), so each scale times only its own build');
  run('cargo', ['build', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '--lib'], { env: { ...WASM_BUILD_ENV, CORPUS_DIR: '' } });
}
const results = [];
for (const scale of scales) {
  const file = path.join(BENCH, `x${scale}`, 'results.json');
  if (reportOnly) {
    if (existsSync(file)) results.push(readJson(file));
    else log(`×${scale}: no results (${file}); skipped`);
    continue;
  }
  const build = prepareScale(scale);
  const engines = await measureScale(scale, build);
  const result = { scale, build, engines };
  writeFileSync(file, JSON.stringify(result, null, 2));
  results.push(result);
}
const report = { date: new Date().toISOString().slice(0, 10), machine: machine(), scales: results };
console.log(textReport(report));
const method = readFileSync(path.join(ROOT, 'tests', 'bench', 'method.md'), 'utf8');
writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), markdown(report, method));
log('wrote docs/benchmarks.md');
