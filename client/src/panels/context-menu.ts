// A small context menu (role="menu"), positioned at the pointer and operable with the keyboard.
import { h } from '../dom.ts';

export interface MenuItem {
  label: string;
  action?: () => void;
  /** A heading or a note: not selectable. */
  note?: boolean;
}

export class ContextMenu {
  readonly #root = h('div', { class: 'context-menu', role: 'menu', hidden: true, tabindex: -1 });
  #restoreFocus: HTMLElement | null = null;
  #at = { x: 0, y: 0 };

  constructor() {
    document.body.append(this.#root);
    document.addEventListener('pointerdown', (event) => {
      if (!this.#root.hidden && !this.#root.contains(event.target as Node)) this.close();
    });
    window.addEventListener('blur', () => this.close());
    this.#root.addEventListener('keydown', (event) => this.#onKey(event));
  }

  get open(): boolean {
    return !this.#root.hidden;
  }

  show(x: number, y: number, title: string, items: MenuItem[]): void {
    this.#restoreFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.#root.setAttribute('aria-label', title);
    this.setItems(title, items);
    this.#root.hidden = false;
    this.#at = { x, y };
    this.#place();
    this.#items()[0]?.focus();
  }

  /** Keeps the menu inside the window (CSSOM positioning, allowed under the CSP). */
  #place(): void {
    const { width, height } = this.#root.getBoundingClientRect();
    this.#root.style.left = `${Math.max(4, Math.min(this.#at.x, window.innerWidth - width - 4))}px`;
    this.#root.style.top = `${Math.max(4, Math.min(this.#at.y, window.innerHeight - height - 4))}px`;
  }

  /** Replaces the items while open (e.g. when relationship types have loaded). */
  setItems(title: string, items: MenuItem[]): void {
    const focused = this.#items().indexOf(document.activeElement as HTMLElement);
    const elements = items.map((item) => {
      if (item.note || !item.action) return h('div', { class: 'menu-note', role: 'presentation', text: item.label });
      const button = h('button', { type: 'button', role: 'menuitem', class: 'menu-item', tabindex: -1, text: item.label });
      button.addEventListener('click', () => {
        this.close();
        item.action?.();
      });
      return button;
    });
    this.#root.replaceChildren(h('div', { class: 'menu-title', role: 'presentation', text: title }), ...elements);
    if (focused >= 0) this.#items()[focused]?.focus();
    if (!this.#root.hidden) this.#place();
  }

  close(): void {
    if (this.#root.hidden) return;
    this.#root.hidden = true;
    this.#restoreFocus?.focus();
  }

  #items(): HTMLElement[] {
    return [...this.#root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  #onKey(event: KeyboardEvent): void {
    const items = this.#items();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        move(0);
        break;
      case 'End':
        event.preventDefault();
        move(items.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        this.close();
        break;
    }
  }
}
