// Guided walkthroughs: a picker, then one step at a time (narrative, sources, the query behind it).
import { listWalkthroughs } from '../api/endpoints.ts';
import { describeError } from '../api/http.ts';
import { rememberSources } from '../api/sources.ts';
import type { Walkthrough, WalkthroughSummary } from '../api/types.ts';
import { byId, h } from '../dom.ts';
import { inlineParams } from '../state/format.ts';
import { section, sourceItem } from './render.ts';

export interface WalkthroughHandlers {
  go(id: string, step: number): void;
  exit(): void;
  openQuery(query: string): void;
}

export class WalkthroughPanel {
  readonly #list = h('div', { class: 'walk-list' });
  /** The list, folded away while a walkthrough is running. */
  readonly #others = h('details', { class: 'walk-others', open: true }, h('summary', { text: 'Guided walkthroughs' }), this.#list);
  readonly #step = h('div', { class: 'walk-step', 'aria-live': 'polite' });
  readonly #handlers: WalkthroughHandlers;
  #loaded = false;

  constructor(handlers: WalkthroughHandlers) {
    this.#handlers = handlers;
    byId('walkthroughs-body').replaceChildren(this.#step, this.#others);
  }

  /** Fetches the list the first time the tab is opened. */
  async load(): Promise<void> {
    if (this.#loaded) return;
    this.#loaded = true;
    this.#list.replaceChildren(h('p', { class: 'loading', text: 'Loading walkthroughs…' }));
    try {
      const { walkthroughs } = await listWalkthroughs();
      this.#renderList(walkthroughs);
    } catch (error) {
      this.#loaded = false;
      this.#list.replaceChildren(h('p', { class: 'error-text', text: describeError(error) }));
    }
  }

  #renderList(walkthroughs: WalkthroughSummary[]): void {
    if (!walkthroughs.length) {
      this.#list.replaceChildren(h('p', { class: 'empty', text: 'No walkthroughs are available.' }));
      return;
    }
    const items = walkthroughs.map((walk) => {
      const button = h(
        'button',
        { type: 'button', class: 'walk-pick', 'data-walkthrough': walk.id },
        h('strong', { text: walk.title }),
        h('span', { class: 'hint', text: ` · ${walk.steps} steps` }),
      );
      button.addEventListener('click', () => this.#handlers.go(walk.id, 0));
      return h('li', {}, button, h('p', { class: 'summary', text: walk.summary }));
    });
    this.#list.replaceChildren(h('ul', { class: 'walks' }, ...items));
  }

  showStep(walk: Walkthrough | undefined, index: number): void {
    this.#others.open = !walk;
    if (!walk) {
      this.#step.replaceChildren();
      return;
    }
    const step = walk.steps[index];
    if (!step) {
      this.#step.replaceChildren(h('p', { class: 'error-text', text: `This walkthrough has no step ${index + 1}.` }));
      return;
    }
    rememberSources(step.sources);
    const prev = h('button', { type: 'button', text: '← Previous', disabled: index === 0 });
    prev.addEventListener('click', () => this.#handlers.go(walk.id, index - 1));
    const next = h('button', { type: 'button', class: 'primary', text: 'Next →', disabled: index >= walk.steps.length - 1 });
    next.addEventListener('click', () => this.#handlers.go(walk.id, index + 1));
    const exit = h('button', { type: 'button', class: 'small', text: 'Exit walkthrough' });
    exit.addEventListener('click', () => this.#handlers.exit());
    const query = h('button', { type: 'button', class: 'small', text: 'Open the query in the console' });
    query.addEventListener('click', () => this.#handlers.openQuery(inlineParams(step.query, step.params)));
    this.#step.replaceChildren(
      h('p', { class: 'walk-title', text: walk.title }),
      h('h3', { class: 'walk-step-title', text: `Step ${index + 1} of ${walk.steps.length}: ${step.title}` }),
      ...step.narrative.split(/\n{2,}/).map((para) => h('p', { class: 'narrative', text: para })),
      step.error ? h('p', { class: 'error-text', role: 'alert', text: `This step's query could not run: ${step.error.message}` }) : h('span'),
      step.truncated ? h('p', { class: 'hint', text: 'The step’s graph was cut short by the result limit.' }) : h('span'),
      step.missing?.length
        ? h('p', {
            class: 'error-text',
            role: 'status',
            text: `Missing since this step was recorded (retracted or removed): ${step.missing.join(', ')}. The step shows what is left.`,
          })
        : h('span'),
      step.sources.length ? section('Sources', h('ul', { class: 'sources' }, ...step.sources.map((ref) => sourceItem(ref)))) : h('span'),
      h('div', { class: 'row' }, prev, next),
      h('div', { class: 'row' }, step.query ? query : h('span'), exit),
    );
  }
}
