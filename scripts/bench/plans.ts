// npm run bench:plans -- [--uri … | --start-local] [--out bench/out/plans.txt]
// PROFILEs every service query (server/db/queries/*.cypher) on the graph: for a typical node (median degree) and for
// the biggest hub, without a time window and with all of 2016 as one, and paths with and without order=chronological.
// Prints each plan with rows, db hits and Neo4j's time, and flags scans where an index seek fits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../../server/config.ts';
import { toDriverParams } from '../../server/db/database.ts';
import { cypher } from '../../server/db/queries.ts';
import { buildLuceneQuery } from '../../server/services/search-query.ts';
import { windowDays } from '../../server/services/time-window.ts';
import { projectRoot } from '../neo4j/paths.ts';
import { benchTarget } from './neo4j.ts';
import { driverFor } from '../neo4j/bolt.ts';
import { parseCli } from '../cli.ts';

const usage = 'usage: npm run bench:plans -- [--uri … | --start-local] [--out bench/out/plans.txt]';
const { values: args } = parseCli(usage, { uri: { type: 'string' }, 'start-local': { type: 'boolean', default: false }, out: { type: 'string' } });

const SCANS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
];

function render(plan: ProfiledPlan, depth = 0, lines: string[] = [], scans: string[] = []): { lines: string[]; scans: string[] } {
  const details = String((plan.arguments as Record<string, unknown>).Details ?? '');
  const op = plan.operatorType.replace(/@neo4j$/, '');
  lines.push(`${'  '.repeat(depth)}${op}${details ? ` ${details}` : ''}  [rows ${plan.rows}, db hits ${plan.dbHits}]`);
  if (SCANS.some((scan) => op.startsWith(scan))) scans.push(`${op} ${details}`);
  for (const child of plan.children) render(child, depth + 1, lines, scans);
  return { lines, scans };
}

async function profile(driver: Driver, name: string, query: string, params: Record<string, unknown>): Promise<string> {
  // Once to plan (PROFILE is a query text of its own) and warm up, once to measure.
  await driver.executeQuery(`PROFILE ${query}`, toDriverParams(params) as Record<string, unknown>, { routing: neo4j.routing.READ });
  const { summary } = await driver.executeQuery(`PROFILE ${query}`, toDriverParams(params) as Record<string, unknown>, { routing: neo4j.routing.READ });
  const ms = summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
  const { lines, scans } = render(summary.profile as ProfiledPlan);
  const total = (function sum(p: ProfiledPlan): number {
    return p.dbHits + p.children.reduce((s, c) => s + sum(c), 0);
  })(summary.profile as ProfiledPlan);
  const flag = scans.length ? `  SCAN: ${scans.join('; ')}` : '';
  return `### ${name}: ${ms} ms, ${total} db hits${flag}\n${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const target = await benchTarget({ uri: args.uri, startLocal: args['start-local'] });
  const driver = driverFor(target);
  try {
    const pick = async (query: string) => {
      const { records } = await driver.executeQuery(query, {}, { routing: neo4j.routing.READ });
      return { id: records[0]!.get('id') as string, degree: Number(records[0]!.get('degree')) };
    };
    const hub = await pick('MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree RETURN n.id AS id, degree ORDER BY degree DESC LIMIT 1');
    // The median degree of the generated graphs is 7.
    const typical = await pick('MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree WHERE degree = 7 RETURN n.id AS id, degree SKIP 1000 LIMIT 1');
    const other = await pick('MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree WHERE degree = 10 RETURN n.id AS id, degree SKIP 3000 LIMIT 1');
    const out: string[] = [`Plans on ${target.uri}: typical node ${typical.id} (degree ${typical.degree}), hub ${hub.id} (degree ${hub.degree}).\n`];
    const nodes = [
      ['typical', typical.id],
      ['hub', hub.id],
    ] as const;
    // The service passes the whole calendar when no window is asked for (server/services/time-window.ts).
    const noWindow = { windowFrom: windowDays({}).from, windowTo: windowDays({}).to, withRetracted: false };
    const year2016 = windowDays({ since: '2016', until: '2016' });
    const windows = [
      ['', noWindow],
      [', window 2016', { windowFrom: year2016.from, windowTo: year2016.to, withRetracted: false }],
    ] as const;
    out.push(
      await profile(driver, 'search "crimson cobra"', cypher('search'), {
        lucene: buildLuceneQuery('crimson cobra'),
        labels: [],
        limit: 10,
        candidates: 70,
        ...noWindow,
      }),
    );
    for (const [kind, id] of nodes) {
      out.push(await profile(driver, `node-details first page (${kind})`, cypher('node-details'), { id, limit: 100, offset: 0 }));
      for (const depth of [1, 2, 3])
        for (const [windowName, window] of windows)
          out.push(
            await profile(driver, `neighbourhood depth ${depth} limit 300 (${kind}${windowName})`, cypher('neighbourhood', { depth }), {
              id,
              limit: 300,
              labels: [],
              types: [],
              supernodeDegree: loadConfig().supernodeDegree,
              ...window,
            }),
          );
    }
    const middle = Math.floor(hub.degree / 2);
    out.push(await profile(driver, `node-details page at offset ${middle} (hub)`, cypher('node-details'), { id: hub.id, limit: 100, offset: middle }));
    out.push(await profile(driver, 'node-exists', cypher('node-exists'), { id: typical.id }));
    out.push(await profile(driver, 'sources-by-id', cypher('sources-by-id'), { ids: ['source-0', 'source-1', 'source-7'] }));
    const elementIds = (await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN elementId(n) AS e', { id: typical.id })).records.map((x) => x.get('e'));
    out.push(await profile(driver, 'nodes-by-element-id', cypher('nodes-by-element-id'), { ids: elementIds }));
    const pair = { from: typical.id, to: other.id, types: [], limit: 10, chronological: false, ...noWindow };
    const chronological = { ...pair, chronological: true };
    const slots = (maxHops: number) => ({ maxHops, arrowEnd: '-' as const });
    out.push(await profile(driver, `paths-shortest maxHops 4 (${pair.from} → ${pair.to})`, cypher('paths-shortest', slots(4)), pair));
    out.push(await profile(driver, 'paths-all-shortest maxHops 4', cypher('paths-all-shortest', slots(4)), pair));
    out.push(await profile(driver, 'paths-all maxHops 3', cypher('paths-all', slots(3)), pair));
    out.push(await profile(driver, 'paths-shortest maxHops 6', cypher('paths-shortest', slots(6)), pair));
    out.push(await profile(driver, 'paths-shortest maxHops 6, chronological', cypher('paths-shortest', slots(6)), chronological));
    out.push(await profile(driver, 'paths-all-shortest maxHops 6, chronological', cypher('paths-all-shortest', slots(6)), chronological));
    out.push(await profile(driver, 'schema-labels', cypher('schema-labels'), {}));
    out.push(await profile(driver, 'schema-types', cypher('schema-types'), {}));
    out.push(await profile(driver, 'schema-properties', cypher('schema-properties'), {}));
    const text = out.join('\n');
    console.log(text);
    const file = args.out ?? join(projectRoot, 'bench', 'out', `plans-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    console.log(`Wrote ${file}`);
  } finally {
    await driver.close();
    await target.release();
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
