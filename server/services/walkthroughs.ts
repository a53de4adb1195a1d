// Guided investigations: the walkthroughs loaded at start-up, each step's query run read-only exactly as the console
// runs one (lexical guard, Neo4j's plan must say 'r', READ transaction with timeout and row cap). A walkthrough runs
// up to a dozen queries, so its answer is kept for a minute: Neo4j runs them at most once a minute however often
// the walkthrough is asked for.
import { AppError, type ErrorCode } from '../errors.ts';
import type { GraphStore } from '../db/graph-store.ts';
import type { SourceRef, WalkthroughListResponse, WalkthroughResponse, WalkthroughStep } from '../../contract/api.ts';
import type { LoadedWalkthroughs, WalkthroughSpec, WalkthroughStepSpec } from './walkthrough-files.ts';
import { createConsole } from './console.ts';
import { remembered } from './remembered.ts';

const maxAgeMs = 60_000;

/** A step whose query fails in one of these ways is returned with its error; anything else (Neo4j down) fails the request. */
const stepErrorCodes = new Set<ErrorCode>(['BAD_REQUEST', 'READ_ONLY', 'QUERY_ERROR', 'TIMEOUT']);

export function createWalkthroughs(store: GraphStore, loaded: LoadedWalkthroughs, options: { rowLimit: number; timeoutMs: number }) {
  // The files are trusted and an answer is kept a minute: a walkthrough's steps run side by side, with no admission limit.
  const runner = createConsole(store, { ...options, pool: 'explorer' });

  async function runStep(step: WalkthroughStepSpec): Promise<Pick<WalkthroughStep, 'graph' | 'truncated' | 'error'>> {
    try {
      const { graph, truncated } = await runner.run({ query: step.query, params: step.params }, 'walkthrough');
      return { graph, truncated };
    } catch (error) {
      if (error instanceof AppError && stepErrorCodes.has(error.code)) {
        return { graph: { nodes: [], edges: [] }, truncated: false, error: { code: error.code, message: error.message } };
      }
      throw error;
    }
  }

  /** Runs every step's query: the walkthrough as the page plays it. */
  async function play(walkthrough: Pick<WalkthroughSpec, 'id' | 'title' | 'summary' | 'steps'>): Promise<WalkthroughResponse> {
    const sourceIds = [...new Set(walkthrough.steps.flatMap((step) => step.sources))];
    const [sources, results] = await Promise.all([store.sources(sourceIds), Promise.all(walkthrough.steps.map(runStep))]);
    const sourceById = new Map(sources.map((source) => [source.id, source]));
    return {
      id: walkthrough.id,
      title: walkthrough.title,
      summary: walkthrough.summary,
      steps: walkthrough.steps.map((step, i) => ({
        title: step.title,
        narrative: step.narrative,
        sources: step.sources.map((sourceId) => sourceById.get(sourceId)).filter((source): source is SourceRef => source !== undefined),
        query: step.query,
        params: step.params,
        ...results[i]!,
        focus: step.focus,
        highlight: step.highlight,
        layout: step.layout ?? 'fcose',
        ...(step.view === undefined ? {} : { view: step.view }),
        ...missingOf(step, results[i]!.graph),
      })),
    };
  }

  const answers = new Map(loaded.walkthroughs.map((walkthrough) => [walkthrough.id, remembered(() => play(walkthrough), maxAgeMs)]));

  return {
    list(): WalkthroughListResponse {
      return {
        walkthroughs: loaded.walkthroughs.map(({ id, title, summary, steps }) => ({ id, title, summary, steps: steps.length })),
        problems: loaded.problems,
      };
    },

    async get(id: string): Promise<WalkthroughResponse> {
      const answer = answers.get(id);
      if (!answer) throw new AppError('NOT_FOUND', `Walkthrough '${id}' does not exist`);
      return answer();
    },

    /** A walkthrough written in a case, played now (a case's walkthrough changes as its members write it). */
    play,
  };
}

/** A step recorded from a view names the ids it drew ($nodes, $edges): those no longer in the graph are missing. */
function missingOf(step: WalkthroughStepSpec, graph: WalkthroughStep['graph']): Pick<WalkthroughStep, 'missing'> {
  const ids = (name: string) => (Array.isArray(step.params[name]) ? (step.params[name] as unknown[]).filter((id): id is string => typeof id === 'string') : []);
  const nodes = ids('nodes');
  if (nodes.length === 0) return {};
  const drawn = new Set([...graph.nodes.map((node) => node.id), ...graph.edges.map((edge) => edge.id)]);
  return { missing: [...nodes, ...ids('edges')].filter((id) => !drawn.has(id)) };
}
