import { describe, expect, it } from 'vitest';
import { checkConsoleQuery, codeOnly } from '../../server/services/cypher-guard.ts';

const allowed = (query: string) => checkConsoleQuery(query).allowed;

describe('checkConsoleQuery', () => {
  it.each([
    'MATCH (n:Actor) RETURN n',
    "MATCH (n) WHERE n.name = 'CREATE (x); DELETE y' RETURN n",
    'MATCH (n) RETURN n.set, n.delete, {merge: 1} AS m',
    'MATCH (n:Create) RETURN n',
    'MATCH (n) RETURN n AS `DELETE`',
    '// CREATE in a comment\nMATCH (n) RETURN n',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_text', 'x') YIELD node RETURN node",
    'MATCH (start:Actor) RETURN start',
    'CALL (n) { RETURN 1 AS one } RETURN one',
  ])('lets a read through: %s', (query) => {
    expect(allowed(query)).toBe(true);
  });

  it.each([
    ['CREATE (n)', 'CREATE'],
    ['match (n) detach delete n', 'DELETE'],
    ['/* x */ MeRgE (n)', 'MERGE'],
    ['LOAD CSV FROM "file:///x" AS l RETURN l', 'LOAD CSV'],
    ['SHOW USERS', 'SHOW'],
    ['USE system MATCH (n) RETURN n', 'USE'],
    ['STOP DATABASE neo4j', 'STOP DATABASE'],
    ['CALL db.createLabel("X")', 'db.createlabel'],
    ['CALL apoc.load.json("x")', 'apoc.load.json'],
    ['MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS RETURN m', 'IN TRANSACTIONS'],
  ])('refuses %s naming %s', (query, word) => {
    const verdict = checkConsoleQuery(query);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) {
      expect(verdict.code).toBe('READ_ONLY');
      expect(verdict.message).toContain(word);
    }
  });

  it('refuses two statements and NUL bytes as bad requests', () => {
    expect(checkConsoleQuery('RETURN 1; RETURN 2')).toMatchObject({ allowed: false, code: 'BAD_REQUEST' });
    expect(checkConsoleQuery('RETURN 1\u0000')).toMatchObject({ allowed: false, code: 'BAD_REQUEST' });
    expect(allowed('RETURN 1;')).toBe(true);
  });

  it('drops a leading EXPLAIN or PROFILE for the plan check, after comments and CYPHER options', () => {
    expect(checkConsoleQuery('PROFILE MATCH (n) RETURN n')).toEqual({ allowed: true, planQuery: ' MATCH (n) RETURN n' });
    expect(checkConsoleQuery('// x\nCYPHER runtime=slotted explain MATCH (n) RETURN n')).toEqual({
      allowed: true,
      planQuery: '// x\nCYPHER runtime=slotted  MATCH (n) RETURN n',
    });
  });
});

describe('codeOnly', () => {
  it('blanks strings, comments and quoted names, keeping the code around them', () => {
    expect(codeOnly('RETURN \'a\', "b", `c` // d\n/* e */ 1')).toBe('RETURN  _ ,  _ ,  `_`   _ \n _  1');
  });
});
