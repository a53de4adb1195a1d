// The API contract, written once: the route table validates requests with these schemas, the OpenAPI document is
// generated from them, and the client takes its types from them (type-only imports, so zod stays out of its bundle).
import { z } from 'zod';
import {
  CONSOLE_QUERY_MAX_LENGTH,
  DEPTH,
  LAYOUTS,
  MAX_HOPS,
  NEIGHBOUR_LIMIT,
  NODE_ID_MAX_LENGTH,
  NODE_ID_PATTERN,
  PATH_DIRECTIONS,
  PATH_LIMIT,
  PATH_MODES,
  PATH_ORDERS,
  PATH_RANKS,
  RELATIONSHIP_PAGE,
  SEARCH_LIMIT,
  SOURCES_PER_REQUEST,
  EXPORT_MAX_IDS,
  CASE_ACCESS,
  CASE_MAX_MEMBERS,
  CASE_MAX_PINNED,
  CASE_STATUSES,
  NOTE_MAX_LENGTH,
  PICTURE_MAX_LENGTH,
  STEP_MAX_ELEMENTS,
  WALKTHROUGH_MAX_STEPS,
  CONFIDENCE_LEVELS,
  CLAIM_NODE_KINDS,
  AUDIT_PAGE,
} from './limits.ts';
import { dateSpan } from './time.ts';

/** A whole number in a range, from a query string; the message names the range. */
function wholeNumber(name: string, range: { min: number; max: number; default: number }, description: string) {
  const message = `${name} must be a whole number from ${range.min} to ${range.max}`;
  return z.coerce
    .number({ error: message })
    .int(message)
    .min(range.min, message)
    .max(range.max, message)
    .default(range.default)
    .meta({ description: `${description} (${range.min} to ${range.max}, default ${range.default})` });
}

const NodeId = z.string().min(1).max(NODE_ID_MAX_LENGTH).regex(NODE_ID_PATTERN, 'ids are slugs of letters, digits, dots, dashes, underscores and colons');
const name = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'names are letters, digits and underscores');
/** `labels=Actor,Victim` in a query string. */
const nameList = z
  .string()
  .max(2000)
  .optional()
  .transform((value) =>
    value
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [],
  )
  .pipe(z.array(name).max(50))
  .meta({ description: 'Comma-separated names' });

/** `since` and `until`: a time window of any precision. (`from` and `to` already name a path's two ends.) */
function dateText(name: string, description: string) {
  return z
    .string()
    .optional()
    .refine((value) => value === undefined || dateSpan(value) !== undefined, `${name} must be a real year, month or day: YYYY, YYYY-MM or YYYY-MM-DD`)
    .meta({ description });
}
const timeWindow = {
  since: dateText('since', 'Keep only what overlaps the time window from the start of this year, month or day; undated elements stay and are listed'),
  until: dateText('until', 'Keep only what overlaps the time window up to the end of this year, month or day (until=2016 takes in all of 2016)'),
};
/** Retracted claims are kept as records and hidden from views unless asked for. */
const retractedChoice = {
  retracted: z.enum(['hide', 'show']).default('hide').meta({ description: 'show: include analysts’ retracted claims, marked retracted:true' }),
};
function sinceNotAfterUntil({ since, until }: { since?: string | undefined; until?: string | undefined }): boolean {
  const start = since === undefined ? undefined : dateSpan(since);
  const end = until === undefined ? undefined : dateSpan(until);
  return !start || !end || start.from <= end.to;
}
const sinceAfterUntil = { message: 'since must not be after until', path: ['since'] };
export const TimeWindow = z
  .object({
    since: z.string().optional().meta({ description: 'The window as asked' }),
    until: z.string().optional(),
    from: z.string().meta({ description: 'First day of the window (YYYY-MM-DD), or 0001-01-01 without since' }),
    to: z.string().meta({ description: 'Last day of the window, or 9999-12-31 without until' }),
    undated: z.array(z.string()).meta({ description: 'Ids of the nodes and relationships in the answer that have no date: kept, neither in nor out' }),
    note: z.string().optional().meta({ description: 'Why the answer holds nothing dated, when it does not' }),
  })
  .meta({ id: 'TimeWindow', description: 'Present when since or until was given' });

const Properties = z.record(z.string(), z.unknown()).meta({ id: 'Properties' });
export const GraphNode = z.object({ id: z.string(), labels: z.array(z.string()), name: z.string(), properties: Properties }).meta({ id: 'Node' });
export const GraphEdge = z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), properties: Properties }).meta({ id: 'Edge' });
export const Graph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) }).meta({ id: 'Graph' });
export const SourceRef = z
  .object({
    id: z.string(),
    name: z.string(),
    publisher: z.string().optional(),
    date: z.string().optional(),
    kind: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'Source' });
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      current: z.unknown().optional().meta({ description: 'With a 409: the current version of what the request tried to change' }),
    }),
  })
  .meta({ id: 'Error' });

export const HealthResponse = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ connected: z.boolean(), version: z.string().optional(), reason: z.string().optional() }),
});

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'q must not be empty').max(200),
    limit: wholeNumber('limit', SEARCH_LIMIT, 'Results at most'),
    labels: nameList,
    ...timeWindow,
    ...retractedChoice,
  })
  .refine(sinceNotAfterUntil, sinceAfterUntil);
export const SearchResult = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  score: z.number(),
  matched: z.string().meta({ description: 'The name or alias that matched, or the summary text when only the summary did' }),
  matchedField: z.enum(['name', 'alias', 'summary']),
  statedBy: z
    .array(z.string())
    .optional()
    .meta({ description: 'Ids of the Sources that give the matched name to this node (absent when only the summary matched)' }),
});
export const SearchResponse = z.object({ results: z.array(SearchResult), window: TimeWindow.optional() });

export const NodeParams = z.object({ id: NodeId });
export const NodeDetailsQuery = z.object({
  limit: wholeNumber('limit', RELATIONSHIP_PAGE, 'Relationships per page'),
  offset: z.coerce
    .number({ error: 'offset must be a whole number, 0 or more: the nextOffset of the page before' })
    .int()
    .min(0)
    .default(0)
    .meta({ description: 'Relationships to skip: 0 for the first page, then the nextOffset of the page before' }),
});
const Direction = z.enum(['out', 'in']);
export const NodeRelationship = z.object({
  type: z.string(),
  direction: Direction,
  other: z.object({ id: z.string(), name: z.string(), labels: z.array(z.string()) }),
  properties: Properties,
});
export const RelationshipCount = z.object({ type: z.string(), direction: Direction, count: z.number().int() }).meta({ id: 'RelationshipCount' });
const ConflictStatement = z.object({
  node: z.string().meta({ description: 'The node the statement is about' }),
  nodeName: z.string(),
  says: z.string(),
  sources: z.array(z.string()).meta({ description: 'Ids of the Sources that say it' }),
});
export const Conflict = z
  .object({
    id: z.string(),
    kind: z.enum(['identity', 'value', 'relationship']).meta({
      description:
        'identity: one name, two entities; value: two values of one property; relationship: one link stated with different confidence, date or amount',
    }),
    about: z.string(),
    statements: z.array(ConflictStatement).min(2),
  })
  .meta({ id: 'Conflict', description: 'Sources disagree: each statement with the sources that make it; none overwrites another' });
export const Claim = z
  .object({
    source: z.string(),
    stixId: z.string(),
    type: z.string(),
    modified: z.string().optional(),
    name: z.string(),
    aliases: z.array(z.string()),
    description: z.string().optional(),
    firstSeen: z.string().optional(),
    lastSeen: z.string().optional(),
    confidence: z.number().optional(),
    confidenceLevel: z.string().optional(),
    externalId: z.string().optional(),
    url: z.string().optional(),
    tlp: z.array(z.string()).optional(),
    createdBy: z.string().optional(),
    references: z.array(z.string()).optional(),
  })
  .meta({ id: 'Claim', description: 'What one imported source (STIX object) says about the node, as it says it' });

export const NodeDetailsResponse = z.object({
  node: GraphNode,
  relationships: z
    .array(NodeRelationship)
    .meta({ description: 'One page, ordered by type, outgoing before incoming, then by the name and id of the node at the other end' }),
  relationshipTotal: z.number().int().meta({ description: 'All relationships of the node, on every page' }),
  relationshipCounts: z
    .array(RelationshipCount)
    .meta({ description: 'Relationships of each type and direction, in page order; they add up to relationshipTotal' }),
  nextOffset: z.number().int().nullable().meta({ description: 'The offset of the next page, or null when this page is the last' }),
  sources: z.array(SourceRef).meta({ description: 'Sources cited by the node and by the relationships on this page' }),
  claims: z.array(Claim).optional().meta({ description: 'What each imported source says about the node' }),
  conflicts: z.array(Conflict).optional().meta({ description: 'Where the sources disagree about the node: each side with its sources' }),
});

export const NeighbourhoodQuery = z
  .object({
    depth: wholeNumber('depth', DEPTH, 'Hops from the node'),
    limit: wholeNumber('limit', NEIGHBOUR_LIMIT, 'Neighbours at most'),
    labels: nameList,
    types: nameList,
    ...timeWindow,
    ...retractedChoice,
  })
  .refine(sinceNotAfterUntil, sinceAfterUntil);
export const NeighbourhoodResponse = Graph.extend({
  window: TimeWindow.optional(),
  truncated: z.boolean(),
  total: z
    .number()
    .int()
    .meta({ description: 'Neighbours found within the depth: exact unless truncated at depth 2 or 3, where it is a lower bound above limit' }),
  supernodes: z.array(z.string()).meta({
    description:
      'Kept nodes other than the centre with more than supernodeDegree relationships. Links between two of them are not looked for (one is kept when a supernode would otherwise have none); open one to see all its links',
  }),
  supernodeDegree: z.number().int().meta({ description: 'The server setting SUPERNODE_DEGREE' }),
});

const PathMode = z.enum(PATH_MODES);
export const PathsQuery = z
  .object({
    from: NodeId,
    to: NodeId,
    mode: PathMode.default('shortest').meta({ description: 'shortest: one shortest path; all-shortest: every shortest path; all: every path up to maxHops' }),
    maxHops: wholeNumber('maxHops', MAX_HOPS, 'Relationships a path may have'),
    types: nameList,
    direction: z.enum(PATH_DIRECTIONS).default('any').meta({ description: 'outgoing: every relationship is followed from its start to its end' }),
    limit: wholeNumber('limit', PATH_LIMIT, 'Paths at most'),
    order: z.enum(PATH_ORDERS).default('length').meta({
      description: 'chronological: only paths whose dated hops never go back in time along the path (overlapping dates and undated hops pass)',
    }),
    rank: z.enum(PATH_RANKS).default('length').meta({
      description:
        'credibility: among up to 5 × limit paths found, the most credible first: by the confidence of the weakest hop (confirmed > reported > alleged > suspected), then the number of sources of that hop, then length',
    }),
    ...timeWindow,
    ...retractedChoice,
  })
  .refine(sinceNotAfterUntil, sinceAfterUntil);
export const GraphPath = Graph.extend({
  length: z.number().int(),
  undatedHops: z.number().int().optional().meta({ description: 'Hops without a date, with order=chronological or a time window: they pass unchecked' }),
  weakestHop: z
    .object({ edge: z.string(), confidence: z.string(), sources: z.number().int(), why: z.string() })
    .optional()
    .meta({ description: 'With rank=credibility: the hop with the lowest confidence (the fewest sources among equals), and why' }),
}).meta({ id: 'Path' });
export const PathsResponse = z.object({
  paths: z.array(GraphPath),
  sources: z.array(SourceRef),
  window: TimeWindow.optional(),
  note: z.string().optional().meta({ description: 'Why there is no path, when order=chronological or a time window left none' }),
});

/** `ids=a,b,c` in a query string: the trimmed, non-empty items. */
function commaSeparated(maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    );
}
export const SourcesQuery = z.object({
  ids: commaSeparated(20_000)
    .pipe(z.array(NodeId).min(1, 'name at least one source id').max(SOURCES_PER_REQUEST, `at most ${SOURCES_PER_REQUEST} source ids at once`))
    .meta({ description: 'Comma-separated ids of Source nodes' }),
});
export const ExportQuery = z.object({
  ids: commaSeparated(EXPORT_MAX_IDS * (NODE_ID_MAX_LENGTH + 1))
    .pipe(z.array(NodeId).min(1, 'name at least one node id').max(EXPORT_MAX_IDS, `at most ${EXPORT_MAX_IDS} node ids at once`))
    .meta({ description: 'Comma-separated ids of the nodes to export; the relationships among them go with them' }),
});
export const ExportRequest = z
  .object({
    ids: z
      .array(NodeId)
      .min(1, 'name at least one node id')
      .max(EXPORT_MAX_IDS, `at most ${EXPORT_MAX_IDS} node ids at once`)
      .meta({ description: 'Ids of the nodes to export; the relationships among them go with them' }),
    table: z.enum(['nodes', 'edges']).default('nodes').meta({ description: 'CSV only: the nodes, or the relationships among them' }),
  })
  .strict()
  .meta({ description: 'The same export for a view too large for a query string (a GET holds about 500 ids)' });
export const CsvExportQuery = ExportQuery.extend({
  table: z.enum(['nodes', 'edges']).default('nodes').meta({ description: 'Which table: the nodes, or the relationships among them' }),
});
export const StixBundle = z
  .object({ type: z.literal('bundle'), id: z.string(), objects: z.array(z.record(z.string(), z.unknown())) })
  .meta({ id: 'StixBundle', description: 'A STIX 2.1 bundle' });
export const SourcesResponse = z.object({
  sources: z.array(SourceRef).meta({ description: 'The sources found, in the order asked; unknown ids are left out' }),
});

export const SchemaResponse = z.object({
  labels: z.array(z.object({ name: z.string(), count: z.number().int() })),
  relationshipTypes: z.array(z.object({ name: z.string(), count: z.number().int() })),
  properties: z.record(z.string(), z.array(z.string())),
});

export const CypherRequest = z.object({
  query: z
    .string()
    .trim()
    .min(1, 'query must not be empty')
    .max(CONSOLE_QUERY_MAX_LENGTH, `query must be at most ${CONSOLE_QUERY_MAX_LENGTH.toLocaleString('en')} characters`),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: Graph,
  truncated: z.boolean(),
  timings: z.object({ serverMs: z.number(), totalMs: z.number() }),
});

// ---- STIX 2.1 import ----
export const ImportQuery = z.object({
  source: z.string().trim().min(1).max(200).optional().meta({ description: 'Title of the Source the bundle is cited as (default: "STIX bundle <bundle id>")' }),
  sourceId: NodeId.optional().meta({ description: 'Id of that Source node (default: a slug of the title)' }),
  publisher: z.string().trim().min(1).max(200).optional(),
  url: z.url().max(2000).optional(),
});
const ImportedObject = z.object({ stixId: z.string(), type: z.string(), name: z.string(), node: z.string() });
export const ImportReport = z
  .object({
    source: z.object({ id: z.string(), name: z.string() }),
    bundle: z.string().optional(),
    objects: z.number().int().meta({ description: 'Objects in the bundle' }),
    created: z.object({
      nodes: z.number().int(),
      relationships: z.number().int(),
      byLabel: z.record(z.string(), z.number().int()).meta({ description: 'New nodes per kind label' }),
      byType: z.record(z.string(), z.number().int()).meta({ description: 'New relationships per type' }),
    }),
    updated: z.array(ImportedObject.extend({ modified: z.string().optional() })).meta({ description: 'Objects newer than what the source said before' }),
    unchanged: z.number().int().meta({ description: 'Objects the graph already holds as this source stated them' }),
    merged: z
      .array(ImportedObject.extend({ nodeName: z.string(), by: z.enum(['stix id', 'name', 'alias']) }))
      .meta({ description: 'Objects that joined an existing node, and what matched' }),
    notMerged: z
      .array(ImportedObject.extend({ candidates: z.array(z.string()), reason: z.string() }))
      .meta({ description: 'Objects whose name matched existing nodes but were given a node of their own, and why' }),
    skipped: z.array(
      z.object({ index: z.number().int(), stixId: z.string().optional(), type: z.string().optional(), name: z.string().optional(), reason: z.string() }),
    ),
    conflicts: z.array(Conflict),
    durationMs: z.number(),
  })
  .meta({ id: 'ImportReport' });
export type ImportQuery = z.infer<typeof ImportQuery>;
export type ImportReport = z.infer<typeof ImportReport>;
export type Conflict = z.infer<typeof Conflict>;
export type Claim = z.infer<typeof Claim>;

export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export type Graph = z.infer<typeof Graph>;
export type SourceRef = z.infer<typeof SourceRef>;
export type HealthResponse = z.infer<typeof HealthResponse>;
export type SearchQuery = z.infer<typeof SearchQuery>;
export type SearchResult = z.infer<typeof SearchResult>;
export type SearchResponse = z.infer<typeof SearchResponse>;
export type NodeDetailsQuery = z.infer<typeof NodeDetailsQuery>;
export type RelationshipCount = z.infer<typeof RelationshipCount>;
export type NodeRelationship = z.infer<typeof NodeRelationship>;
export type NodeDetailsResponse = z.infer<typeof NodeDetailsResponse>;
export type NeighbourhoodQuery = z.infer<typeof NeighbourhoodQuery>;
export type NeighbourhoodResponse = z.infer<typeof NeighbourhoodResponse>;
export type PathsQuery = z.infer<typeof PathsQuery>;
export type TimeWindow = z.infer<typeof TimeWindow>;
export type GraphPath = z.infer<typeof GraphPath>;
export type PathsResponse = z.infer<typeof PathsResponse>;
export type SourcesQuery = z.infer<typeof SourcesQuery>;
export type SourcesResponse = z.infer<typeof SourcesResponse>;
export type SchemaResponse = z.infer<typeof SchemaResponse>;
export type CypherRequest = z.infer<typeof CypherRequest>;
export type CypherResponse = z.infer<typeof CypherResponse>;

// ---- Walkthroughs: guided, sourced investigations stored as YAML in cypher/walkthroughs ----
export const WalkthroughLayout = z.enum(LAYOUTS).meta({ id: 'WalkthroughLayout' });
export const WalkthroughProblem = z
  .object({
    file: z.string().meta({ description: 'The walkthrough file, relative to the walkthroughs folder' }),
    step: z.number().int().min(1).optional().meta({ description: 'The step, counted from 1, when the problem is in one step' }),
    message: z.string(),
  })
  .meta({ id: 'WalkthroughProblem' });
export const WalkthroughSummary = z
  .object({ id: z.string(), title: z.string(), summary: z.string(), steps: z.number().int().meta({ description: 'how many steps' }) })
  .meta({ id: 'WalkthroughSummary' });
export const WalkthroughListResponse = z.object({
  walkthroughs: z.array(WalkthroughSummary),
  problems: z.array(WalkthroughProblem).meta({ description: 'Walkthrough files that failed to load; the others are listed' }),
});
export const WalkthroughParams = z.object({ id: NodeId });
export const WalkthroughStep = z
  .object({
    title: z.string(),
    narrative: z.string(),
    sources: z.array(SourceRef),
    query: z.string(),
    params: z.record(z.string(), z.unknown()),
    graph: Graph,
    truncated: z.boolean(),
    focus: z.array(z.string()).meta({ description: 'Node ids to centre and select' }),
    highlight: z.array(z.string()).meta({ description: 'Node or edge ids to emphasise' }),
    layout: WalkthroughLayout,
    error: z
      .object({ code: z.string(), message: z.string() })
      .optional()
      .meta({ description: 'Present when the step query could not run; the graph is then empty' }),
    view: z.string().optional().meta({ description: 'The explorer view the step was recorded from, as its URL query (time window, filters)' }),
    missing: z
      .array(z.string())
      .optional()
      .meta({ description: 'Ids the step was recorded with that are no longer in the graph (retracted or removed since)' }),
  })
  .meta({ id: 'WalkthroughStep' });
export const WalkthroughResponse = z
  .object({ id: z.string(), title: z.string(), summary: z.string(), steps: z.array(WalkthroughStep) })
  .meta({ id: 'Walkthrough' });

export type WalkthroughLayout = z.infer<typeof WalkthroughLayout>;
export type WalkthroughProblem = z.infer<typeof WalkthroughProblem>;
export type WalkthroughSummary = z.infer<typeof WalkthroughSummary>;
export type WalkthroughListResponse = z.infer<typeof WalkthroughListResponse>;
export type WalkthroughStep = z.infer<typeof WalkthroughStep>;
export type WalkthroughResponse = z.infer<typeof WalkthroughResponse>;

// ---- Accounts and sessions (docs/security.md) ----
const AccountRole = z.enum(['viewer', 'analyst', 'admin']);
export const SignInRequest = z.union([
  z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) }).strict(),
  z.object({ link: z.string().min(1).max(200).meta({ description: 'A one-time sign-in link printed by the server or npm run user' }) }).strict(),
]);
export const SessionResponse = z
  .object({
    account: z.object({ username: z.string(), role: AccountRole }).nullable().meta({ description: 'Null when not signed in' }),
    readOpen: z.boolean().meta({ description: 'Whether reading needs no sign-in on this server' }),
  })
  .meta({ id: 'Session' });
export const AccountListResponse = z
  .object({ accounts: z.array(z.object({ username: z.string(), role: AccountRole, disabled: z.boolean(), createdAt: z.string() })) })
  .meta({ id: 'AccountList' });

export type SignInRequest = z.infer<typeof SignInRequest>;
export type SessionResponse = z.infer<typeof SessionResponse>;

// ---- Analysts' claims and the audit trail (docs/data-model.md § Analysts' claims, docs/security.md § Audit trail) ----
const text = (name: string, max: number) => z.string().trim().min(1, `${name} must not be empty`).max(max, `${name} must be at most ${max} characters`);
const optionalText = (name: string, max: number) => z.string().trim().max(max, `${name} must be at most ${max} characters`).optional();
const claimDate = z
  .string()
  .refine((value) => dateSpan(value) !== undefined, 'date must be a real year, month or day: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional()
  .meta({ description: 'When it happened, at the precision known (YYYY, YYYY-MM or YYYY-MM-DD)' });
const confidence = z.enum(CONFIDENCE_LEVELS, { error: `confidence must be one of ${CONFIDENCE_LEVELS.join(', ')}` }).meta({
  description: 'How sure the analyst is: confirmed, reported, alleged or suspected (docs/data-model.md § Confidence)',
});
export const ClaimSource = z
  .union([
    z.object({ id: NodeId.meta({ description: 'An existing Source node' }) }).strict(),
    z
      .object({
        title: text('source title', 300),
        url: z
          .url({ protocol: /^https?$/, error: 'source url must be an http or https address' })
          .max(2000)
          .optional(),
        reference: optionalText('source reference', 500).meta({ description: 'A case file, report number or other reference, when there is no URL' }),
        date: z.string().refine((value) => dateSpan(value) !== undefined, 'source date must be YYYY, YYYY-MM or YYYY-MM-DD'),
      })
      .strict()
      .refine((source) => Boolean(source.url || source.reference), { message: 'a new source needs a url or a reference', path: ['url'] }),
  ])
  .meta({ id: 'ClaimSource', description: 'Who states it: an existing Source by id, or a new one with title, url or reference, and date' });
export const NewNodeClaim = z
  .object({
    kind: z.enum(CLAIM_NODE_KINDS),
    name: text('name', 200),
    summary: optionalText('summary', 2000),
    aliases: z.array(text('alias', 200)).max(20).default([]),
    date: claimDate,
    source: ClaimSource,
    confidence,
  })
  .strict();
export const NewRelationshipClaim = z
  .object({
    from: NodeId,
    to: NodeId,
    type: z.string().regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'type is an upper-case name of letters, digits and underscores, such as LAUNDERED_FOR'),
    date: claimDate,
    context: optionalText('context', 2000).meta({ description: 'A note in the analyst’s own words, such as why the confidence is what it is' }),
    source: ClaimSource,
    confidence,
  })
  .strict();
export const ClaimParams = z.object({
  id: z
    .string()
    .min(1)
    .max(3 * NODE_ID_MAX_LENGTH + 60)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:~-]*$/, 'not a node or relationship id'),
});
const ClaimVersion = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'The version the change starts from: refused with 409 and the current version when it is no longer the latest' }),
  })
  .strict();
export const ClaimEdit = ClaimVersion.extend({
  name: text('name', 200).optional(),
  summary: optionalText('summary', 2000),
  aliases: z.array(text('alias', 200)).max(20).optional(),
  date: claimDate.nullable(),
  context: optionalText('context', 2000),
  confidence: confidence.optional(),
  source: ClaimSource.optional().meta({ description: 'Who states the new version (added to the claim’s sources)' }),
}).strict();
export const ClaimRetraction = ClaimVersion.extend({ reason: text('reason', 1000) }).strict();
export const ClaimResponse = z
  .object({
    id: z.string(),
    version: z.number().int(),
    node: GraphNode.optional(),
    edge: GraphEdge.optional(),
    sources: z.array(z.string()).meta({ description: 'Ids of the Sources that state it' }),
  })
  .meta({ id: 'AnalystClaim' });

export const AuditQuery = z.object({
  user: z.string().max(100).optional().meta({ description: 'Only changes by this account (or service-token, cli:<name>)' }),
  entity: z
    .string()
    .max(3 * NODE_ID_MAX_LENGTH + 60)
    .optional()
    .meta({ description: 'Only changes of this node, relationship, source or account' }),
  since: z.iso.datetime({ offset: true, error: 'since must be an ISO date-time' }).optional(),
  until: z.iso.datetime({ offset: true, error: 'until must be an ISO date-time' }).optional(),
  before: z.coerce.number().int().min(1).optional().meta({ description: 'Page backwards: records with a smaller seq than this' }),
  limit: wholeNumber('limit', AUDIT_PAGE, 'Records at most'),
});
export const AuditRecord = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    action: z.string(),
    actor: z.string(),
    entity: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    request: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditRecord', description: 'One change: who, when, what, the value before and after, the request, and its link in the hash chain' });
export const AuditResponse = z.object({ records: z.array(AuditRecord), nextBefore: z.number().int().nullable() });

export type NewNodeClaim = z.infer<typeof NewNodeClaim>;
export type NewRelationshipClaim = z.infer<typeof NewRelationshipClaim>;
export type ClaimSource = z.infer<typeof ClaimSource>;
export type ClaimEdit = z.infer<typeof ClaimEdit>;
export type ClaimRetraction = z.infer<typeof ClaimRetraction>;
export type ClaimResponse = z.infer<typeof ClaimResponse>;
export type AuditQuery = z.infer<typeof AuditQuery>;
export type AuditRecord = z.infer<typeof AuditRecord>;
export type AuditResponse = z.infer<typeof AuditResponse>;

// ---- Case files (docs/cases.md): views, pinned entities, notes and a walkthrough, kept for the case's members ----
const caseId = z
  .string()
  .regex(/^case-[a-z0-9]{12}$/, 'a case id is case- and 12 letters or digits')
  .meta({ description: 'A case id' });
const itemId = z
  .string()
  .regex(/^(view|note)-[a-z0-9]{12}$/, 'an id of a case’s view or note')
  .meta({ description: 'A view or note id' });
const username = z.string().trim().min(1).max(100);
const picture = z
  .string()
  .max(PICTURE_MAX_LENGTH, `a picture must be at most ${PICTURE_MAX_LENGTH} characters as a data: URL`)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'a picture is a PNG or JPEG data: URL')
  .meta({ description: 'A PNG or JPEG as a data: URL' });
/** The explorer's view as its URL query (`n=lazarus-group&d=2…`): what a link to the view carries. */
const viewState = z.string().max(16_000).meta({ description: 'The explorer view as its URL query string' });
const CaseMember = z
  .object({ username, access: z.enum(CASE_ACCESS) })
  .strict()
  .meta({ id: 'CaseMember' });
const CaseVersion = z.object({
  version: z.number().int().min(1).meta({ description: 'The version the change was made from: 409 with the current one when it is not' }),
});
export const CaseParams = z.object({ id: caseId });
export const CaseItemParams = z.object({ id: caseId, item: itemId });
export const CaseListQuery = z.object({ q: z.string().trim().max(200).optional().meta({ description: 'Only cases whose title or summary holds this text' }) });
export const NewCase = z
  .object({
    title: text('title', 200),
    summary: optionalText('summary', 4000),
    members: z.array(CaseMember).max(CASE_MAX_MEMBERS).default([]),
  })
  .strict();
export const CaseEdit = CaseVersion.extend({
  title: text('title', 200).optional(),
  summary: optionalText('summary', 4000),
  status: z.enum(CASE_STATUSES).optional(),
  members: z.array(CaseMember).max(CASE_MAX_MEMBERS).optional().meta({ description: 'Who else may read or edit it (the owner only)' }),
  pinned: z.array(NodeId).max(CASE_MAX_PINNED).optional().meta({ description: 'Entities pinned to the case' }),
}).strict();
export const NewCaseView = z.object({ title: text('title', 200), state: viewState, thumbnail: picture.optional() }).strict();
const NoteTarget = z
  .object({
    kind: z.enum(['case', 'node', 'edge']),
    id: z
      .string()
      .max(3 * NODE_ID_MAX_LENGTH + 20)
      .optional(),
  })
  .strict()
  .refine((target) => (target.kind === 'case') === (target.id === undefined), 'a note on a node or edge names its id; a note on the case names none')
  .meta({ id: 'NoteTarget' });
const noteBody = z
  .string()
  .trim()
  .min(1, 'a note must not be empty')
  .max(NOTE_MAX_LENGTH, `a note must be at most ${NOTE_MAX_LENGTH} characters`)
  .meta({ description: 'Markdown; shown sanitised, [[node-id]] links open the node' });
export const NewCaseNote = z.object({ target: NoteTarget, body: noteBody }).strict();
export const CaseNoteEdit = CaseVersion.extend({ body: noteBody }).strict();
export const CaseItemDeletion = z.object({ version: z.number().int().min(1).optional() }).strict();
const elementIds = z.array(z.string().max(3 * NODE_ID_MAX_LENGTH + 20)).max(STEP_MAX_ELEMENTS);
export const CaseStepInput = z
  .object({
    title: z.string().max(200),
    narrative: z.string().max(8000),
    sources: z.array(z.string().max(NODE_ID_MAX_LENGTH)).max(50),
    query: z.string().max(CONSOLE_QUERY_MAX_LENGTH).optional().meta({ description: 'A read-only query drawing the step (a copied walkthrough step)' }),
    params: z.record(z.string(), z.unknown()).optional(),
    nodes: elementIds.optional().meta({ description: 'A recorded step: the node ids of the view (the server writes the query)' }),
    edges: elementIds.optional().meta({ description: 'A recorded step: the relationship ids of the view' }),
    focus: z.array(z.string().max(NODE_ID_MAX_LENGTH)).max(50),
    highlight: z
      .array(z.string().max(3 * NODE_ID_MAX_LENGTH + 20))
      .max(STEP_MAX_ELEMENTS)
      .default([]),
    layout: z.enum(LAYOUTS).optional(),
    view: viewState.optional(),
    picture: picture.optional(),
  })
  .strict()
  .meta({ id: 'CaseStepInput', description: 'A walkthrough step as cypher/walkthroughs files write it, or one recorded from a view' });
export const CaseWalkthroughEdit = z
  .object({
    version: z.number().int().min(0).meta({ description: 'The walkthrough version the change was made from (0: none yet)' }),
    title: text('title', 120).optional(),
    summary: optionalText('summary', 1000),
    steps: z.array(CaseStepInput).max(WALKTHROUGH_MAX_STEPS, `a walkthrough has at most ${WALKTHROUGH_MAX_STEPS} steps`),
  })
  .strict();
const CaseStep = z
  .object({
    title: z.string(),
    narrative: z.string(),
    sources: z.array(z.string()),
    query: z.string(),
    params: z.record(z.string(), z.unknown()),
    focus: z.array(z.string()),
    highlight: z.array(z.string()),
    layout: z.enum(LAYOUTS).optional(),
    view: z.string().optional(),
    picture: z.string().optional(),
  })
  .meta({ id: 'CaseStep' });
export const CaseSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    status: z.enum(CASE_STATUSES),
    owner: z.string(),
    access: z.enum(CASE_ACCESS).meta({ description: 'What the caller may do with it' }),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseSummary' });
const CaseView = z
  .object({ id: z.string(), title: z.string(), state: z.string(), thumbnail: z.string().optional(), createdBy: z.string(), createdAt: z.string() })
  .meta({ id: 'CaseView' });
export const CaseNote = z
  .object({
    id: z.string(),
    target: z.object({ kind: z.enum(['case', 'node', 'edge']), id: z.string().optional() }),
    body: z.string(),
    version: z.number().int(),
    author: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseNote' });
export const CaseResponse = z
  .object({
    case: CaseSummary.extend({
      version: z.number().int(),
      createdAt: z.string(),
      members: z.array(CaseMember),
      pinned: z.array(z.string()),
    }),
    views: z.array(CaseView),
    notes: z.array(CaseNote),
    walkthrough: z.object({ version: z.number().int(), title: z.string(), summary: z.string(), steps: z.array(CaseStep) }),
  })
  .meta({ id: 'Case' });
export const CaseListResponse = z.object({ cases: z.array(CaseSummary) });
const BriefClaim = z.object({
  id: z.string(),
  text: z.string().meta({ description: 'The claim in words: a node, or "A — TYPE → B"' }),
  confidence: z.string().nullable(),
  sources: z.array(z.string()),
  claimedBy: z.string().optional().meta({ description: 'The analyst who states it, for an analyst’s claim' }),
});
export const CaseBrief = z
  .object({
    case: CaseResponse.shape.case,
    walkthrough: z.object({ title: z.string(), summary: z.string() }),
    steps: z.array(
      z.object({
        title: z.string(),
        narrative: z.string(),
        picture: z.string().optional(),
        missing: z.array(z.string()),
        claims: z.array(BriefClaim),
      }),
    ),
    notes: z.array(CaseNote),
    sources: z.array(SourceRef).meta({ description: 'Every source the steps and their claims cite: the bibliography' }),
    generatedAt: z.string(),
  })
  .meta({ id: 'CaseBrief' });

export type CaseListResponse = z.infer<typeof CaseListResponse>;
export type CaseSummary = z.infer<typeof CaseSummary>;
export type CaseResponse = z.infer<typeof CaseResponse>;
export type CaseNote = z.infer<typeof CaseNote>;
export type CaseStep = z.infer<typeof CaseStep>;
export type CaseStepInput = z.input<typeof CaseStepInput>;
export type NewCase = z.input<typeof NewCase>;
export type CaseEdit = z.infer<typeof CaseEdit>;
export type NewCaseView = z.infer<typeof NewCaseView>;
export type NewCaseNote = z.infer<typeof NewCaseNote>;
export type CaseNoteEdit = z.infer<typeof CaseNoteEdit>;
export type CaseWalkthroughEdit = z.input<typeof CaseWalkthroughEdit>;
export type CaseBrief = z.infer<typeof CaseBrief>;
