// The API's parameter ranges and choices as plain values: the zod schemas in api.ts are built from them, and the client
// imports them for its controls and its URL parsing without bundling zod.

/** Node ids are slugs: a letter or digit, then letters, digits, dots, dashes, underscores and colons. */
export const NODE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
export const NODE_ID_MAX_LENGTH = 200;

/** Hops around the focus node that a neighbourhood takes in. */
export const DEPTH = { min: 1, max: 3, default: 1 } as const;
/** Neighbours one neighbourhood request returns at most. */
export const NEIGHBOUR_LIMIT = { min: 1, max: 5000, default: 300 } as const;
/** Relationships one page of a node's details lists. */
export const RELATIONSHIP_PAGE = { min: 1, max: 1000, default: 100 } as const;
export const SEARCH_LIMIT = { min: 1, max: 100, default: 10 } as const;

export const PATH_MODES = ['shortest', 'all-shortest', 'all'] as const;
export type PathMode = (typeof PATH_MODES)[number];
export const PATH_DIRECTIONS = ['any', 'outgoing'] as const;
/** length: shortest first; chronological: only paths whose dated hops never go back in time. */
export const PATH_ORDERS = ['length', 'chronological'] as const;
export type PathOrder = (typeof PATH_ORDERS)[number];
/** length: shortest first; credibility: by the weakest hop's confidence, then its sources, then length. */
export const PATH_RANKS = ['length', 'credibility'] as const;
export type PathRank = (typeof PATH_RANKS)[number];
/** Relationships a path may have. */
export const MAX_HOPS = { min: 1, max: 8, default: 4 } as const;
export const PATH_LIMIT = { min: 1, max: 100, default: 10 } as const;

/** Layouts the client can draw with; walkthrough steps name one of them. */
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** How sure a source is of what it states, strongest first. */
export const CONFIDENCE_LEVELS = ['confirmed', 'reported', 'alleged', 'suspected'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const CONSOLE_QUERY_MAX_LENGTH = 20_000;
/** Source ids one /api/sources request may name. */
export const SOURCES_PER_REQUEST = 200;
/** Node ids one export may name (a GET's query string holds about 16 KB; Node refuses longer request heads). */
export const EXPORT_MAX_IDS = 5000;

/** Kinds of node an analyst can state, each with the labels it gets (docs/data-model.md § Labels). */
export const CLAIM_NODE_KINDS = [
  'Group',
  'Operative',
  'Person',
  'Victim',
  'Launderer',
  'Country',
  'Incident',
  'Organization',
  'Malware',
  'Tool',
  'Campaign',
  'Indicator',
] as const;
export type ClaimNodeKind = (typeof CLAIM_NODE_KINDS)[number];
/** Audit records one /api/audit request returns. */
export const AUDIT_PAGE = { min: 1, max: 500, default: 100 } as const;

// ---- Case files ----
export const CASE_STATUSES = ['open', 'closed'] as const;
/** read: sees the case; edit: changes it too. The owner always edits, and alone changes who the members are. */
export const CASE_ACCESS = ['read', 'edit'] as const;
export type CaseAccess = (typeof CASE_ACCESS)[number];
/** A note's text, in Markdown (a notes page of a report, not a book). */
export const NOTE_MAX_LENGTH = 20_000;
/** A view's thumbnail or a step's picture, as a data: URL (about 150 kB of PNG or JPEG). */
export const PICTURE_MAX_LENGTH = 200_000;
/** Members a case has; entities pinned to it. */
export const CASE_MAX_MEMBERS = 50;
export const CASE_MAX_PINNED = 200;
/** Node and edge ids one recorded step draws. */
export const STEP_MAX_ELEMENTS = 2000;
/** A walkthrough's steps, in the files and in cases alike. */
export const WALKTHROUGH_MAX_STEPS = 12;
