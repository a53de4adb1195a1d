import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../server/db/statements.ts';

describe('splitStatements', () => {
  it('splits at semicolons and reports the line of each statement', () => {
    const script = '// header\nCREATE (a);\n\nMATCH (b)\nRETURN b;\n';
    expect(splitStatements(script)).toEqual([
      { text: '// header\nCREATE (a)', line: 2 },
      { text: 'MATCH (b)\nRETURN b', line: 4 },
    ]);
  });

  it('keeps semicolons inside strings, identifiers and comments', () => {
    const script = 'RETURN \'a;b\', "c;d", 1 AS `e;f` // g;h\n/* i; */;RETURN 2';
    expect(splitStatements(script).map((s) => s.text)).toEqual(['RETURN \'a;b\', "c;d", 1 AS `e;f` // g;h\n/* i; */', 'RETURN 2']);
  });

  it('honours escaped quotes', () => {
    expect(splitStatements("RETURN 'it\\'s; fine';RETURN 1").map((s) => s.text)).toEqual(["RETURN 'it\\'s; fine'", 'RETURN 1']);
  });

  it('drops comment-only and empty statements', () => {
    expect(splitStatements(';\n// only a comment\n;  ;')).toEqual([]);
  });
});
