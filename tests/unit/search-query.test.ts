import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, describeMatch, editDistance, tokens } from '../../server/services/search-query.ts';

const lazarus = {
  id: 'lazarus-group',
  labels: ['Actor', 'Group'],
  name: 'Lazarus Group',
  properties: { aliases: ['HIDDEN COBRA', 'Guardians of Peace', 'APT38'], summary: 'North Korean hackers.' },
};

describe('buildLuceneQuery', () => {
  it('searches names and aliases as a phrase and word by word, with prefixes and near spellings', () => {
    const query = buildLuceneQuery('Hidden Cobra')!;
    expect(query).toContain('name:"hidden cobra"^6');
    expect(query).toContain('aliases:"hidden cobra"^6');
    expect(query).toContain('(hidden^3 OR hidden*^2 OR hidden~1) AND (cobra^3 OR cobra*^2 OR cobra~1)');
    expect(query).toContain('summary:(');
  });

  it('allows two edits in long words and none in short ones', () => {
    expect(buildLuceneQuery('lazarous')).toContain('lazarous~2');
    expect(buildLuceneQuery('apt')).not.toContain('apt~');
  });

  it('escapes nothing it does not need to, because words are split on everything but letters and digits', () => {
    expect(tokens('name:* OR (x)')).toEqual(['name', 'or', 'x']);
    expect(buildLuceneQuery('!!! ***')).toBeUndefined();
    expect(buildLuceneQuery('Jin-Hyok')).toContain('(jin^3 OR jin*^2) AND (hyok^3 OR hyok*^2 OR hyok~1)');
  });
});

describe('describeMatch', () => {
  it('names the alias that matched, in its own spelling', () => {
    expect(describeMatch('hidden cobra', lazarus)).toEqual({ matched: 'HIDDEN COBRA', matchedField: 'alias' });
    expect(describeMatch('guardians', lazarus)).toEqual({ matched: 'Guardians of Peace', matchedField: 'alias' });
  });

  it('prefers the name, also with a typo', () => {
    expect(describeMatch('lazarus', lazarus)).toEqual({ matched: 'Lazarus Group', matchedField: 'name' });
    expect(describeMatch('Lazarous', lazarus)).toEqual({ matched: 'Lazarus Group', matchedField: 'name' });
  });

  it('falls back to the summary', () => {
    expect(describeMatch('hackers', lazarus)).toEqual({ matched: 'North Korean hackers.', matchedField: 'summary' });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('lazarous', 'lazarus')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
