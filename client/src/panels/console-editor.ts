// The Cypher editor: CodeMirror 6 with @neo4j-cypher/codemirror, loaded lazily (it is the largest part of the bundle).
// It is mounted in a shadow root so that CodeMirror's generated styles go into a constructed stylesheet
// (adoptedStyleSheets) instead of an inline <style> tag: that keeps it working under a strict style-src CSP.
import { createCypherEditor } from '@neo4j-cypher/codemirror';
import cypherCss from '@neo4j-cypher/codemirror/css/cypher-codemirror.css?inline';
import { closeCompletion } from '@codemirror/autocomplete';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import editorCss from './console-editor.css?inline';

export interface CypherEditor {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  setSchema(schema: { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }): void;
}

function sheet(css: string): CSSStyleSheet {
  const style = new CSSStyleSheet();
  style.replaceSync(css);
  return style;
}

export function createEditor(host: HTMLElement, options: { value: string; label: string; onRun(): void }): CypherEditor {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet(cypherCss), sheet(editorCss)];
  const container = document.createElement('div');
  container.className = 'editor';
  shadow.replaceChildren(container);
  const run = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        preventDefault: true,
        run: (view) => {
          closeCompletion(view);
          options.onRun();
          return true;
        },
      },
    ]),
  );
  // Typing over a selection lets Chromium's own editing insert a <span style=…>, which a strict CSP refuses
  // (a console error, harmless to CodeMirror). Replacing the selection ourselves avoids it.
  const replaceSelection = EditorView.domEventHandlers({
    beforeinput(event, view) {
      if (event.inputType !== 'insertText' || !event.data || view.composing || view.state.selection.ranges.every((r) => r.empty)) return false;
      event.preventDefault();
      view.dispatch(view.state.replaceSelection(event.data), { userEvent: 'input.type', scrollIntoView: true });
      return true;
    },
  });
  const { editor: api } = createCypherEditor(container, {
    value: options.value,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    theme: 'light',
    placeholder: 'MATCH (n:Group) RETURN n LIMIT 25',
    tooltipAbsolute: false,
    preExtensions: [run, replaceSelection],
  });
  api.codemirror.contentDOM.setAttribute('aria-label', options.label);
  return {
    getValue: () => api.codemirror.state.doc.toString(),
    setValue: (value: string) => {
      if (api.codemirror.state.doc.toString() !== value) api.setValue(value);
    },
    focus: () => api.focus(),
    setSchema: (schema) => api.setSchema(schema),
  };
}
