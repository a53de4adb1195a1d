import { describe, expect, it } from 'vitest';
import { withoutExplainPrefix } from '../../server/db/database.ts';

describe('withoutExplainPrefix', () => {
  it('moves the column, offset and caret back on the first line', () => {
    const message = 'Invalid input \'LIMT\' (line 1, column 28 (offset: 27))\n"EXPLAIN MATCH (n) RETURN n LIMT 3"\n                            ^';
    expect(withoutExplainPrefix(message)).toBe('Invalid input \'LIMT\' (line 1, column 20 (offset: 19))\n"MATCH (n) RETURN n LIMT 3"\n                    ^');
  });

  it('keeps the column on later lines and moves only the offset', () => {
    const message = 'Invalid input \'LIMT\' (line 2, column 10 (offset: 27))\n"RETURN n LIMT 3"\n          ^';
    expect(withoutExplainPrefix(message)).toBe('Invalid input \'LIMT\' (line 2, column 10 (offset: 19))\n"RETURN n LIMT 3"\n          ^');
  });
});
