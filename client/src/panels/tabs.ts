// The side panel's tabs (ARIA tabs pattern: arrow keys move between tabs).
export type TabName = 'details' | 'paths' | 'console' | 'filters' | 'walkthroughs' | 'cases';

export class Tabs {
  readonly #tabs: HTMLButtonElement[];
  readonly #onShow: (name: TabName) => void;
  #current: TabName = 'details';

  constructor(onShow: (name: TabName) => void) {
    this.#onShow = onShow;
    this.#tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    this.#tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => this.show(this.#name(tab)));
      tab.addEventListener('keydown', (event) => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        event.preventDefault();
        const next = this.#tabs[(index + step + this.#tabs.length) % this.#tabs.length];
        if (next) {
          this.show(this.#name(next));
          next.focus();
        }
      });
    });
  }

  get current(): TabName {
    return this.#current;
  }

  #name(tab: HTMLButtonElement): TabName {
    return tab.id.replace(/^tab-/, '') as TabName;
  }

  show(name: TabName): void {
    this.#current = name;
    for (const tab of this.#tabs) {
      const selected = this.#name(tab) === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    this.#onShow(name);
  }
}
