import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../client/src/state/url.ts';
import { LAYOUTS, NODE_ID_PATTERN, PATH_MODES, PATH_ORDERS, PATH_RANKS } from '../../contract/limits.ts';
import { DEFAULT_LIMIT, addExpansion, emptyState, normalise, type ViewState } from '../../client/src/state/view-state.ts';

const nodeId = fc.stringMatching(NODE_ID_PATTERN).filter((id) => id.length <= 30);
const typeName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,15}$/);
const uniqueIds = fc.uniqueArray(nodeId, { maxLength: 5 });

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    focus: fc.option(nodeId, { nil: undefined }),
    depth: fc.integer({ min: 1, max: 3 }),
    limit: fc.integer({ min: 1, max: 5000 }),
    expanded: fc.uniqueArray(fc.record({ id: nodeId, types: fc.uniqueArray(typeName, { maxLength: 3 }) }), { maxLength: 4, selector: (e) => e.id }),
    hidden: uniqueIds,
    removed: uniqueIds,
    path: fc.option(
      fc.record({
        from: nodeId,
        to: nodeId,
        mode: fc.constantFrom(...PATH_MODES),
        maxHops: fc.integer({ min: 1, max: 8 }),
        types: fc.uniqueArray(typeName, { maxLength: 3 }),
        order: fc.constantFrom(...PATH_ORDERS),
        rank: fc.constantFrom(...PATH_RANKS),
      }),
      { nil: undefined },
    ),
    cypher: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    walkthrough: fc.option(fc.record({ id: nodeId, step: fc.integer({ min: 0, max: 50 }) }), { nil: undefined }),
    layout: fc.constantFrom(...LAYOUTS),
    selected: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id: fc.string({ minLength: 1, maxLength: 60 }) }), {
      nil: undefined,
    }),
    time: fc.option(fc.constantFrom({ since: '2016', until: '2016' }, { since: '2016-02-04' }, { until: '2018-04' }), { nil: undefined }),
    timeHide: fc.boolean(),
    showRetracted: fc.boolean(),
    hiddenLabels: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,10}$/), { maxLength: 3 }),
    hiddenTypes: fc.uniqueArray(typeName, { maxLength: 3 }),
  })
  .map((state) => normalise(state as ViewState));

describe('URL state', () => {
  it('round-trips every view state through the query string', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(normalise(decodeState(encodeState(state)))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a plain view short and readable', () => {
    const state = { ...emptyState(), focus: 'lazarus-group', depth: 2 };
    expect(encodeState(state)).toBe('n=lazarus-group&d=2');
    expect(encodeState(emptyState())).toBe('');
  });

  it('encodes expansions with relationship types, path queries and console queries', () => {
    const state: ViewState = {
      ...emptyState(),
      focus: 'lazarus-group',
      expanded: [
        { id: 'tian-yinyin', types: [] },
        { id: 'bangladesh-bank-heist-2016', types: ['TARGETED', 'CONDUCTED'] },
      ],
      path: { from: 'tian-yinyin', to: 'lazarus-group', mode: 'all', maxHops: 5, types: [], order: 'chronological', rank: 'credibility' },
      cypher: "MATCH (n {name: 'Lazarus Group'}) RETURN n",
      selected: { kind: 'edge', id: 'alias-apt38~ALIAS_OF~lazarus-group' },
    };
    const query = encodeState(state);
    expect(query).toContain('x=tian-yinyin%2Cbangladesh-bank-heist-2016%7ETARGETED%7CCONDUCTED');
    expect(decodeState(`?${query}`)).toEqual(normalise(state));
  });

  it('keeps the time window, and drops a malformed end or a start after the end', () => {
    expect(decodeState('?ts=2016&tu=2016-06&th=1')).toMatchObject({ time: { since: '2016', until: '2016-06' }, timeHide: true });
    expect(decodeState('?ts=2016-13&tu=2017').time).toEqual({ until: '2017' });
    expect(decodeState('?ts=2018&tu=2017').time).toBeUndefined();
    expect(encodeState(decodeState('?ts=2016-02&tu=2016-02'))).toBe('ts=2016-02&tu=2016-02');
  });

  it('keeps "show retracted claims" as rt=1, and leaves it out when off', () => {
    expect(decodeState('?n=lazarus-group&rt=1').showRetracted).toBe(true);
    expect(decodeState('?n=lazarus-group&rt=yes').showRetracted).toBe(false);
    expect(encodeState(decodeState('?n=lazarus-group'))).toBe('n=lazarus-group');
  });

  it('falls back to defaults for malformed or out-of-range values', () => {
    const state = decodeState('?d=9&lim=abc&l=spiral&pm=sideways&pf=a&pt=b&ph=99&ws=x&w=tour&po=backwards&pk=loudest');
    expect(state.depth).toBe(1);
    expect(state.limit).toBe(DEFAULT_LIMIT);
    expect(state.layout).toBe('fcose');
    expect(state.path).toEqual({ from: 'a', to: 'b', mode: 'shortest', maxHops: 4, types: [], order: 'length', rank: 'length' });
    expect(state.walkthrough).toEqual({ id: 'tour', step: 0 });
  });

  it('ignores a path with only one end', () => {
    expect(decodeState('pf=tian-yinyin').path).toBeUndefined();
  });
});

describe('expansions', () => {
  it('does not duplicate a node expanded twice, and widens its relationship types', () => {
    let list = addExpansion([], { id: 'a', types: ['X'] });
    list = addExpansion(list, { id: 'a', types: ['Y', 'X'] });
    expect(list).toEqual([{ id: 'a', types: ['X', 'Y'] }]);
    list = addExpansion(list, { id: 'a', types: [] });
    expect(list).toEqual([{ id: 'a', types: [] }]);
    list = addExpansion(list, { id: 'a', types: ['Z'] });
    expect(list).toEqual([{ id: 'a', types: [] }]);
  });
});
