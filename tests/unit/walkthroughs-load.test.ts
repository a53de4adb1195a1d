import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProblem, loadWalkthroughs, parseWalkthrough, walkthroughsDir } from '../../server/services/walkthrough-files.ts';

const good = `id: good-one
title: A good walkthrough
summary: It loads.
steps:
  - title: The group and its names
    narrative: Every alias points at the group.
    sources: [hir-cybercrime-syndicate]
    query: |-
      MATCH p = (:Alias)-[:ALIAS_OF]->(:Actor {id: $group})
      RETURN p
    params:
      group: lazarus-group
    focus: [lazarus-group]
    highlight: [alias-hidden-cobra, alias-hidden-cobra~ALIAS_OF~lazarus-group]
    layout: concentric
  - title: Second step
    narrative: Defaults apply.
    sources: [pyongyang-papers-dprk-cybercrime]
    query: |-
      MATCH (n:Actor {id: 'lazarus-group'}) RETURN n
    focus: [lazarus-group]
`;

/** `good` with one line replaced. */
function goodWith(from: string, to: string): string {
  if (!good.includes(from)) throw new Error(`fixture has no ${from}`);
  return good.replace(from, to);
}

const secondQuery = "      MATCH (n:Actor {id: 'lazarus-group'}) RETURN n";

const files: Record<string, string> = {
  'good.yaml': good,
  'bad-yaml.yaml': 'id: bad-yaml\ntitle: [unclosed\nsteps:\n  - title: x\n',
  'missing-fields.yaml': `id: missing-fields
summary: No title, and the second step has no query and no sources.
steps:
  - title: Fine
    narrative: Fine.
    sources: [hir-cybercrime-syndicate]
    query: MATCH (n) RETURN n LIMIT 1
    focus: [lazarus-group]
  - title: Broken
    narrative: Where is the query?
    focus: [lazarus-group]
`,
  'writes.yaml': goodWith(secondQuery, "      CREATE (n:Hacked {id: 'x'}) RETURN n").replace('good-one', 'writes'),
  'notes.txt': 'not a walkthrough: ignored',
};

const dir = mkdtempSync(join(tmpdir(), 'walkthroughs-'));
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadWalkthroughs on a folder with good and broken files', () => {
  const loaded = loadWalkthroughs(dir);

  it('loads the good file, with defaults filled in', () => {
    expect(loaded.walkthroughs.map((w) => w.id)).toEqual(['good-one']);
    const [walkthrough] = loaded.walkthroughs;
    expect(walkthrough).toMatchObject({ file: 'good.yaml', title: 'A good walkthrough', summary: 'It loads.' });
    expect(walkthrough!.steps[0]).toMatchObject({ params: { group: 'lazarus-group' }, layout: 'concentric', focus: ['lazarus-group'] });
    expect(walkthrough!.steps[1]).toMatchObject({ params: {}, highlight: [] });
    expect(walkthrough!.steps[1]!.layout).toBeUndefined();
  });

  it('reports bad YAML by file', () => {
    const problems = loaded.problems.filter((p) => p.file === 'bad-yaml.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.step).toBeUndefined();
    expect(problems[0]!.message).toMatch(/^Not valid YAML: .*line \d+/s);
  });

  it('reports missing fields by file, and by step inside a step', () => {
    const problems = loaded.problems.filter((p) => p.file === 'missing-fields.yaml');
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'missing-fields.yaml', message: 'title: is required' },
        { file: 'missing-fields.yaml', step: 2, message: 'query: is required' },
        { file: 'missing-fields.yaml', step: 2, message: 'sources: is required' },
      ]),
    );
    expect(problems.some((p) => p.step === 1)).toBe(false);
  });

  it("reports a step query that writes, with the console guard's message", () => {
    expect(loaded.problems.filter((p) => p.file === 'writes.yaml')).toEqual([
      { file: 'writes.yaml', step: 2, message: 'query: CREATE is not allowed: the console only reads the graph.' },
    ]);
  });

  it('reads only .yaml and .yml files', () => {
    expect(loaded.problems.some((p) => p.file === 'notes.txt')).toBe(false);
  });

  it('describes a problem as file, step and message', () => {
    expect(describeProblem({ file: 'writes.yaml', step: 2, message: 'query: x' })).toBe('writes.yaml step 2: query: x');
    expect(describeProblem({ file: 'a.yaml', message: 'y' })).toBe('a.yaml: y');
  });
});

describe('parseWalkthrough', () => {
  const problemsOf = (text: string) => parseWalkthrough('w.yaml', text).problems;

  it('accepts the good file', () => {
    const parsed = parseWalkthrough('w.yaml', good);
    expect(parsed.problems).toEqual([]);
    expect(parsed.walkthrough?.steps).toHaveLength(2);
  });

  it.each([
    ['MERGE', 'MERGE (n:Actor {id: $group}) RETURN n', /MERGE is not allowed/],
    ['SET', "MATCH (n {id: 'lazarus-group'}) SET n.name = 'x' RETURN n", /SET is not allowed/],
    ['DETACH DELETE', "MATCH (n {id: 'kim-il'}) DETACH DELETE n", /DELETE is not allowed/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV is not allowed/],
    ['a write procedure', "CALL db.createLabel('X') RETURN 1", /Procedure db\.createlabel is not allowed/],
    ['two statements', 'MATCH (n) RETURN n; MATCH (m) RETURN m', /one statement at a time/],
  ])('refuses %s in a step query', (_name, query, message) => {
    const problems = problemsOf(goodWith(secondQuery, `      ${query}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'w.yaml', step: 2 });
    expect(problems[0]!.message).toMatch(message);
  });

  it('needs every $parameter the query uses in params', () => {
    expect(problemsOf(goodWith('      group: lazarus-group', '      other: lazarus-group'))).toEqual([
      { file: 'w.yaml', step: 1, message: 'query: uses $group but params does not set group' },
    ]);
  });

  it('needs the query to RETURN something to draw', () => {
    expect(problemsOf(goodWith(secondQuery, "      MATCH (n:Actor {id: 'lazarus-group'})"))).toEqual([
      { file: 'w.yaml', step: 2, message: 'query: must RETURN the nodes, relationships or paths to draw' },
    ]);
  });

  it('refuses unknown keys, so a misspelt field is not silently ignored', () => {
    const problems = problemsOf(goodWith('    layout: concentric', '    layuot: concentric'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'w.yaml', step: 1 });
    expect(problems[0]!.message).toMatch(/layuot/);
  });

  it('refuses an unknown layout, an empty focus, an empty source list and a bad id', () => {
    expect(problemsOf(goodWith('layout: concentric', 'layout: circle'))[0]).toMatchObject({ step: 1, message: expect.stringMatching(/^layout: /) });
    expect(problemsOf(goodWith('    focus: [lazarus-group]\n    highlight', '    focus: []\n    highlight'))[0]).toMatchObject({
      step: 1,
      message: 'focus: name at least one node id to focus',
    });
    expect(problemsOf(goodWith('sources: [hir-cybercrime-syndicate]', 'sources: []'))[0]).toMatchObject({
      step: 1,
      message: expect.stringMatching(/^sources: /),
    });
    expect(problemsOf(goodWith('id: good-one', 'id: Good One'))).toEqual([
      { file: 'w.yaml', message: expect.stringMatching(/^id: must be a lower-case slug/) },
    ]);
  });

  it('refuses a walkthrough without steps, an empty file and a file that is not a mapping', () => {
    expect(problemsOf('id: x\ntitle: T\nsummary: S\nsteps: []\n')).toEqual([{ file: 'w.yaml', message: 'steps: a walkthrough needs at least one step' }]);
    expect(problemsOf('')).toEqual([{ file: 'w.yaml', message: 'The file is empty' }]);
    expect(problemsOf('- just\n- a list\n')).toHaveLength(1);
  });

  it('refuses duplicate keys as bad YAML', () => {
    expect(problemsOf(goodWith('summary: It loads.', 'summary: It loads.\nsummary: Twice.'))[0]!.message).toMatch(/^Not valid YAML/);
  });
});

describe('loadWalkthroughs', () => {
  it('reports a second file with an id already taken, keeping the first', () => {
    const twice = mkdtempSync(join(tmpdir(), 'walkthroughs-'));
    try {
      writeFileSync(join(twice, 'a.yaml'), good);
      writeFileSync(join(twice, 'b.yml'), good);
      const loaded = loadWalkthroughs(twice);
      expect(loaded.walkthroughs.map((w) => w.file)).toEqual(['a.yaml']);
      expect(loaded.problems).toEqual([{ file: 'b.yml', message: "id: 'good-one' is already the id of a.yaml; each walkthrough needs its own id" }]);
    } finally {
      rmSync(twice, { recursive: true, force: true });
    }
  });

  it('orders the list by `order`, then title', () => {
    const ordered = mkdtempSync(join(tmpdir(), 'walkthroughs-'));
    try {
      writeFileSync(join(ordered, 'a.yaml'), goodWith('id: good-one', 'id: a\norder: 2'));
      writeFileSync(join(ordered, 'b.yaml'), goodWith('id: good-one', 'id: b\norder: 1'));
      writeFileSync(join(ordered, 'c.yaml'), goodWith('id: good-one', 'id: c').replace('A good walkthrough', 'Another'));
      expect(loadWalkthroughs(ordered).walkthroughs.map((w) => w.id)).toEqual(['b', 'a', 'c']);
    } finally {
      rmSync(ordered, { recursive: true, force: true });
    }
  });

  it('reports a missing folder as one problem instead of throwing', () => {
    const loaded = loadWalkthroughs(join(dir, 'no-such-folder'));
    expect(loaded.walkthroughs).toEqual([]);
    expect(loaded.problems).toEqual([{ file: '.', message: expect.stringMatching(/^Cannot read the walkthroughs folder/) }]);
  });

  it('loads the real cypher/walkthroughs folder with no problems and at least six walkthroughs', () => {
    const loaded = loadWalkthroughs(walkthroughsDir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.walkthroughs.length).toBeGreaterThanOrEqual(6);
    for (const walkthrough of loaded.walkthroughs) expect(walkthrough.steps.length, walkthrough.id).toBeGreaterThanOrEqual(3);
  });
});
