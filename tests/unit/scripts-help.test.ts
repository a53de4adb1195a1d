// Every npm script answers --help with its usage (exit 0) and a wrong call with the usage (exit 2), never a stack trace.
// The list comes from package.json, so a new script without --help fails here; test, typecheck and build pass their
// arguments to their tools (as do lint, format and deps:graph) and are left out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/neo4j/paths.ts';

const toolPassThroughs = /^(build|typecheck|lint|format|deps:graph|test(:.*)?)$/;
const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const ours = Object.entries(scripts)
  .filter(([name]) => !toolPassThroughs.test(name))
  .map(([name, command]): [string, string[]] => {
    const [node, ...args] = command.split(' ');
    if (node !== 'node') throw new Error(`npm run ${name} is not a node script: ${command}`);
    return [name, args];
  });

function run(args: string[]) {
  // No Neo4j is reached: the arguments are checked before anything else happens.
  return spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } });
}

describe.concurrent.each(ours)('npm run %s', (_name, args) => {
  it('prints its usage and exits 0 on --help', () => {
    const result = run([...args, '--help']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^usage: npm (start|run \S+)/);
    expect(result.status).toBe(0);
  }, 30_000);

  it('prints its usage and exits 2 on an unknown flag', () => {
    const result = run([...args, '--no-such-flag']);
    expect(result.stderr).toMatch(/^error: .*--no-such-flag.*\nusage: npm /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
  }, 30_000);
});
