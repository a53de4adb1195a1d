// Reads the walkthrough files (cypher/walkthroughs/*.yaml) once, at start-up. Each file is parsed, checked against the
// format below and each step query against the console's lexical read-only guard. A broken file is reported by file
// (and step) and left out; the others still load. Neo4j's own plan check (EXPLAIN) happens when a step runs.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { WalkthroughLayout, type WalkthroughProblem } from '../../contract/api.ts';
import { NODE_ID_PATTERN, WALKTHROUGH_MAX_STEPS } from '../../contract/limits.ts';
import { checkConsoleQuery, codeOnly } from './cypher-guard.ts';

export const walkthroughsDir = resolve(import.meta.dirname, '..', '..', 'cypher', 'walkthroughs');

/** The node-id pattern without its anchors, to build the edge-id pattern from. */
const idPattern = NODE_ID_PATTERN.source.slice(1, -1);
const slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug of letters, digits and single dashes, such as lazarus-names');
const nodeId = z.string().max(200).regex(NODE_ID_PATTERN, 'must be a node id (the `id` property of a seeded node)');
/** A node id, or a seeded relationship's id: `source~TYPE~target`, with `~2`, `~3`… for further ones of a type. */
const nodeOrEdgeId = z
  .string()
  .max(500)
  .regex(new RegExp(`^${idPattern}(?:~[A-Za-z_][A-Za-z0-9_]*~${idPattern}(?:~\\d+)?)?$`), 'must be a node id or an edge id written source~TYPE~target');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const paramName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are letters, digits and underscores');

const WalkthroughStepFile = z.strictObject({
  title: text(120),
  narrative: text(4000),
  sources: z.array(nodeId).min(1, 'name at least one Source node id the step rests on'),
  query: text(20_000),
  params: z.record(paramName, z.unknown()).default({}),
  focus: z.array(nodeId).min(1, 'name at least one node id to focus'),
  highlight: z.array(nodeOrEdgeId).default([]),
  layout: WalkthroughLayout.optional(),
  /** The explorer view a step recorded in a case was taken from, as its URL query: playing it restores the time window. */
  view: z.string().max(16_000).optional(),
});

const WalkthroughFile = z.strictObject({
  id: slug,
  title: text(120),
  summary: text(1000),
  /** Where the walkthrough comes in the list (lower first); walkthroughs without one follow, by title. */
  order: z.number().int().min(0).max(10_000).optional(),
  steps: z
    .array(WalkthroughStepFile)
    .min(1, 'a walkthrough needs at least one step')
    .max(WALKTHROUGH_MAX_STEPS, `a walkthrough has at most ${WALKTHROUGH_MAX_STEPS} steps`),
});

export type WalkthroughStepSpec = z.infer<typeof WalkthroughStepFile>;
export type WalkthroughSpec = z.infer<typeof WalkthroughFile> & { file: string };

export interface LoadedWalkthroughs {
  walkthroughs: WalkthroughSpec[];
  problems: WalkthroughProblem[];
}

const maxFileBytes = 256 * 1024;

/** Every `.yaml`/`.yml` file in `dir`, in file-name order; the list is sorted by `order`, then title. */
export function loadWalkthroughs(dir: string = walkthroughsDir): LoadedWalkthroughs {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { walkthroughs: [], problems: [{ file: '.', message: `Cannot read the walkthroughs folder ${dir}: ${(error as Error).message}` }] };
  }
  const walkthroughs: WalkthroughSpec[] = [];
  const problems: WalkthroughProblem[] = [];
  const fileOfId = new Map<string, string>();
  for (const file of names) {
    let source: string;
    try {
      source = readFileSync(resolve(dir, file), 'utf8');
    } catch (error) {
      problems.push({ file, message: `Cannot read the file: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseWalkthrough(file, source);
    problems.push(...parsed.problems);
    if (!parsed.walkthrough) continue;
    const earlier = fileOfId.get(parsed.walkthrough.id);
    if (earlier) {
      problems.push({ file, message: `id: '${parsed.walkthrough.id}' is already the id of ${earlier}; each walkthrough needs its own id` });
      continue;
    }
    fileOfId.set(parsed.walkthrough.id, file);
    walkthroughs.push(parsed.walkthrough);
  }
  walkthroughs.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title));
  return { walkthroughs, problems };
}

/** One file's text: the walkthrough when it is sound, otherwise every problem found in it. */
export function parseWalkthrough(file: string, source: string): { walkthrough?: WalkthroughSpec; problems: WalkthroughProblem[] } {
  if (Buffer.byteLength(source) > maxFileBytes) return { problems: [{ file, message: `The file is larger than ${maxFileBytes / 1024} kB` }] };
  let data: unknown;
  try {
    data = parse(source, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    return { problems: [{ file, message: `Not valid YAML: ${(error as Error).message}` }] };
  }
  if (data === null || data === undefined) return { problems: [{ file, message: 'The file is empty' }] };
  return checkWalkthrough(file, data);
}

/** A walkthrough as data (a parsed file, or one written in a case), checked as the files are. */
export function checkWalkthrough(file: string, data: unknown): { walkthrough?: WalkthroughSpec; problems: WalkthroughProblem[] } {
  const problems = [...queryProblems(file, data)];
  const result = WalkthroughFile.safeParse(data, { error: (issue) => (issue.input === undefined ? 'is required' : undefined) });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(issueProblem(file, issue));
  }
  if (problems.length > 0 || !result.success) return { problems: dedupe(problems) };
  return { walkthrough: { ...result.data, file }, problems: [] };
}

/** Each step query (where one is written) through the console's guard, and its `$parameters` against `params`. */
function queryProblems(file: string, data: unknown): WalkthroughProblem[] {
  const steps = (data as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return [];
  const problems: WalkthroughProblem[] = [];
  steps.forEach((step: unknown, index) => {
    const { query, params } = (step ?? {}) as { query?: unknown; params?: unknown };
    if (typeof query !== 'string' || query.trim() === '') return;
    const at = { file, step: index + 1 };
    const verdict = checkConsoleQuery(query);
    if (!verdict.allowed) {
      problems.push({ ...at, message: `query: ${verdict.message}` });
      return;
    }
    const code = codeOnly(query);
    if (!/\bRETURN\b/i.test(code)) problems.push({ ...at, message: 'query: must RETURN the nodes, relationships or paths to draw' });
    const given = params && typeof params === 'object' ? Object.keys(params) : [];
    const used = new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!));
    for (const name of used) if (!given.includes(name)) problems.push({ ...at, message: `query: uses $${name} but params does not set ${name}` });
  });
  return problems;
}

function issueProblem(file: string, issue: z.core.$ZodIssue): WalkthroughProblem {
  const [first, index, ...rest] = issue.path;
  if (first === 'steps' && typeof index === 'number') {
    return { file, step: index + 1, message: rest.length > 0 ? `${rest.join('.')}: ${issue.message}` : issue.message };
  }
  return { file, message: issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message };
}

function dedupe(problems: WalkthroughProblem[]): WalkthroughProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.step ?? ''}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A walkthrough as a file for cypher/walkthroughs, in the order the format lists its fields. */
export function walkthroughFileText(walkthrough: Omit<WalkthroughSpec, 'file'>): string {
  const { id, title, summary, order, steps } = walkthrough;
  return stringify({ id, title, summary, ...(order === undefined ? {} : { order }), steps }, { lineWidth: 120, blockQuote: 'literal' });
}

/** The problem as one log line: `file step N: message`. */
export function describeProblem(problem: WalkthroughProblem): string {
  return `${problem.file}${problem.step ? ` step ${problem.step}` : ''}: ${problem.message}`;
}
