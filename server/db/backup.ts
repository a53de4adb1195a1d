// Backup and restore of everything the database holds that a fresh start would not bring back: the evidence graph
// (seed, imports and analysts' claims alike, so a restore does not depend on the seed files of the day), accounts with
// their password and token hashes (never a secret in clear), and the audit chain. Sessions are left out: after a
// restore everyone signs in again. The file is JSON lines: a header, one line per node and relationship, and an end
// line with the counts, so a file cut short is refused before anything is written.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { accountConstraints } from './account-store.ts';
import { auditConstraints } from './audit-store.ts';
import { caseConstraints } from './case-store.ts';
import { toDriverParams } from './database.ts';
import { cypher } from './queries.ts';
import { seedDir } from './seed.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitStatements } from './statements.ts';

const BACKUP_FORMAT = 'dprk-graph-explorer-backup';
const BACKUP_VERSION = 1;
const BATCH = 1000;

interface Encoded {
  props: Record<string, unknown>;
  dates: Record<string, string>;
  datetimes: Record<string, string>;
}

type BackupLine =
  | { kind: 'header'; format: string; version: number; createdAt: string }
  | ({ kind: 'node'; labels: string[] } & Encoded)
  | ({ kind: 'relationship'; type: string; from: string; to: string } & Encoded)
  | { kind: 'end'; nodes: number; relationships: number };

export interface BackupCounts {
  nodes: number;
  relationships: number;
}

/** JSON carries strings, numbers, booleans and lists of them; dates and date-times go as text beside the others. */
function encode(props: Record<string, unknown>, where: string): Encoded {
  const encoded: Encoded = { props: {}, dates: {}, datetimes: {} };
  for (const [key, value] of Object.entries(props)) {
    if (neo4j.isDate(value)) encoded.dates[key] = value.toString();
    else if (neo4j.isDateTime(value)) encoded.datetimes[key] = value.toString();
    else encoded.props[key] = plainValue(value, `${where}.${key}`);
  }
  return encoded;
}

function plainValue(value: unknown, where: string): unknown {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) throw new Error(`${where} is an integer beyond 2^53, which the backup cannot carry`);
    return value.toNumber();
  }
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item, i) => plainValue(item, `${where}[${i}]`));
  throw new Error(`${where} holds a value of a type the backup cannot carry (${Object.prototype.toString.call(value)})`);
}

/** Writes the backup to `out`, one JSON line at a time (the graph is never held in memory whole). */
export async function writeBackup(driver: Driver, out: Writable, database?: string): Promise<BackupCounts> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const write = async (line: BackupLine) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const counts = { nodes: 0, relationships: 0 };
  try {
    const tx = session.beginTransaction();
    await write({ kind: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString() });
    const head = (await tx.run(cypher('backup-head'))).records[0]!;
    const headSeq = head.get('seq') === null ? 0 : Number(head.get('seq'));
    for await (const record of tx.run(cypher('backup-nodes'), { headSeq: neo4j.int(headSeq) })) {
      await write({ kind: 'node', labels: record.get('labels') as string[], ...encode(record.get('props') as Record<string, unknown>, 'a node') });
      counts.nodes += 1;
    }
    if (headSeq > 0) {
      await write({ kind: 'node', labels: ['AuditHead'], props: { id: head.get('id'), seq: headSeq, hash: head.get('hash') }, dates: {}, datetimes: {} });
      counts.nodes += 1;
    }
    for await (const record of tx.run(cypher('backup-relationships'))) {
      const [from, to, type] = [record.get('from'), record.get('to'), record.get('type') as string];
      if (typeof from !== 'string' || typeof to !== 'string') throw new Error(`a ${type} relationship joins a node without an id; the backup names ends by id`);
      await write({ kind: 'relationship', type, from, to, ...encode(record.get('props') as Record<string, unknown>, `a ${type} relationship`) });
      counts.relationships += 1;
    }
    await tx.commit();
    await write({ kind: 'end', ...counts });
    return counts;
  } finally {
    await session.close();
  }
}

/** A line of a backup, checked; the message says which line and what is wrong. */
function parseLine(text: string, number: number): BackupLine {
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    throw new Error(`line ${number} is not JSON`);
  }
  const kind = (line as { kind?: unknown } | null)?.kind;
  const l = line as Record<string, unknown>;
  const isMap = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const encodedOk = isMap(l.props) && isMap(l.dates) && isMap(l.datetimes);
  const ok =
    (kind === 'header' && l.format === BACKUP_FORMAT && l.version === BACKUP_VERSION) ||
    (kind === 'node' && Array.isArray(l.labels) && l.labels.length > 0 && l.labels.every((x) => typeof x === 'string' && /^\w+$/.test(x)) && encodedOk) ||
    (kind === 'relationship' && typeof l.type === 'string' && /^\w+$/.test(l.type) && typeof l.from === 'string' && typeof l.to === 'string' && encodedOk) ||
    (kind === 'end' && Number.isInteger(l.nodes) && Number.isInteger(l.relationships));
  if (!ok)
    throw new Error(
      number === 1 && kind !== 'header'
        ? `line 1 is not the header of a ${BACKUP_FORMAT} file`
        : `line ${number} is not a valid ${String(kind ?? 'backup')} line`,
    );
  return line as BackupLine;
}

/**
 * Checks a whole backup before writing any of it: the header first, every line well-formed, and the end line's counts
 * matching the lines, so that a file cut short or edited by hand is refused with nothing written.
 */
async function checkBackup(lines: () => AsyncIterable<string>): Promise<BackupCounts> {
  const seen = { nodes: 0, relationships: 0 };
  let number = 0;
  let end: BackupCounts | undefined;
  for await (const text of lines()) {
    number += 1;
    if (!text.trim()) continue;
    if (end) throw new Error(`line ${number} comes after the end line`);
    const line = parseLine(text, number);
    if (number === 1 && line.kind !== 'header') throw new Error(`line 1 is not the header of a ${BACKUP_FORMAT} file`);
    if (number > 1 && line.kind === 'header') throw new Error(`line ${number} is a second header`);
    if (line.kind === 'node') seen.nodes += 1;
    if (line.kind === 'relationship') seen.relationships += 1;
    if (line.kind === 'end') end = { nodes: line.nodes, relationships: line.relationships };
  }
  if (number === 0) throw new Error('the file is empty');
  if (!end) throw new Error('the file is cut short: it has no end line');
  if (end.nodes !== seen.nodes || end.relationships !== seen.relationships) {
    throw new Error(`the end line counts ${end.nodes} nodes and ${end.relationships} relationships, but the file has ${seen.nodes} and ${seen.relationships}`);
  }
  return seen;
}

/**
 * Restores a checked backup into an empty database, in batches. A failure half-way empties the database again, so it
 * is left as it was found: empty.
 */
export async function restoreBackup(driver: Driver, lines: () => AsyncIterable<string>, database?: string): Promise<BackupCounts> {
  const counts = await checkBackup(lines);
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database });
  const present = Number(records[0]!.get('nodes'));
  if (present > 0)
    throw new Error(`the database is not empty (${present} nodes): restore needs an empty one, such as a new server or one wiped with npm run seed -- --reset`);
  try {
    for (const statement of [...schemaStatements(), ...accountConstraints, ...auditConstraints, ...caseConstraints])
      await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
    await writeInBatches(driver, lines, 'node', 'restore-nodes', database);
    await writeInBatches(driver, lines, 'relationship', 'restore-relationships', database);
    return counts;
  } catch (error) {
    await driver.executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', {}, { database }).catch(() => undefined);
    throw error;
  }
}

function schemaStatements(): string[] {
  return splitStatements(readFileSync(join(seedDir, '00_schema.cypher'), 'utf8')).map((statement) => statement.text);
}

async function writeInBatches(
  driver: Driver,
  lines: () => AsyncIterable<string>,
  kind: 'node' | 'relationship',
  query: 'restore-nodes' | 'restore-relationships',
  database?: string,
) {
  let batch: unknown[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const { records } = await driver.executeQuery(cypher(query), { rows: toDriverParams(batch) }, { database });
    const created = Number(records[0]!.get('created'));
    if (created !== batch.length)
      throw new Error(`${batch.length - created} of a batch of ${kind}s could not be restored: a relationship names an end that is not in the backup`);
    batch = [];
  };
  for await (const text of lines()) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as BackupLine;
    if (line.kind !== kind) continue;
    const { kind: _, ...row } = line;
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}
