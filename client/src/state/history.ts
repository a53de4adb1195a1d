// Exploration history: a list of states with a cursor. Pure; the browser history is kept in step by app/navigation.ts.

export class History<T> {
  #entries: T[];
  #index: number;
  readonly #limit: number;

  constructor(initial: T, limit = 200) {
    this.#entries = [initial];
    this.#index = 0;
    this.#limit = limit;
  }

  get current(): T {
    return this.#entries[this.#index] as T;
  }

  get index(): number {
    return this.#index;
  }

  get length(): number {
    return this.#entries.length;
  }

  get canUndo(): boolean {
    return this.#index > 0;
  }

  get canRedo(): boolean {
    return this.#index < this.#entries.length - 1;
  }

  /** A new step: anything that was undone is dropped. Returns the new index. */
  push(entry: T): number {
    this.#entries = this.#entries.slice(0, this.#index + 1);
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.shift();
    this.#index = this.#entries.length - 1;
    return this.#index;
  }

  /** Changes the current entry without adding a step (e.g. selection). */
  replace(entry: T): void {
    this.#entries[this.#index] = entry;
  }

  undo(): T | undefined {
    if (!this.canUndo) return undefined;
    this.#index -= 1;
    return this.current;
  }

  redo(): T | undefined {
    if (!this.canRedo) return undefined;
    this.#index += 1;
    return this.current;
  }

  /** Moves the cursor to an index (browser back/forward); false when there is no such entry. */
  goTo(index: number): boolean {
    if (!Number.isInteger(index) || index < 0 || index >= this.#entries.length) return false;
    this.#index = index;
    return true;
  }

  findIndex(predicate: (entry: T) => boolean): number {
    return this.#entries.findIndex(predicate);
  }

  /** All entries and the cursor (for keeping the history across a reload). */
  snapshot(): { entries: T[]; index: number } {
    return { entries: [...this.#entries], index: this.#index };
  }

  restore(snapshot: { entries: T[]; index: number }): void {
    if (!snapshot.entries.length) return;
    this.#entries = snapshot.entries.slice(-this.#limit);
    this.#index = Math.min(Math.max(0, snapshot.index - (snapshot.entries.length - this.#entries.length)), this.#entries.length - 1);
  }

  at(index: number): T | undefined {
    return this.#entries[index];
  }

  /** Starts over from one entry (e.g. a URL typed by hand). */
  reset(entry: T): void {
    this.#entries = [entry];
    this.#index = 0;
  }
}
