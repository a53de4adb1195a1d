// The Cypher console: editor, Run (Ctrl/Cmd+Enter), examples, results as graph (in the view) and table.
import { ApiError, describeError, setApiToken } from '../api/http.ts';
import type { CypherResponse } from '../api/types.ts';
import { byId, h } from '../dom.ts';
import type { CypherEditor } from './console-editor.ts';
import { resultTable } from './cypher-table.ts';
import { CONSOLE_EXAMPLES } from './console-examples.ts';

export interface ConsoleHandlers {
  run(query: string): void;
  clear(): void;
}

export class ConsolePanel {
  readonly #host = h('div', { class: 'editor-host', 'data-testid': 'cypher-editor' });
  readonly #fallback = h('textarea', { class: 'editor-fallback', rows: 6, 'aria-label': 'Cypher query', spellcheck: 'false', hidden: true });
  readonly #result = h('div', { class: 'console-result', 'aria-live': 'polite' });
  readonly #handlers: ConsoleHandlers;
  #editor: CypherEditor | undefined;
  #pending = '';
  #loading: Promise<void> | undefined;
  #schema: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] } | undefined;

  constructor(handlers: ConsoleHandlers) {
    this.#handlers = handlers;
    const run = h('button', { type: 'button', class: 'primary', text: 'Run', title: 'Run (Ctrl+Enter / ⌘+Enter)' });
    run.addEventListener('click', () => this.#run());
    const clear = h('button', { type: 'button', text: 'Clear results' });
    clear.addEventListener('click', () => handlers.clear());
    const examples = h(
      'select',
      { 'aria-label': 'Example queries' },
      h('option', { value: '', text: 'Examples…' }),
      ...CONSOLE_EXAMPLES.map((example, index) => h('option', { value: String(index), text: example.title })),
    );
    examples.addEventListener('change', () => {
      const example = CONSOLE_EXAMPLES[Number(examples.value)];
      examples.value = '';
      if (!example) return;
      this.setQuery(example.query);
      this.#editor?.focus();
    });
    this.#fallback.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.#run();
      }
    });
    byId('console-body').replaceChildren(
      h('p', {
        class: 'hint',
        text: 'Read-only Cypher. Ctrl+Enter (⌘+Enter) runs the query. Nodes, relationships and paths in the results are drawn as a new view (Undo brings the previous one back); everything is listed in the table.',
      }),
      this.#host,
      this.#fallback,
      h('div', { class: 'row' }, run, clear, examples),
      this.#result,
    );
  }

  /** Loads CodeMirror the first time the console is opened. */
  ensureEditor(): Promise<void> {
    this.#loading ??= import('./console-editor.ts')
      .then(({ createEditor }) => {
        this.#editor = createEditor(this.#host, { value: this.#pending, label: 'Cypher query', onRun: () => this.#run() });
        if (this.#schema) this.#editor.setSchema(this.#schema);
      })
      .catch((error: unknown) => {
        // Without the editor the console still works as a plain text box.
        console.warn('The Cypher editor could not start; using a plain text box.', error);
        this.#host.hidden = true;
        this.#fallback.hidden = false;
        this.#fallback.value = this.#pending;
      });
    return this.#loading;
  }

  setSchema(schema: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }): void {
    this.#schema = schema;
    this.#editor?.setSchema(schema);
  }

  get query(): string {
    return this.#editor ? this.#editor.getValue() : this.#fallback.hidden ? this.#pending : this.#fallback.value;
  }

  setQuery(query: string): void {
    this.#pending = query;
    this.#fallback.value = query;
    this.#editor?.setValue(query);
  }

  focus(): void {
    void this.ensureEditor().then(() => (this.#editor ? this.#editor.focus() : this.#fallback.focus()));
  }

  #run(): void {
    const query = this.query.trim();
    if (!query) {
      this.showError('Write a query first.');
      return;
    }
    this.#handlers.run(query);
  }

  showLoading(): void {
    this.#result.replaceChildren(h('p', { class: 'loading', text: 'Running…' }));
  }

  showError(error: unknown): void {
    const message = typeof error === 'string' ? error : describeError(error);
    const text = h('p', { class: 'error-text', role: 'alert', 'data-testid': 'cypher-error', text: message });
    if (error instanceof ApiError && error.code === 'UNAUTHORIZED') {
      this.#result.replaceChildren(text, this.#tokenForm());
      return;
    }
    this.#result.replaceChildren(text);
  }

  /** The server wants an API token for the console: ask for it once per tab. */
  #tokenForm(): HTMLFormElement {
    const input = h('input', { type: 'password', id: 'api-token', autocomplete: 'off', class: 'token-input' });
    const form = h(
      'form',
      { class: 'row' },
      h('label', { for: 'api-token', text: 'API token' }),
      input,
      h('button', { type: 'submit', class: 'primary', text: 'Use token and run' }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input.value.trim()) return;
      setApiToken(input.value.trim());
      this.#run();
    });
    return form;
  }

  clearResult(): void {
    this.#result.replaceChildren();
  }

  showResult(response: CypherResponse): void {
    const { nodes, edges } = response.graph;
    const summary = [
      `${response.rows.length} row${response.rows.length === 1 ? '' : 's'}${response.truncated ? ' (truncated)' : ''}`,
      nodes.length || edges.length ? `${nodes.length} nodes and ${edges.length} relationships drawn in the graph` : 'no graph elements',
      `${Math.round(response.timings.serverMs)} ms`,
    ].join(' · ');
    this.#result.replaceChildren(h('p', { class: 'result-meta', 'data-testid': 'cypher-meta', text: summary }), resultTable(response));
  }
}
