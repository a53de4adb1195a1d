// Small renderers shared by the panels: property lists, confidence badges, source lists. All text via textContent.
import { describeSource } from '../api/sources.ts';
import type { SourceRef } from '../api/types.ts';
import { h } from '../dom.ts';
import { formatUsd } from '../state/format.ts';

export function confidenceBadge(confidence: unknown): HTMLElement {
  const value = typeof confidence === 'string' ? confidence : 'unknown';
  return h('span', { class: `badge conf-${value.replace(/[^a-z]/g, '')}`, text: value, title: `Confidence: ${value}` });
}

export function labelChips(labels: readonly string[]): HTMLElement {
  return h('span', { class: 'label-chips' }, ...labels.map((label) => h('span', { class: `label-chip lbl-${label.replace(/\W/g, '')}`, text: label })));
}

/** Any property value as readable text. */
function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    if (/amount|usd/i.test(key)) return `${formatUsd(value) ?? value} (${value.toLocaleString('en-US')} USD)`;
    return value.toLocaleString('en-US');
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item)).join(', ');
  return JSON.stringify(value);
}

// Shown in sections of their own, or bookkeeping of imports (claims and conflicts arrive parsed beside the node).
const HIDDEN_KEYS = new Set(['name', 'summary', 'aliases', 'sources', 'id', 'quote', 'claims', 'conflicts', 'ownAliases']);

export function propertyList(properties: Record<string, unknown>, skip: readonly string[] = []): HTMLElement | null {
  const entries = Object.entries(properties)
    .filter(([key]) => !HIDDEN_KEYS.has(key) && !skip.includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return null;
  return h('dl', { class: 'props' }, ...entries.flatMap(([key, value]) => [h('dt', { text: key }), h('dd', { text: formatValue(key, value) })]));
}

export function sourceItem(ref: SourceRef, ...extra: (Node | string | null)[]): HTMLLIElement {
  const { title, meta } = describeSource(ref);
  return h(
    'li',
    { class: 'source' },
    h('span', { class: 'source-title', text: title }),
    meta ? h('span', { class: 'source-meta', text: meta }) : null,
    ...extra,
  );
}

export function section(title: string, ...children: (Node | null | undefined)[]): HTMLElement {
  return h('section', { class: 'detail-section' }, h('h3', { text: title }), ...children);
}

export function actionButton(text: string, onClick: () => void, title?: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'small', text, title });
  button.addEventListener('click', onClick);
  return button;
}
