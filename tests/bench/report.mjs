// Turns benchmark results into tables (engine × metric, ratio ours/peer), a verdict on the issue's targets, and docs/benchmarks.md.

const PEERS = ['minisearch', 'flexsearch', 'pagefind'];
const NAMES = { ours: 'ours (wasm)', minisearch: 'MiniSearch', flexsearch: 'FlexSearch', pagefind: 'Pagefind' };

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`);
const mb = (bytes) => (bytes == null ? '–' : `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`);
const ms = (value) => (value == null || Number.isNaN(value) ? '–' : value < 1 ? `${(value * 1000).toFixed(0)} µs` : value < 100 ? `${value.toFixed(1)} ms` : value < 10_000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(1)} s`);

/** The figures of one engine at one scale, as numbers. */
export function figures(result) {
  const times = result.queries.map((q) => q.ms);
  return {
    bytes: result.bytesGzip,
    ready: result.readyMs,
    wasmReady: result.wasmToReadyMs,
    first: result.firstResultMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    answered: result.queries.filter((q) => q.total > 0).length,
    memory: result.heapBytes + result.wasmBytes,
    rss: result.rssBytes,
    build: result.buildMs,
  };
}

const METRICS = [
  ['bytes', 'gzip bytes to first result', kb],
  ['ready', 'navigation → ready', ms],
  ['wasmReady', 'wasm arrived → ready', ms],
  ['first', 'navigation → first result', ms],
  ['p50', 'query p50', ms],
  ['p95', 'query p95', ms],
  ['memory', 'JS heap + wasm memory', mb],
  ['rss', 'renderer peak RSS', mb],
  ['build', 'index build (ours: compiler alone)', ms],
];

const ratio = (a, b) => (a == null || b == null || !b ? '–' : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`);

/** One markdown table for a scale: rows are metrics, columns engines, then ratios ours/peer. */
export function scaleTable(scale) {
  const f = Object.fromEntries(Object.entries(scale.engines).map(([name, r]) => [name, figures(r)]));
  const engines = ['ours', ...PEERS].filter((e) => f[e]);
  const peers = engines.filter((e) => e !== 'ours');
  const header = `| metric | ${engines.map((e) => NAMES[e]).join(' | ')} | ${peers.map((p) => `ours/${NAMES[p]}`).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(1 + engines.length + peers.length)}`;
  const rows = METRICS.map(([key, label, format]) => `| ${label} | ${engines.map((e) => format(f[e][key])).join(' | ')} | ${peers.map((p) => ratio(f.ours?.[key], f[p][key])).join(' | ')} |`);
  rows.push(`| queries with a hit (of ${scale.engines.ours?.queries.length ?? '?'}) | ${engines.map((e) => f[e].answered).join(' | ')} | ${peers.map(() => '').join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** The issue's targets, each {text, met} from the figures. */
export function verdicts(scales) {
  const out = [];
  const one = scales.find((s) => s.scale === 1);
  if (one?.engines.ours) {
    const ours = one.engines.ours;
    out.push({ met: ours.bytesGzip <= 150 * 1024, text: `×1: whole first load ${kb(ours.bytesGzip)} gzip (target ≤ 150 KB; wasm ${kb(ours.wasmGzip)} of it)` });
    out.push({ met: ours.wasmToReadyMs <= 50, text: `×1: ready ${ms(ours.wasmToReadyMs)} after the wasm arrived (target ≤ 50 ms)` });
  }
  for (const s of scales) {
    const f = Object.fromEntries(Object.entries(s.engines).map(([name, r]) => [name, figures(r)]));
    if (f.ours && f.minisearch) out.push({ met: f.ours.p50 <= f.minisearch.p50 / 2, text: `×${s.scale}: query p50 ${ms(f.ours.p50)} vs MiniSearch ${ms(f.minisearch.p50)} (target ≤ half: ${ms(f.minisearch.p50 / 2)}; ratio ${ratio(f.ours.p50, f.minisearch.p50)})` });
    if (f.ours && f.flexsearch) out.push({ met: f.ours.p50 < f.flexsearch.p50, text: `×${s.scale}: query p50 ${ms(f.ours.p50)} vs FlexSearch ${ms(f.flexsearch.p50)} (target below; ratio ${ratio(f.ours.p50, f.flexsearch.p50)})` });
  }
  const big = scales.find((s) => s.scale === Math.max(...scales.map((x) => x.scale)));
  if (big && big.scale > 1 && big.build) out.push({ met: big.build.buildMs < 60_000, text: `×${big.scale}: build ${ms(big.build.buildMs)} (compiler alone ${ms(big.build.compileMs)}; target < 1 min)` });
  if (one?.engines.ours && big && big.scale > 1 && big.engines.ours) {
    const growth = big.engines.ours.wasmToReadyMs / one.engines.ours.wasmToReadyMs;
    const corpus = big.build.corpusBytes / one.build.corpusBytes;
    out.push({ met: growth <= corpus, text: `start-up (wasm arrived → ready) grew ${growth.toFixed(1)}× from ×1 to ×${big.scale} while the corpus grew ${corpus.toFixed(0)}× (target: not faster than the corpus)` });
  }
  return out;
}

/** Build and size facts per scale. */
export function buildTable(scales) {
  const rows = scales.map((s) => `| ×${s.scale} | ${s.build.documents} | ${s.build.passages} | ${mb(s.build.corpusBytes)} | ${mb(s.build.blobBytes)} | ${mb(s.build.wasmBytes)} / ${mb(s.build.wasmGzip)} | ${ms(s.build.compileMs)} | ${ms(s.build.buildMs)} | ${ms(s.build.pagefindMs)} |`);
  return ['| scale | documents | passages | cleaned text | blob | wasm raw / gzip | our compiler alone | our wasm build (cargo + bindgen + wasm-opt) | Pagefind index |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function textReport(run) {
  const lines = [`corpus-explorer benchmark — ${run.date} — ${run.machine}`, '', buildTable(run.scales), ''];
  for (const s of run.scales) lines.push(`×${s.scale}`, scaleTable(s), '');
  lines.push('targets:', ...verdicts(run.scales).map((v) => `  [${v.met ? 'met' : 'MISSED'}] ${v.text}`));
  return lines.join('\n');
}

export function markdown(run, method) {
  const parts = [
    '# Benchmarks',
    '',
    `Run by \`./build.sh bench\` on ${run.date}. Machine: ${run.machine}.`,
    '',
    '## Targets (issue 5)',
    '',
    ...verdicts(run.scales).map((v) => `- **${v.met ? 'met' : 'missed'}** — ${v.text}`),
    '',
    '## Corpora and builds',
    '',
    buildTable(run.scales),
    '',
  ];
  for (const s of run.scales) parts.push(`## ×${s.scale}`, '', scaleTable(s), '');
  parts.push(method);
  return parts.join('\n');
}
