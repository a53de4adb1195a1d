// The shortest path whose dated hops keep to the order of time, found by a breadth-first search from both ends that
// prunes as it goes. Neo4j cannot prune with this rule: it compares hops with each other, and SHORTEST checks such a
// predicate only on whole candidate paths (docs/data-model.md, "Chronological paths").
//
// The rule: going from hop i to a later hop j, both dated, j may not end before i starts. So a path read from its start
// needs one date to say which hop may come next: the latest start of its dated hops (its *bound*); read from its end,
// the earliest end of its dated hops. A path read forward to a node and one read backward to it join into a valid path
// exactly when the forward bound is not after the backward one. Which hop may come next, and the new bound, are worked
// out in the step's query (paths-step.cypher); this module keeps the search's books.
//
// Each side keeps, per node, only the paths that beat every earlier one reaching it: a longer path with a later (or,
// backward, earlier) bound can be continued by nothing the shorter one cannot. Each step reads the whole frontier of
// the side with fewer nodes in it, in one statement, as Neo4j's own bidirectional search does.

/** Which way a step reads: forward from the path's start, backward from its end. */
export type Side = 'forward' | 'backward';

/** A bound as a yyyymmdd number; -Infinity forward and Infinity backward when the path has no dated hop. */
export type Bound = number;

interface StepRequest {
  side: Side;
  /** The nodes to read from, each with its path's bound. */
  frontier: { node: string; bound: Bound }[];
  /** The other side's nodes, each with the best bound it has there. */
  other: ReadonlyMap<string, Bound>;
  /** Only the hops that meet the other side: a path is found. */
  meetOnly: boolean;
}

/** One hop that may continue a frontier node's path, and the path's bound after it. */
interface StepRow {
  from: string;
  rel: string;
  to: string;
  bound: Bound;
}

export type ExpandStep = (request: StepRequest) => Promise<StepRow[]>;

export interface ChronologicalSearch {
  start: string;
  end: string;
  maxHops: number;
  expand: ExpandStep;
}

/** A found path: its nodes from start to end and the relationships between them. */
export interface FoundHops {
  nodes: string[];
  rels: string[];
}

/**
 * The search's answer: one shortest path, and every node either side kept a path to. Every other valid path of that
 * length passes through these nodes only: each of its nodes is at most as far from one of the ends as the search read.
 */
export interface FoundPath extends FoundHops {
  reached: string[];
}

interface Label {
  node: string;
  depth: number;
  bound: Bound;
  parent?: { label: Label; rel: string };
}

class Search {
  readonly side: Side;
  /** The other end: kept for meeting, never read from (a path through it is not the shortest). */
  readonly far: string;
  depth = 0;
  frontier: Label[];
  /** Each node's kept labels in the order found: depth rises, and the bound improves, along the list. */
  readonly labels = new Map<string, Label[]>();
  readonly best = new Map<string, Bound>();

  constructor(side: Side, origin: string, far: string) {
    this.side = side;
    this.far = far;
    const label = { node: origin, depth: 0, bound: side === 'forward' ? -Infinity : Infinity };
    this.keep(label);
    this.frontier = [label];
  }

  /** Whether a bound lets more hops follow than another. */
  better(bound: Bound, than: Bound): boolean {
    return this.side === 'forward' ? bound < than : bound > than;
  }

  /** Whether this side's label and a label of the other side at the same node join into a valid path. */
  fits(mine: Bound, theirs: Bound): boolean {
    return this.side === 'forward' ? mine <= theirs : theirs <= mine;
  }

  keep(label: Label): void {
    this.labels.set(label.node, [...(this.labels.get(label.node) ?? []), label]);
    this.best.set(label.node, label.bound);
  }

  /**
   * Reads one layer. It first asks only for the hops that meet the other side: Neo4j reads the dates of those alone
   * and sends back next to nothing, and the layer where the two sides meet is often the largest of the search.
   */
  async step(expand: ExpandStep, other: Search, last: boolean): Promise<FoundPath | undefined> {
    const request = { side: this.side, frontier: this.frontier.map(({ node, bound }) => ({ node, bound })), other: other.best };
    for (const label of this.layer(await expand({ ...request, meetOnly: true }))) {
      const theirs = this.meet(label, other);
      if (!theirs) continue;
      const hops = this.side === 'forward' ? joined(label, theirs) : joined(theirs, label);
      return { ...hops, reached: [...new Set([...this.labels.keys(), ...other.labels.keys()])] };
    }
    // A last layer that does not meet is of no use.
    const added = last ? [] : this.layer(await expand({ ...request, meetOnly: false }));
    this.depth += 1;
    for (const label of added) this.keep(label);
    this.frontier = added.filter((label) => label.node !== this.far);
    return undefined;
  }

  /** The next layer's labels from a step's rows: per node, the best bound, if it beats what the node has. */
  layer(rows: StepRow[]): Label[] {
    const byNode = new Map(this.frontier.map((label) => [label.node, label]));
    const layer = new Map<string, Label>();
    for (const row of rows) {
      const parent = byNode.get(row.from);
      if (!parent) continue;
      const kept = layer.get(row.to)?.bound ?? this.best.get(row.to);
      if (kept !== undefined && !this.better(row.bound, kept)) continue;
      layer.set(row.to, { node: row.to, depth: this.depth + 1, bound: row.bound, parent: { label: parent, rel: row.rel } });
    }
    return [...layer.values()];
  }

  /** The first (shortest) label of the other side at this label's node that it joins with, if any. */
  meet(label: Label, other: Search): Label | undefined {
    return other.labels.get(label.node)?.find((theirs) => this.fits(label.bound, theirs.bound));
  }
}

function chain(label: Label): FoundHops {
  const nodes = [label.node];
  const rels: string[] = [];
  for (let at = label; at.parent; at = at.parent.label) {
    rels.push(at.parent.rel);
    nodes.push(at.parent.label.node);
  }
  return { nodes, rels };
}

function joined(forward: Label, backward: Label): FoundHops {
  const head = chain(forward);
  const tail = chain(backward);
  return { nodes: [...head.nodes.reverse(), ...tail.nodes.slice(1)], rels: [...head.rels.reverse(), ...tail.rels] };
}

/** The shortest path from start to end within maxHops whose dated hops keep to the order of time, if there is one. */
export async function chronologicalShortestPath({ start, end, maxHops, expand }: ChronologicalSearch): Promise<FoundPath | undefined> {
  const forward = new Search('forward', start, end);
  const backward = new Search('backward', end, start);
  // After d1 forward and d2 backward layers, every valid path of up to d1 + d2 hops has met, and none longer can have:
  // the first meeting is a shortest path. A side that runs out has labelled every node a valid path can pass, the far
  // end among them had there been one, so the search ends there too.
  while (forward.depth + backward.depth < maxHops && forward.frontier.length > 0 && backward.frontier.length > 0) {
    const side = backward.frontier.length < forward.frontier.length ? backward : forward;
    const found = await side.step(expand, side === forward ? backward : forward, forward.depth + backward.depth + 1 === maxHops);
    if (found) return found;
  }
  return undefined;
}
