// Keeps the URL, the browser history and the undo/redo history in step. Every exploration step is a pushState;
// undo/redo move through the browser history, so Back/Forward and the buttons always agree.
import { History } from '../state/history.ts';
import { decodeState, encodeState } from '../state/url.ts';
import type { ViewState } from '../state/view-state.ts';

interface Entry {
  key: number;
  query: string;
}

const STORE = 'dprk-explorer.history';

export type ChangeReason = 'init' | 'push' | 'replace' | 'pop';

export class Navigator {
  readonly #history: History<Entry>;
  readonly #onChange: (state: ViewState, reason: ChangeReason) => void;
  #nextKey: number;

  constructor(onChange: (state: ViewState, reason: ChangeReason) => void) {
    this.#onChange = onChange;
    const query = location.search.replace(/^\?/, '');
    const key = typeof history.state?.key === 'number' ? (history.state.key as number) : Date.now();
    this.#history = new History<Entry>({ key, query });
    this.#nextKey = key + 1;
    this.#restore(key, query);
    history.replaceState({ key: this.#history.current.key }, '', this.#url(query));
    window.addEventListener('popstate', (event) => this.#onPop(event));
  }

  /** Starts the app with the state in the URL. */
  start(): void {
    this.#onChange(this.state, 'init');
  }

  get state(): ViewState {
    return decodeState(this.#history.current.query);
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** A new exploration step. */
  push(next: ViewState): void {
    const query = encodeState(next);
    if (query === this.#history.current.query) return;
    const entry = { key: this.#nextKey++, query };
    this.#history.push(entry);
    history.pushState({ key: entry.key }, '', this.#url(query));
    this.#save();
    this.#onChange(next, 'push');
  }

  /** Changes the current step without a new history entry (selection). */
  replace(next: ViewState): void {
    const query = encodeState(next);
    if (query === this.#history.current.query) return;
    const entry = { key: this.#history.current.key, query };
    this.#history.replace(entry);
    history.replaceState({ key: entry.key }, '', this.#url(query));
    this.#save();
    this.#onChange(next, 'replace');
  }

  undo(): void {
    if (this.#history.canUndo) history.back();
  }

  redo(): void {
    if (this.#history.canRedo) history.forward();
  }

  #url(query: string): string {
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }

  #onPop(event: PopStateEvent): void {
    const query = location.search.replace(/^\?/, '');
    const key = typeof event.state?.key === 'number' ? (event.state.key as number) : undefined;
    const index = key === undefined ? -1 : this.#history.findIndex((entry) => entry.key === key);
    if (index >= 0 && this.#history.at(index)?.query === query) {
      this.#history.goTo(index);
    } else {
      // A history entry we do not know (e.g. typed by hand): start the undo history from it.
      const entry = { key: key ?? this.#nextKey++, query };
      this.#history.reset(entry);
      history.replaceState({ key: entry.key }, '', this.#url(query));
    }
    this.#save();
    this.#onChange(this.state, 'pop');
  }

  #save(): void {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(this.#history.snapshot()));
    } catch {
      // Storage full or disabled: undo still works until the next reload.
    }
  }

  /** After a reload, picks the undo history back up if it belongs to this browser history entry. */
  #restore(key: number, query: string): void {
    try {
      const raw = sessionStorage.getItem(STORE);
      if (!raw) return;
      const snapshot = JSON.parse(raw) as { entries: Entry[]; index: number };
      const index = snapshot.entries.findIndex((entry) => entry.key === key && entry.query === query);
      if (index < 0) return;
      this.#history.restore({ entries: snapshot.entries, index });
      this.#nextKey = Math.max(this.#nextKey, ...snapshot.entries.map((entry) => entry.key + 1));
    } catch {
      // Ignore a damaged store.
    }
  }
}
