// Splits a Cypher script into statements the way cypher-shell does: at `;` outside strings, identifiers and comments.

export interface Statement {
  text: string;
  /** 1-based line where the statement starts, for error messages. */
  line: number;
}

export function splitStatements(script: string): Statement[] {
  const statements: Statement[] = [];
  let current = '';
  let startLine = 1;
  let line = 1;
  let quote: string | undefined;
  let i = 0;
  const flush = () => {
    const text = current.trim();
    if (text && !isOnlyComments(text)) statements.push({ text, line: startLine + leadingLines(current) });
    current = '';
    startLine = line;
  };
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (quote) {
      current += ch;
      if (ch === '\\' && quote !== '`' && next !== undefined) {
        current += next;
        i += 2;
        continue;
      }
      if (ch === quote) quote = undefined;
    } else if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      const stop = end === -1 ? script.length : end;
      current += script.slice(i, stop);
      i = stop;
      continue;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      const stop = end === -1 ? script.length : end + 2;
      const comment = script.slice(i, stop);
      line += comment.split('\n').length - 1;
      current += comment;
      i = stop;
      continue;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
      current += ch;
    } else if (ch === ';') {
      i += 1;
      flush();
      continue;
    } else {
      current += ch;
    }
    if (ch === '\n') line += 1;
    i += 1;
  }
  flush();
  return statements;
}

/** Lines of white space and comments before the statement's first code. */
function leadingLines(text: string): number {
  const lead = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text)?.[0] ?? '';
  return lead.split('\n').length - 1;
}

function isOnlyComments(text: string): boolean {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .every((row) => row.trim() === '' || row.trim().startsWith('//'));
}
