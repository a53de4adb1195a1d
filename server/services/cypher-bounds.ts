// The console's bound on the work inside one expression. Neo4j stops a query between rows (its transaction timeout,
// TERMINATE TRANSACTION, the transaction memory limit), but not while it evaluates a single expression: on Neo4j
// 2026.08.1 `RETURN reduce(s = '', i IN range(1, 50000000) | s + 'x')` went on at 100 % of a core for minutes after its
// transaction was marked terminated, and `reduce(acc = [], …| acc + [i])` went past the 256 MiB transaction memory
// limit without being stopped (docs/security.md). So the sizes a query's text fixes are measured here, on the parse
// tree of the parser behind the console's editor, and a query whose expressions would exceed them is not started.
import safeRegex from 'safe-regex2';

/** Largest list one expression may build (a `range`, a comprehension, nested comprehensions multiplied). */
const MAX_LIST_ELEMENTS = 1_000_000;
/** Most steps a `reduce` may take: its accumulator is copied at each step, so the work grows with the square. */
const MAX_REDUCE_STEPS = 10_000;
/** Longest string `lpad`/`rpad` may build. */
const MAX_PADDED_LENGTH = 1_000_000;

/** Namespaces of Neo4j's built-in functions; anything else is a plugin's or a user-defined function. */
const builtInNamespaces = new Set(['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point', 'vector', 'db', 'graph']);

interface ParseTree {
  name: string;
  children?: ParseTree[];
}

type Params = Record<string, unknown>;
type Known = { number: number } | { length: number; text?: string } | undefined;

let parserModule: Promise<typeof import('@neo4j-cypher/language-support')> | undefined;

/**
 * Loads the parser. It takes about a second, during which the process answers nothing else, so the console loads it
 * when it is created (at start-up) rather than on its first query, where it would stall every request in flight.
 */
export function loadParser(): Promise<unknown> {
  parserModule ??= import('@neo4j-cypher/language-support');
  return parserModule;
}

async function parse(query: string): Promise<ParseTree> {
  await loadParser();
  return (await parserModule!).getDebugTree(query);
}

/** Why the query's expressions are too costly to start, or undefined when every size it fixes is within bounds. */
export async function expressionCost(query: string, params: Params): Promise<string | undefined> {
  const tree = await parse(query).catch((error: Error) => error);
  // Neo4j has accepted the query's syntax by now (EXPLAIN runs first); what fails here is the parser's own recursion on
  // very deep nesting, and a query that cannot be measured is not started.
  if (tree instanceof Error) return `The query is nested too deeply for the console to measure (${tree.message})`;
  try {
    walk(tree, { params, multiplier: 1, lazyRange: false });
  } catch (error) {
    if (error instanceof TooCostly) return error.message;
    if (error instanceof RangeError) return 'The query is nested too deeply for the console to measure';
    throw error;
  }
  return undefined;
}

class TooCostly extends Error {}

interface Scope {
  params: Params;
  /** How many times the current expression is evaluated for each row: the sizes of the lists it is nested inside. */
  multiplier: number;
  /** True for the list an UNWIND reads: Neo4j produces its elements one row at a time and can stop between them. */
  lazyRange: boolean;
}

function walk(node: ParseTree, scope: Scope): void {
  const kids = node.children ?? [];
  switch (node.name) {
    case 'unwindClause':
      for (const kid of kids) walk(kid, { ...scope, lazyRange: kid.name === 'expression' });
      return;
    case 'functionInvocation':
      checkFunction(node, scope);
      break;
    case 'reduceExpression':
    case 'listComprehension':
    case 'listItemsPredicate':
      walkIteration(node, scope);
      return;
    case 'comparisonExpression6':
      checkRegex(node, scope);
      break;
  }
  const inner = { ...scope, lazyRange: scope.lazyRange && kids.length === 1 };
  for (const kid of kids) walk(kid, inner);
}

/** `reduce(acc = init, x IN list | step)`, `[x IN list WHERE … | …]`, `all/any/none/single(x IN list WHERE …)`. */
function walkIteration(node: ParseTree, scope: Scope): void {
  const kids = node.children ?? [];
  const inAt = kids.findIndex((kid) => kid.name === 'IN');
  const source = kids[inAt + 1];
  const size = source ? lengthOf(source, scope.params) : undefined;
  const times = scope.multiplier * (size ?? 1);
  const construct = describe(node);
  if (node.name === 'reduceExpression' && size !== undefined && times > MAX_REDUCE_STEPS) {
    tooCostly(`${construct} would take ${formatCount(times)} steps; the console allows ${formatCount(MAX_REDUCE_STEPS)} in one reduce`);
  }
  if (size !== undefined && times > MAX_LIST_ELEMENTS) {
    tooCostly(`${construct} would go through ${formatCount(times)} elements; the console allows ${formatCount(MAX_LIST_ELEMENTS)} in one expression`);
  }
  for (const [index, kid] of kids.entries()) walk(kid, { ...scope, lazyRange: false, multiplier: index > inAt + 1 ? times : scope.multiplier });
}

function checkFunction(node: ParseTree, scope: Scope): void {
  const { namespace, name } = functionName(node);
  const qualified = namespace ? `${namespace}.${name}` : name;
  if (namespace.toLowerCase().startsWith('apoc')) tooCostly(`${qualified}: APOC functions are not available in the console`);
  if (namespace && !builtInNamespaces.has(namespace.split('.')[0]!.toLowerCase())) {
    tooCostly(`${qualified}: only Neo4j's built-in functions are available in the console`);
  }
  const args = functionArguments(node);
  const lower = name.toLowerCase();
  if (!namespace && lower === 'range') checkRange(args, scope);
  if (!namespace && (lower === 'lpad' || lower === 'rpad')) {
    const length = args[1] ? numberOf(args[1], scope.params) : undefined;
    if (length === undefined) tooCostly(`${name}(): give its length as a number or a parameter, at most ${formatCount(MAX_PADDED_LENGTH)}`);
    if (length * scope.multiplier > MAX_PADDED_LENGTH) {
      tooCostly(`${name}() would build ${formatCount(length * scope.multiplier)} characters; the console allows ${formatCount(MAX_PADDED_LENGTH)}`);
    }
  }
}

function checkRange(args: ParseTree[], scope: Scope): void {
  const size = rangeLength(args, scope.params);
  if (size === undefined) {
    if (scope.lazyRange || args.every((arg) => numberOf(arg, scope.params) !== undefined || boundedByData(arg))) return;
    tooCostly('range(): give its bounds as numbers, parameters or size() of a list, so the console can tell how long it is');
  }
  if (!scope.lazyRange && size !== undefined && size * scope.multiplier > MAX_LIST_ELEMENTS) {
    tooCostly(
      `range() would build ${formatCount(size * scope.multiplier)} elements in one expression; the console allows ${formatCount(MAX_LIST_ELEMENTS)} (UNWIND range(…) is not limited: it makes rows, which Neo4j can stop)`,
    );
  }
}

/** `x =~ pattern`: the pattern must be known, and safe from catastrophic backtracking. */
function checkRegex(node: ParseTree, scope: Scope): void {
  const kids = node.children ?? [];
  const at = kids.findIndex((kid) => kid.name === '=~');
  if (at < 0) return;
  const pattern = kids[at + 1] && textOf(kids[at + 1]!, scope.params);
  if (pattern === undefined) tooCostly('=~: give the regular expression as a string or a parameter');
  // Neo4j's (Java's) inline flags such as (?i) are not JavaScript syntax; the checker needs the pattern without them.
  if (!safeRegex(pattern.replace(/^\(\?[a-zA-Z]+\)/, ''))) {
    tooCostly(`=~ '${pattern}': this regular expression can take exponential time (nested repetition); rewrite it without a repeated group`);
  }
}

function rangeLength(args: ParseTree[], params: Params): number | undefined {
  const [start, end, step = 1] = args.map((arg) => numberOf(arg, params));
  if (start === undefined || end === undefined || step === undefined || args.length < 2) return undefined;
  if (step === 0) return undefined;
  return Math.max(0, Math.floor((end - start) / step) + 1);
}

/** Number of elements a list expression has when the text (or a parameter) fixes it. */
function lengthOf(expression: ParseTree, params: Params): number | undefined {
  const known = evaluate(expression, params);
  return known && 'length' in known && known.text === undefined ? known.length : undefined;
}

function numberOf(expression: ParseTree, params: Params): number | undefined {
  const known = evaluate(expression, params);
  return known && 'number' in known ? known.number : undefined;
}

function textOf(expression: ParseTree, params: Params): string | undefined {
  const known = evaluate(expression, params);
  return known && 'text' in known ? known.text : undefined;
}

/** The value of a constant expression: literals, parameters, + - * / of numbers, range(), size(). */
function evaluate(expression: ParseTree, params: Params): Known {
  const node = unwrap(expression);
  const kids = node.children ?? [];
  switch (node.name) {
    case 'numberLiteral': {
      const value = Number(leaves(node).join(''));
      return Number.isFinite(value) ? { number: value } : undefined;
    }
    case 'stringLiteral': {
      const text = leaves(node).join('').slice(1, -1);
      return { length: text.length, text };
    }
    case 'parameter':
      return fromValue(params[identifier(kids[1])]);
    case 'listLiteral':
      return { length: kids.filter((kid) => kid.name === 'expression').length };
    case 'functionInvocation': {
      const { namespace, name } = functionName(node);
      if (namespace) return undefined;
      const args = functionArguments(node);
      if (name.toLowerCase() === 'range') {
        const length = rangeLength(args, params);
        return length === undefined ? undefined : { length };
      }
      if (name.toLowerCase() === 'size' && args[0]) {
        const inner = evaluate(args[0], params);
        return inner && 'length' in inner ? { number: inner.length } : undefined;
      }
      return undefined;
    }
    case 'expression6':
    case 'expression5':
      return arithmetic(kids, params);
    default:
      return undefined;
  }
}

function arithmetic(kids: ParseTree[], params: Params): Known {
  let total = numberOf(kids[0]!, params);
  for (let i = 1; i + 1 < kids.length && total !== undefined; i += 2) {
    const operand = numberOf(kids[i + 1]!, params);
    if (operand === undefined) return undefined;
    const operator = kids[i]!.name;
    if (operator === '+') total += operand;
    else if (operator === '-') total -= operand;
    else if (operator === '*') total *= operand;
    else if (operator === '/' && operand !== 0) total /= operand;
    else return undefined;
  }
  return total === undefined ? undefined : { number: total };
}

function fromValue(value: unknown): Known {
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'string') return { length: value.length, text: value };
  if (Array.isArray(value)) return { length: value.length };
  return undefined;
}

/** size(x) or length(x) of a variable or property, plus or minus numbers: as long as something already stored. */
function boundedByData(expression: ParseTree): boolean {
  const node = unwrap(expression);
  if (node.name === 'expression6') return (node.children ?? []).every((kid, i) => i % 2 === 1 || boundedByData(kid) || isNumber(kid));
  if (node.name !== 'functionInvocation') return false;
  const { namespace, name } = functionName(node);
  return !namespace && ['size', 'length'].includes(name.toLowerCase());
}

function isNumber(expression: ParseTree): boolean {
  return unwrap(expression).name === 'numberLiteral';
}

function functionName(node: ParseTree): { namespace: string; name: string } {
  const nameNode = node.children?.[0];
  const [namespaceNode, symbol] = nameNode?.children ?? [];
  const parts = (namespaceNode?.children ?? []).filter((kid) => kid.children?.length).map(identifier);
  return { namespace: parts.join('.'), name: identifier(symbol) };
}

function functionArguments(node: ParseTree): ParseTree[] {
  return (node.children ?? []).filter((kid) => kid.name === 'functionArgument');
}

/** Follows rules with a single child down to the node that decides: a literal, an operator, a function call… */
function unwrap(node: ParseTree): ParseTree {
  let current = node;
  while (current.children?.length === 1 && current.children[0]!.children?.length) current = current.children[0]!;
  return current;
}

function leaves(node: ParseTree): string[] {
  if (!node.children?.length) return [node.name];
  return node.children.flatMap(leaves);
}

function identifier(node: ParseTree | undefined): string {
  return node ? leaves(node).join('').replace(/^`|`$/g, '') : '';
}

function describe(node: ParseTree): string {
  if (node.name === 'reduceExpression') return 'reduce()';
  if (node.name === 'listComprehension') return 'The list comprehension';
  return `${leaves(node)[0] ?? 'The list predicate'}()`;
}

function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

function tooCostly(message: string): never {
  throw new TooCostly(message);
}
