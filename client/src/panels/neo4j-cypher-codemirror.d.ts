// The package ships types at src/codemirror.d.ts but its "exports" map hides them from the root specifier.
// Those types also say createCypherEditor returns the EditorApi; 1.0.3 actually returns { editor: EditorApi }.
declare module '@neo4j-cypher/codemirror' {
  import type { EditorApi, EditorOptions } from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
  export function createCypherEditor(parentDOMElement: Element | DocumentFragment, options: EditorOptions): { editor: EditorApi };
}
