// Pure helpers for search: the Lucene query sent to the full-text index, and which name or alias a hit matched.
import type { GraphNode } from '../../contract/api.ts';

/** Lower-case words of letters and digits: nothing of Lucene's query syntax survives the split. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Exact words rank first, then prefixes (for typing ahead), then near spellings (one or two edits). */
function termClause(term: string): string {
  const alternatives = [`${term}^3`, `${term}*^2`];
  if (term.length >= 4) alternatives.push(`${term}~${term.length >= 7 ? 2 : 1}`);
  return `(${alternatives.join(' OR ')})`;
}

export function buildLuceneQuery(text: string): string | undefined {
  const words = tokens(text);
  if (words.length === 0) return undefined;
  const all = words.map(termClause).join(' AND ');
  const phrase = `"${words.join(' ')}"`;
  return `name:${phrase}^6 OR aliases:${phrase}^6 OR name:(${all})^3 OR aliases:(${all})^3 OR summary:(${all})`;
}

export interface MatchDescription {
  matched: string;
  matchedField: 'name' | 'alias' | 'summary';
}

/** Which of the node's name and aliases the query matched best; the summary when neither did. */
export function describeMatch(text: string, node: GraphNode): MatchDescription {
  const query = tokens(text);
  const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases.filter((a): a is string => typeof a === 'string') : [];
  const candidates: MatchDescription[] = [
    { matched: node.name, matchedField: 'name' },
    ...aliases.map((alias) => ({ matched: alias, matchedField: 'alias' as const })),
  ];
  let best: MatchDescription | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = matchScore(query, tokens(candidate.matched));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best) return best;
  const summary = typeof node.properties.summary === 'string' ? node.properties.summary : '';
  return { matched: summary, matchedField: 'summary' };
}

/** 4 same words, 3 same words in another order or contained, 2 every word a prefix, 1 every word within the edit budget. */
function matchScore(query: string[], candidate: string[]): number {
  if (query.length === 0 || candidate.length === 0) return 0;
  if (query.join(' ') === candidate.join(' ')) return 4;
  if (query.every((word) => candidate.includes(word))) return 3;
  if (query.every((word) => candidate.some((c) => c.startsWith(word)))) return 2;
  if (query.every((word) => candidate.some((c) => editDistance(word, c) <= (word.length >= 7 ? 2 : 1)))) return 1;
  return 0;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
