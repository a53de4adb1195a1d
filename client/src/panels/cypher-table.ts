// Console results as a table. Graph values are shown as short text: (:Label) name, [:TYPE], path of n hops.
import type { CypherResponse } from '../api/types.ts';
import { h } from '../dom.ts';

const MAX_ROWS = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  if (isObject(value)) {
    if (Array.isArray(value.labels) && typeof value.name === 'string') return `(:${value.labels.join(':')}) ${value.name}`;
    if (typeof value.type === 'string' && 'source' in value && 'target' in value) return `[:${value.type}]`;
    if (Array.isArray(value.nodes) && Array.isArray(value.edges)) {
      const names = value.nodes.map((n) => (isObject(n) && typeof n.name === 'string' ? n.name : '?'));
      return `path: ${names.join(' → ')}`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function resultTable(response: CypherResponse): HTMLElement {
  if (!response.columns.length) return h('p', { class: 'empty', text: 'The query returned no columns.' });
  const head = h('tr', {}, ...response.columns.map((column) => h('th', { scope: 'col', text: column })));
  const rows = response.rows.slice(0, MAX_ROWS).map((row) => h('tr', {}, ...row.map((value) => h('td', { text: cellText(value) }))));
  const table = h('table', { class: 'result-table', 'data-testid': 'cypher-table' }, h('thead', {}, head), h('tbody', {}, ...rows));
  const wrap = h('div', { class: 'table-wrap' }, table);
  if (response.rows.length > MAX_ROWS) wrap.append(h('p', { class: 'hint', text: `First ${MAX_ROWS} of ${response.rows.length} rows shown.` }));
  return wrap;
}
