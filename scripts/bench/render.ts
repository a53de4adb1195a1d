// npm run bench:render -- [--sizes 500,2000,5000,10000] [--pan-ms 3000] [--no-fcose]
// Builds bench/render (a standalone page, not the product bundle) into bench/out/render, serves it on a free port,
// and in headless Chromium measures, per size, renderer (canvas, WebGL) and layout (precomputed positions, fcose):
// the time from data arrival to the first drawn frame, the frame rate while panning, and main-thread long tasks.
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { freePort } from '../neo4j/local-server.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { machine, table } from './stats.ts';
import type { RenderResult } from '../../bench/render/main.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000,10000' },
    'pan-ms': { type: 'string', default: '3000' },
    'no-fcose': { type: 'boolean', default: false },
    'fcose-max': { type: 'string', default: '10000' },
    out: { type: 'string' },
  },
});

type Result = RenderResult;

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

async function main(): Promise<void> {
  console.log('Building bench/render…');
  await build({ configFile: join(projectRoot, 'bench', 'render', 'vite.config.ts') });
  const port = await freePort();
  const server = await serve(port);
  const launch = () =>
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  let browser = await launch();
  const results: Result[] = [];
  const failures: { elements: number; renderer: string; layout: string; error: string }[] = [];
  try {
    const sizes = args.sizes.split(',').map(Number);
    // WebGL last: in headless Chromium with --disable-gpu (SwiftShader) its page can die, taking the browser along.
    const cases = [
      ...sizes.map((elements) => ({ elements, renderer: 'canvas', layout: 'preset' })),
      ...(args['no-fcose'] ? [] : sizes.filter((n) => n <= Number(args['fcose-max'])).map((elements) => ({ elements, renderer: 'canvas', layout: 'fcose' }))),
      // The canvas renderer with Cytoscape's viewport options: a cached texture while panning, edges and labels hidden.
      ...sizes.map((elements) => ({ elements, renderer: 'canvas-viewport', layout: 'preset' })),
      ...sizes.map((elements) => ({ elements, renderer: 'webgl', layout: 'preset' })),
    ];
    let webglBroken = false;
    for (const c of cases) {
      if (c.renderer === 'webgl' && webglBroken) {
        failures.push({ ...c, error: 'skipped: WebGL failed at a smaller size' });
        continue;
      }
      // A fresh page per case: no caches or garbage carried from the previous one.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      let result: Result;
      try {
        await page.goto(`http://127.0.0.1:${port}/index.html`);
        await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
        const run = page.evaluate((rc) => (window as unknown as { runBench(c: unknown): Promise<unknown> }).runBench(rc), { ...c, panMs: Number(args['pan-ms']) });
        const limit = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no result within ${CASE_TIMEOUT_MS / 1000} s`)), CASE_TIMEOUT_MS).unref());
        result = (await Promise.race([run, limit])) as Result;
      } catch (error) {
        // Seen with WebGL under --disable-gpu (SwiftShader): the page dies on the first WebGL frame.
        const message = (error as Error).message.split('\n')[0]!;
        failures.push({ ...c, error: message });
        if (c.renderer === 'webgl') webglBroken = true;
        console.log(`${String(c.elements).padStart(6)} elements, ${c.renderer.padEnd(6)} ${c.layout.padEnd(6)}: FAILED: ${message}`);
        await browser.close().catch(() => undefined);
        browser = await launch();
        continue;
      }
      results.push(result);
      console.log(
        `${String(c.elements).padStart(6)} elements, ${c.renderer.padEnd(6)} ${c.layout.padEnd(6)}: first frame ${result.firstFrameMs} ms, ` +
          `pan ${result.panFps} fps, long tasks while panning ${result.panLongTasks.count} (max ${result.panLongTasks.maxMs} ms)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const version = (await import('../../node_modules/cytoscape/package.json', { with: { type: 'json' } })).default.version;
  console.log(`\nRender benchmark: headless Chromium (--disable-gpu), 1280×800, cytoscape ${version}, the product's stylesheet; pan ${args['pan-ms']} ms.\n`);
  console.log(
    table(
      ['elements', 'nodes/edges', 'renderer', 'layout', 'first frame ms', 'layout ms', 'pan fps', 'long tasks (load) n / max ms', 'long tasks (pan) n / max ms'],
      results.map((r) => [
        String(r.elements),
        `${r.nodes}/${r.edges}`,
        r.renderer === 'webgl' && !r.webglAvailable ? 'webgl (unavailable)' : r.renderer,
        r.layout,
        String(r.firstFrameMs),
        String(r.layoutMs),
        String(r.panFps),
        `${r.longTasks.count} / ${r.longTasks.maxMs}`,
        `${r.panLongTasks.count} / ${r.panLongTasks.maxMs}`,
      ]),
    ),
  );
  const out = args.out ?? join(projectRoot, 'bench', 'out', `render-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ machine: machine(), cytoscape: version, panMs: Number(args['pan-ms']), results, failures }, null, 2));
  for (const f of failures) console.log(`failed: ${f.elements} elements, ${f.renderer}, ${f.layout}: ${f.error}`);
  console.log(`\nWrote ${out}`);
}

main().catch((error: Error) => {
  console.error(`error: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
