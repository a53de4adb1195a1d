// Filters: switch node labels and relationship types on and off in the current view.
import { byId, h } from '../dom.ts';

export interface FilterHandlers {
  setHiddenLabels(labels: string[]): void;
  setHiddenTypes(types: string[]): void;
  setShowRetracted(show: boolean): void;
}

function group(title: string, counts: ReadonlyMap<string, number>, hidden: readonly string[], onChange: (hidden: string[]) => void): HTMLElement {
  const names = [...new Set([...counts.keys(), ...hidden])].sort((a, b) => a.localeCompare(b));
  const boxes = names.map((name) => {
    const input = h('input', { type: 'checkbox', value: name, checked: !hidden.includes(name) });
    input.addEventListener('change', () => {
      const off = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((i) => !i.checked).map((i) => i.value);
      onChange(off);
    });
    return h('label', { class: 'check' }, input, ` ${name} `, h('span', { class: 'count', text: `(${counts.get(name) ?? 0})` }));
  });
  const fieldset = h('fieldset', { class: 'filter-group' }, h('legend', { text: title }), ...boxes);
  if (!names.length) fieldset.append(h('p', { class: 'empty', text: 'Nothing in view yet.' }));
  return fieldset;
}

export class FiltersPanel {
  readonly #root = byId('filters-body');
  readonly #handlers: FilterHandlers;

  constructor(handlers: FilterHandlers) {
    this.#handlers = handlers;
  }

  render(
    labels: ReadonlyMap<string, number>,
    types: ReadonlyMap<string, number>,
    hiddenLabels: readonly string[],
    hiddenTypes: readonly string[],
    showRetracted: boolean,
  ): void {
    const retracted = h('input', { type: 'checkbox', name: 'show-retracted', checked: showRetracted });
    retracted.addEventListener('change', () => this.#handlers.setShowRetracted(retracted.checked));
    const reset = h('button', { type: 'button', class: 'small', text: 'Show everything' });
    reset.addEventListener('click', () => {
      this.#handlers.setHiddenLabels([]);
      this.#handlers.setHiddenTypes([]);
    });
    this.#root.replaceChildren(
      h('p', { class: 'hint', text: 'Untick to hide nodes with a label, or relationships of a type, in the current view.' }),
      group('Node labels', labels, hiddenLabels, (off) => this.#handlers.setHiddenLabels(off)),
      group('Relationship types', types, hiddenTypes, (off) => this.#handlers.setHiddenTypes(off)),
      hiddenLabels.length || hiddenTypes.length ? reset : h('span'),
      h(
        'fieldset',
        { class: 'filter-group' },
        h('legend', { text: 'Analysts’ claims' }),
        h('label', { class: 'check' }, retracted, ' Show retracted claims'),
        h('p', { class: 'hint', text: 'Retracted claims stay on record; they are left out of views unless this is on.' }),
      ),
    );
  }
}
