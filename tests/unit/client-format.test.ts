import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../contract/api.ts';
import { formatDateRange, formatUsd, hopDate, inlineParams, nodeCaption, pathHops, pathSentence, primaryLabel } from '../../client/src/state/format.ts';
import { cellText } from '../../client/src/panels/cypher-table.ts';

const n = (id: string, name: string, labels: string[] = [], properties: Record<string, unknown> = {}): GraphNode => ({ id, name, labels, properties });
const e = (source: string, type: string, target: string): GraphEdge => ({ id: `${source}~${type}~${target}`, source, target, type, properties: {} });

describe('formatting', () => {
  it('writes amounts the way investigators read them', () => {
    expect(formatUsd(81_000_000)).toBe('US$81M');
    expect(formatUsd(1_300_000_000)).toBe('US$1.3B');
    expect(formatUsd(2_000_000_000)).toBe('US$2B');
    expect(formatUsd(620_000)).toBe('US$620K');
    expect(formatUsd(950)).toBe('US$950');
    expect(formatUsd('81M')).toBeUndefined();
  });

  it('writes dates and ranges', () => {
    expect(formatDateRange({ date: '2016-02' })).toBe('2016-02');
    expect(formatDateRange({ from: '2010', to: '2013' })).toBe('2010–2013');
    expect(formatDateRange({ from: '2009' })).toBe('2009–');
    expect(formatDateRange({})).toBeUndefined();
  });

  it('captions incidents with amount and date', () => {
    const heist = n('bb', 'Bangladesh Bank heist', ['Incident'], { amountUsd: 81e6, date: '2016-02' });
    expect(nodeCaption(heist)).toBe('Bangladesh Bank heist\nUS$81M · 2016-02');
    expect(nodeCaption(n('x', 'Sony Pictures', ['Victim']))).toBe('Sony Pictures');
  });

  it('picks the most telling label', () => {
    expect(primaryLabel(['Actor', 'Group'])).toBe('Group');
    expect(primaryLabel(['Person', 'Launderer'])).toBe('Person');
    expect(primaryLabel(['Thing'])).toBe('Thing');
  });
});

describe('path sentences', () => {
  const tian = n('tian-yinyin', 'Tian Yinyin');
  const hack = n('exchange-hack-2018', '2018 exchange hack');
  const lazarus = n('lazarus-group', 'Lazarus Group');

  it('follows the walk and points arrows along each edge', () => {
    const path = {
      nodes: [tian, hack, lazarus],
      edges: [e('tian-yinyin', 'LAUNDERED', 'exchange-hack-2018'), e('lazarus-group', 'CONDUCTED', 'exchange-hack-2018')],
    };
    expect(pathSentence(pathHops(path, 'tian-yinyin'))).toBe('Tian Yinyin —LAUNDERED→ 2018 exchange hack ←CONDUCTED— Lazarus Group');
  });

  it('works out the start when the node list is not in walk order', () => {
    const path = {
      nodes: [lazarus, hack, tian],
      edges: [e('tian-yinyin', 'LAUNDERED', 'exchange-hack-2018'), e('lazarus-group', 'CONDUCTED', 'exchange-hack-2018')],
    };
    expect(pathSentence(pathHops(path))).toBe('Tian Yinyin —LAUNDERED→ 2018 exchange hack ←CONDUCTED— Lazarus Group');
  });

  it('writes each dated hop with its date, at the precision the source gives', () => {
    const dated = (from: string, type: string, to: string, properties: Record<string, unknown>) => ({ ...e(from, type, to), properties });
    const path = {
      nodes: [tian, hack, lazarus],
      edges: [dated('tian-yinyin', 'LAUNDERED', 'exchange-hack-2018', {}), dated('lazarus-group', 'CONDUCTED', 'exchange-hack-2018', { date: '2018-04' })],
    };
    expect(pathSentence(pathHops(path, 'tian-yinyin'))).toBe('Tian Yinyin —LAUNDERED→ 2018 exchange hack ←CONDUCTED (2018-04)— Lazarus Group');
    expect(hopDate({ date: '2018', dates: ['2018', '2021-02'] })).toBe('2018, 2021-02');
    expect(hopDate({ since: '2014' })).toBe('since 2014');
    expect(hopDate({ from: '2010', to: '2013' })).toBe('2010–2013');
    expect(hopDate({})).toBeUndefined();
  });

  it('handles a single reversed hop', () => {
    const path = { nodes: [tian, lazarus], edges: [e('lazarus-group', 'LAUNDERED_BY', 'tian-yinyin')] };
    expect(pathSentence(pathHops(path, 'tian-yinyin'))).toBe('Tian Yinyin ←LAUNDERED_BY— Lazarus Group');
  });
});

describe('console cells', () => {
  it('shows graph values as short text', () => {
    expect(cellText({ id: 'l', labels: ['Actor', 'Group'], name: 'Lazarus Group', properties: {} })).toBe('(:Actor:Group) Lazarus Group');
    expect(cellText({ id: 'r', source: 'a', target: 'b', type: 'CONDUCTED', properties: {} })).toBe('[:CONDUCTED]');
    expect(cellText({ nodes: [{ name: 'A' }, { name: 'B' }], edges: [{}] })).toBe('path: A → B');
    expect(cellText([1, 'x', null])).toBe('[1, x, null]');
  });
});

describe('walkthrough queries in the console', () => {
  it('writes parameters in as Cypher literals', () => {
    const query = 'MATCH (a:Actor {id: $group})-[r]-(b) WHERE r.confidence IN $levels AND b.amountUsd > $min RETURN $missing';
    expect(inlineParams(query, { group: "lazarus-group's", levels: ['confirmed', 'reported'], min: 1e6 })).toBe(
      "MATCH (a:Actor {id: 'lazarus-group\\'s'})-[r]-(b) WHERE r.confidence IN ['confirmed', 'reported'] AND b.amountUsd > 1000000 RETURN $missing",
    );
  });
});
