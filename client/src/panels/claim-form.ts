// The claim dialog: an analyst states a node or a relationship, edits a claim into a new version, or retracts one.
// Every claim names its source (one the graph has, or a new one) and a confidence; the server checks both again and
// its message is shown in the dialog, never a stack trace. A 409 (someone changed it first) offers the current version.
import { CLAIM_NODE_KINDS, CONFIDENCE_LEVELS } from '../../../contract/limits.ts';
import { addNodeClaim, addRelationshipClaim, editClaim, retractClaim } from '../api/endpoints.ts';
import { ApiError, describeError } from '../api/http.ts';
import { describeSource, knownSources } from '../api/sources.ts';
import type { ClaimResponse, ClaimSource, GraphNode } from '../api/types.ts';
import { h, uid } from '../dom.ts';

export interface ClaimFormHandlers {
  /** A claim was added or changed: the view reloads what it shows. */
  saved(result: ClaimResponse): void;
  relationshipTypes(): string[];
}

/** A claim as the details panel shows it: its id, version, and whether a node or a relationship. */
export interface ClaimTarget {
  id: string;
  version: number;
  kind: 'node' | 'edge';
  properties: Record<string, unknown>;
}

type Fields = Record<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLLabelElement {
  return h('label', { class: 'claim-field' }, label, control, hint ? h('span', { class: 'hint', text: hint }) : null);
}

function input(name: string, attrs: Record<string, string | number | boolean | undefined> = {}): HTMLInputElement {
  return h('input', { name, ...attrs });
}

function select(name: string, options: readonly (string | [string, string])[], attrs: Record<string, string | boolean> = {}): HTMLSelectElement {
  return h(
    'select',
    { name, ...attrs },
    ...options.map((option) => {
      const [value, text] = typeof option === 'string' ? [option, option] : option;
      return h('option', { value, text });
    }),
  );
}

const DATE = { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', maxlength: 10 };

function text(fields: Fields, name: string): string | undefined {
  const value = fields[name]?.value.trim();
  return value ? value : undefined;
}

export class ClaimDialog {
  readonly #dialog = h('dialog', { class: 'claim-dialog' });
  readonly #handlers: ClaimFormHandlers;

  constructor(handlers: ClaimFormHandlers) {
    this.#handlers = handlers;
    document.body.append(this.#dialog);
  }

  get open(): boolean {
    return this.#dialog.open;
  }

  /** A new node: kind, name, summary, aliases, date, source and confidence. */
  openNode(): void {
    const fields: Fields = {
      kind: select('kind', CLAIM_NODE_KINDS),
      name: input('name', { required: true, maxlength: 200 }),
      summary: h('textarea', { name: 'summary', maxlength: 2000, rows: 3 }),
      aliases: input('aliases', { maxlength: 2000 }),
      date: input('date', DATE),
    };
    this.#show(
      'State a node',
      [
        field('Kind', fields.kind!),
        field('Name', fields.name!),
        field('Summary', fields.summary!, 'In your own words'),
        field('Other names', fields.aliases!, 'Separated by commas'),
        field('Date', fields.date!),
      ],
      fields,
      { source: true, confidence: true },
      (source, confidence) =>
        addNodeClaim({
          kind: fields.kind!.value as (typeof CLAIM_NODE_KINDS)[number],
          name: text(fields, 'name') ?? '',
          summary: text(fields, 'summary'),
          aliases: (text(fields, 'aliases') ?? '')
            .split(',')
            .map((alias) => alias.trim())
            .filter(Boolean),
          date: text(fields, 'date'),
          source: source!,
          confidence: confidence as (typeof CONFIDENCE_LEVELS)[number],
        }),
    );
  }

  /** A new relationship from a node to another node in the view. */
  openRelationship(from: GraphNode, targets: readonly GraphNode[]): void {
    const others = targets.filter((node) => node.id !== from.id).sort((a, b) => a.name.localeCompare(b.name));
    const listId = uid('claim-types');
    const fields: Fields = {
      to: select('to', [['', 'Choose a node in the view…'], ...others.map((node): [string, string] => [node.id, `${node.name} (${node.id})`])], {
        required: true,
      }),
      type: input('type', { required: true, list: listId, pattern: '[A-Z][A-Z0-9_]*', maxlength: 50, placeholder: 'LAUNDERED_FOR' }),
      date: input('date', DATE),
      context: h('textarea', { name: 'context', maxlength: 2000, rows: 2 }),
    };
    const types = h('datalist', { id: listId }, ...this.#handlers.relationshipTypes().map((type) => h('option', { value: type })));
    this.#show(
      `State a relationship from ${from.name}`,
      [
        field('To', fields.to!),
        field('Type', fields.type!, 'Upper case, as the graph’s own types'),
        types,
        field('Date', fields.date!),
        field('Context', fields.context!, 'Why you state it, in your own words'),
      ],
      fields,
      { source: true, confidence: true },
      (source, confidence) =>
        addRelationshipClaim({
          from: from.id,
          to: fields.to!.value,
          type: text(fields, 'type') ?? '',
          date: text(fields, 'date'),
          context: text(fields, 'context'),
          source: source!,
          confidence: confidence as (typeof CONFIDENCE_LEVELS)[number],
        }),
    );
  }

  /** A new version of a claim: only the fields changed are sent, with the version they start from. */
  openEdit(claim: ClaimTarget): void {
    const p = claim.properties;
    const value = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
    const fields: Fields =
      claim.kind === 'node'
        ? {
            name: input('name', { required: true, maxlength: 200, value: value('name') }),
            summary: h('textarea', { name: 'summary', maxlength: 2000, rows: 3 }),
            aliases: input('aliases', { maxlength: 2000, value: Array.isArray(p.aliases) ? p.aliases.join(', ') : '' }),
            date: input('date', { ...DATE, value: value('date') }),
          }
        : { date: input('date', { ...DATE, value: value('date') }), context: h('textarea', { name: 'context', maxlength: 2000, rows: 2 }) };
    if (fields.summary) fields.summary.value = value('summary');
    if (fields.context) fields.context.value = value('context');
    const labels: Record<string, string> = { name: 'Name', summary: 'Summary', aliases: 'Other names', date: 'Date', context: 'Context' };
    this.#show(
      `Edit ${value('name') || claim.id} (version ${claim.version})`,
      Object.entries(fields).map(([name, control]) => field(labels[name]!, control)),
      fields,
      { source: 'optional', confidence: value('confidence') },
      (source, confidence) => {
        const change: Record<string, unknown> = { version: claim.version };
        for (const name of Object.keys(fields)) {
          const now = text(fields, name);
          const before = name === 'aliases' ? (Array.isArray(p.aliases) ? p.aliases.join(', ') : '') : value(name);
          if ((now ?? '') === before) continue;
          if (name === 'aliases')
            change.aliases = (now ?? '')
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean);
          else if (name === 'date') change.date = now ?? null;
          else change[name] = now ?? '';
        }
        if (confidence && confidence !== value('confidence')) change.confidence = confidence;
        if (source) change.source = source;
        return editClaim(claim.id, change as Parameters<typeof editClaim>[1]);
      },
    );
  }

  /** Retraction keeps the record; the reason is required. */
  openRetract(claim: ClaimTarget): void {
    const fields: Fields = { reason: h('textarea', { name: 'reason', required: true, maxlength: 1000, rows: 3 }) };
    this.#show(
      `Retract ${typeof claim.properties.name === 'string' ? claim.properties.name : claim.id}`,
      [field('Why', fields.reason!, 'The claim stays on record, marked retracted; views hide it unless “Show retracted claims” is on')],
      fields,
      { source: false, confidence: false },
      () => retractClaim(claim.id, { version: claim.version, reason: text(fields, 'reason') ?? '' }),
      'Retract',
    );
  }

  #show(
    title: string,
    body: Node[],
    fields: Fields,
    needs: { source: boolean | 'optional'; confidence: boolean | string },
    submit: (source: ClaimSource | undefined, confidence: string | undefined) => Promise<ClaimResponse>,
    verb = 'Save',
  ): void {
    const error = h('p', { class: 'claim-error', role: 'alert', hidden: true });
    const source = needs.source ? sourcePicker(needs.source === 'optional') : undefined;
    const confidence = needs.confidence
      ? select('confidence', [['', 'Choose…'], ...CONFIDENCE_LEVELS.map((level): [string, string] => [level, level])], { required: true })
      : undefined;
    if (confidence && typeof needs.confidence === 'string') confidence.value = needs.confidence;
    const save = h('button', { type: 'submit', text: verb });
    const cancel = h('button', { type: 'button', class: 'secondary', text: 'Cancel' });
    cancel.addEventListener('click', () => this.#dialog.close());
    const form = h(
      'form',
      { class: 'claim-form', novalidate: true },
      h('h2', { text: title }),
      ...body,
      source?.element ?? null,
      confidence ? field('Confidence', confidence, 'confirmed > reported > alleged > suspected') : null,
      error,
      h('div', { class: 'claim-actions' }, cancel, save),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const problem = firstProblem(form) ?? source?.problem();
      if (problem) return showError(problem);
      save.disabled = true;
      submit(source?.value(), confidence?.value || undefined)
        .then((result) => {
          this.#dialog.close();
          this.#handlers.saved(result);
        })
        .catch((failure: unknown) => showError(describeError(failure), conflictOf(failure)))
        .finally(() => {
          save.disabled = false;
        });
    });
    const showError = (message: string, current?: ClaimResponse) => {
      error.replaceChildren(message);
      error.hidden = false;
      if (!current) return;
      const reload = h('button', { type: 'button', class: 'small', text: 'Start from the current version' });
      reload.addEventListener('click', () => {
        const element = current.node ?? current.edge;
        if (element) this.openEdit({ id: current.id, version: current.version, kind: current.node ? 'node' : 'edge', properties: element.properties });
      });
      error.append(' ', reload);
    };
    this.#dialog.replaceChildren(form);
    this.#dialog.setAttribute('aria-label', title);
    if (!this.#dialog.open) this.#dialog.showModal();
    (Object.values(fields)[0] ?? save).focus();
  }
}

/** The browser's own check of required fields and patterns, as one readable line. */
function firstProblem(form: HTMLFormElement): string | undefined {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
    if (control.closest('[hidden]') || control.validity.valid) continue;
    const label = control.closest('label')?.firstChild?.textContent ?? control.name;
    return `${label}: ${control.validationMessage}`;
  }
  return undefined;
}

function conflictOf(failure: unknown): ClaimResponse | undefined {
  return failure instanceof ApiError && failure.status === 409 && typeof failure.current === 'object' && failure.current
    ? (failure.current as ClaimResponse)
    : undefined;
}

/** Who states it: a source the graph has (those seen in this session), or a new one with title, URL or reference, and date. */
function sourcePicker(optional: boolean) {
  const name = uid('claim-source');
  const choices = [...(optional ? [['none', 'No new source'] as const] : []), ['existing', 'A source in the graph'] as const, ['new', 'A new source'] as const];
  const radios = choices.map(([value, label], i) => {
    const radio = h('input', { type: 'radio', name, value, checked: i === 0 });
    return { value, radio, label: h('label', { class: 'check' }, radio, ` ${label}`) };
  });
  const sources = knownSources().sort((a, b) => a.name.localeCompare(b.name));
  const existing = select(
    'source-id',
    sources.map((ref): [string, string] => [ref.id, `${describeSource(ref).title} (${ref.id})`]),
  );
  const fresh = {
    title: input('source-title', { maxlength: 300, required: true }),
    url: input('source-url', { type: 'url', maxlength: 2000, placeholder: 'https://…' }),
    reference: input('source-reference', { maxlength: 500, placeholder: 'Case file, report number…' }),
    date: input('source-date', { ...DATE, required: true }),
  };
  const existingPart = h('div', { class: 'claim-source-part' }, field('Source', existing));
  const newPart = h(
    'div',
    { class: 'claim-source-part' },
    field('Title', fresh.title),
    field('URL', fresh.url),
    field('or reference', fresh.reference),
    field('Date', fresh.date, 'When it was written or obtained'),
  );
  const chosen = () => radios.find((r) => r.radio.checked)?.value ?? 'existing';
  const sync = () => {
    existingPart.hidden = chosen() !== 'existing';
    newPart.hidden = chosen() !== 'new';
  };
  for (const r of radios) r.radio.addEventListener('change', sync);
  sync();
  return {
    element: h(
      'fieldset',
      { class: 'claim-source' },
      h('legend', { text: optional ? 'Who states the new version' : 'Who states it' }),
      ...radios.map((r) => r.label),
      existingPart,
      newPart,
    ),
    problem(): string | undefined {
      if (chosen() === 'existing' && !existing.value) return 'Source: choose one, or give a new source';
      if (chosen() === 'new' && !fresh.url.value.trim() && !fresh.reference.value.trim()) return 'Source: a new source needs a URL or a reference';
      return undefined;
    },
    value(): ClaimSource | undefined {
      if (chosen() === 'existing') return { id: existing.value };
      if (chosen() === 'none') return undefined;
      const url = fresh.url.value.trim();
      const reference = fresh.reference.value.trim();
      return { title: fresh.title.value.trim(), date: fresh.date.value.trim(), ...(url ? { url } : {}), ...(reference ? { reference } : {}) };
    },
  };
}
