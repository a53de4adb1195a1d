// npm run bench:render -- [--sizes 500,2000,5000,10000] [--variants product,before,webgl,fcose,timeline] [--drag-ms 3000] [--out …]
// Builds bench/render (a standalone page, not the product bundle) into bench/out/render, serves it on a free port,
// and in headless Chromium measures, per size and variant: the time from data arrival to the first drawn frame, the
// frame rate while the graph is dragged with the mouse (Playwright's real pointer events, so Cytoscape's gesture
// paths run as they do for a person), and the time from a click on a node to its selection being drawn. The
// `timeline` variant draws the product's timeline panel instead, with `size` dated items, pans its axis, and selects
// nodes in it as the graph would.
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { freePort } from '../neo4j/local-server.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { machine, table } from './stats.ts';
import type { DragResult, LoadResult, RenderCase, TapResult } from '../../bench/render/main.ts';
import type { TimelineLoadResult, TimelinePanResult } from '../../bench/render/timeline.ts';
import { parseCli, usageError } from '../cli.ts';

const usage = 'usage: npm run bench:render -- [--sizes 500,2000,5000,10000] [--variants product,before,webgl,fcose,timeline] [--drag-ms 3000] [--out FILE]';
const { values: args } = parseCli(usage, {
  sizes: { type: 'string', default: '500,2000,5000,10000' },
  variants: { type: 'string', default: 'product,before,webgl,fcose,timeline' },
  'drag-ms': { type: 'string', default: '3000' },
  out: { type: 'string' },
});

/** How the product draws: client/src/view as shipped, on the canvas renderer, with positions given. */
const PRODUCT: Omit<RenderCase, 'elements'> = { levelOfDetail: true, renderer: 'canvas', layout: 'preset' };

/** Each variant is the product with one thing changed. */
const VARIANTS: Record<string, Omit<RenderCase, 'elements'>> = {
  product: PRODUCT,
  // The product before large views had their own level of detail (client/src/view/level-of-detail.ts).
  before: { ...PRODUCT, levelOfDetail: false },
  webgl: { ...PRODUCT, renderer: 'webgl' },
  fcose: { ...PRODUCT, layout: 'fcose' },
};

interface Result extends RenderCase {
  variant: string;
  load: LoadResult;
  drag: DragResult;
  tap: TapResult;
}

/** The timeline panel (client/src/panels/timeline.ts) with `items` dated elements of a view. */
const TIMELINE = 'timeline';

interface TimelineResult {
  items: number;
  load: TimelineLoadResult;
  /** pointerMoves: how many moves the mouse made; the axis can move at most once per move. */
  pan: TimelinePanResult & { pointerMoves: number };
  /** A node selected as from the graph, to the frame that shows it (the median of five). */
  select: { selectMs: number; shown: boolean };
}

const CASE_TIMEOUT_MS = 180_000;
const outDir = join(projectRoot, 'bench', 'out', 'render');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.css': 'text/css' };

function serve(port: number) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(outDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise<typeof server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const launch = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    // No GPU here: WebGL runs on SwiftShader (software), which Chromium only allows with this flag.
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A person's drag: a pointer event every 8 ms or as soon as the page has taken the last one, along a loop. */
async function drag(page: Page, durationMs: number): Promise<DragResult> {
  const from = await page.evaluate(() => window.bench.dragStart());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 1; Date.now() - started < durationMs; step++) {
    await page.mouse.move(from.x + Math.sin(step / 15) * 150, from.y + Math.sin(step / 23) * 90);
    await wait(8);
  }
  await page.mouse.up();
  return page.evaluate(() => window.bench.dragStop());
}

/** Panning the timeline: the mouse held on the axis and moved left and right, a pointer event every 8 ms at most. */
async function pan(page: Page, durationMs: number): Promise<TimelinePanResult & { pointerMoves: number }> {
  const from = await page.evaluate(() => window.bench.timelinePanStart());
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = Date.now();
  let step = 1;
  for (; Date.now() - started < durationMs; step++) {
    await page.mouse.move(from.x + Math.sin(step / 15) * 300, from.y + Math.sin(step / 23) * 5);
    await wait(8);
  }
  await page.mouse.up();
  return { ...(await page.evaluate(() => window.bench.timelinePanStop())), pointerMoves: step - 1 };
}

async function tap(page: Page): Promise<TapResult> {
  const at = await page.evaluate(() => window.bench.tapStart());
  await page.mouse.click(at.x, at.y);
  return page.evaluate(() => window.bench.tapResult());
}

/** Runs one case on a fresh page: no caches or garbage carried from the previous one. */
async function onFreshPage<T>(browser: Browser, port: number, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    const limit = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no result within ${CASE_TIMEOUT_MS / 1000} s`)), CASE_TIMEOUT_MS).unref(),
    );
    return await Promise.race([measure(page), limit]);
  } finally {
    await page.close().catch(() => undefined);
  }
}

function runCase(browser: Browser, port: number, variant: string, c: RenderCase): Promise<Result> {
  return onFreshPage(browser, port, async (page) => {
    const load = await page.evaluate((rc) => window.bench.load(rc), c);
    const dragResult = await drag(page, Number(args['drag-ms']));
    return { ...c, variant, load, drag: dragResult, tap: await tap(page) };
  });
}

function runTimeline(browser: Browser, port: number, items: number): Promise<TimelineResult> {
  return onFreshPage(browser, port, async (page) => {
    const load = await page.evaluate((n) => window.bench.timelineLoad(n), items);
    const panned = await pan(page, Number(args['drag-ms']));
    return { items, load, pan: panned, select: await page.evaluate(() => window.bench.timelineSelect()) };
  });
}

async function main(): Promise<void> {
  const unknown = args.variants.split(',').filter((v) => !VARIANTS[v] && v !== TIMELINE);
  if (unknown.length) usageError(usage, `unknown variant(s) ${unknown.join(', ')}; known: ${[...Object.keys(VARIANTS), TIMELINE].join(', ')}`);
  console.log('Building bench/render…');
  await build({ configFile: join(projectRoot, 'bench', 'render', 'vite.config.ts') });
  const port = await freePort();
  const server = await serve(port);
  let browser = await launch();
  let chromiumVersion = '';
  const results: Result[] = [];
  const timelines: TimelineResult[] = [];
  const failures: { variant: string; elements: number; error: string }[] = [];
  try {
    for (const variant of args.variants.split(',')) {
      for (const elements of args.sizes.split(',').map(Number)) {
        try {
          if (variant === TIMELINE) {
            const t = await runTimeline(browser, port, elements);
            timelines.push(t);
            console.log(
              `${String(elements).padStart(6)} dated items, timeline: first frame ${t.load.firstFrameMs} ms, pan ${t.pan.fps} fps (worst gap ${t.pan.maxFrameGapMs} ms, axis moved in ${t.pan.movedFrames} of ${t.pan.frames} frames, ${t.pan.pointerMoves} pointer moves), select ${t.select.selectMs} ms`,
            );
            continue;
          }
          const r = await runCase(browser, port, variant, { ...VARIANTS[variant]!, elements });
          results.push(r);
          console.log(
            `${String(elements).padStart(6)} elements, ${variant.padEnd(8)}: first frame ${r.load.firstFrameMs} ms, drag ${r.drag.fps} fps ` +
              `(worst gap ${r.drag.maxFrameGapMs} ms), click to drawn selection ${r.tap.frameMs} ms`,
          );
        } catch (error) {
          const message = (error as Error).message.split('\n')[0]!;
          failures.push({ variant, elements, error: message });
          console.log(`${String(elements).padStart(6)} elements, ${variant.padEnd(8)}: FAILED: ${message}`);
          // A page that died may take the browser with it.
          await browser.close().catch(() => undefined);
          browser = await launch();
        }
      }
    }
  } finally {
    chromiumVersion = browser.version();
    await browser.close();
    server.close();
  }
  const version = (await import('../../node_modules/cytoscape/package.json', { with: { type: 'json' } })).default.version;
  if (results.length) {
    console.log(`\nRender benchmark: headless Chromium ${chromiumVersion}, 1280×800, cytoscape ${version}; drag ${args['drag-ms']} ms.\n`);
    console.log(
      table(
        [
          'elements',
          'variant',
          'renderer',
          'first frame ms',
          'settled ms',
          'layout + fit ms',
          'load long tasks n / max ms',
          'drag fps',
          'drag worst gap ms',
          'draw ms / frame',
          'drag long tasks n / max ms',
          'click → drawn ms',
        ],
        results.map((r) => [
          String(r.elements),
          r.variant,
          r.renderer === 'webgl' && !r.load.webgl ? 'webgl (fell back to canvas)' : r.renderer,
          String(r.load.firstFrameMs),
          String(r.load.settledMs),
          String(r.load.layoutMs),
          `${r.load.longTasks.count} / ${r.load.longTasks.maxMs}`,
          String(r.drag.fps),
          String(r.drag.maxFrameGapMs),
          String(r.drag.meanDrawMs),
          `${r.drag.longTasks.count} / ${r.drag.longTasks.maxMs}`,
          String(r.tap.frameMs),
        ]),
      ),
    );
  }
  if (timelines.length) {
    const visTimeline = (await import('../../node_modules/vis-timeline/package.json', { with: { type: 'json' } })).default.version;
    console.log(`\nTimeline (client/src/panels/timeline.ts, vis-timeline ${visTimeline}): first frame target < 1 s; pan ${args['drag-ms']} ms.\n`);
    console.log(
      table(
        [
          'dated items',
          'items drawn',
          'first frame ms',
          'load long tasks n / max ms',
          'pan fps',
          'frames with the axis moved / pointer moves',
          'pan worst gap ms',
          'pan long tasks n / max ms',
          'select ms (shown)',
        ],
        timelines.map((t) => [
          String(t.items),
          String(t.load.drawnItems),
          String(t.load.firstFrameMs),
          `${t.load.longTasks.count} / ${t.load.longTasks.maxMs}`,
          String(t.pan.fps),
          `${t.pan.movedFrames} of ${t.pan.frames} / ${t.pan.pointerMoves}`,
          String(t.pan.maxFrameGapMs),
          `${t.pan.longTasks.count} / ${t.pan.longTasks.maxMs}`,
          `${t.select.selectMs} (${t.select.shown ? 'yes' : 'NO'})`,
        ]),
      ),
    );
  }
  const out = args.out ?? join(projectRoot, 'bench', 'out', `render-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ machine: machine(), cytoscape: version, dragMs: Number(args['drag-ms']), results, timelines, failures }, null, 2));
  for (const f of failures) console.log(`failed: ${f.elements} elements, ${f.variant}: ${f.error}`);
  console.log(`\nWrote ${out}`);
}

main().catch((error: Error) => {
  console.error(`error: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
