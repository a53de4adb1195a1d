// The Cases tab: the cases you are a member of, and one case's page: its saved views, pinned entities, notes and
// walkthrough (recorded from the canvas, reordered, played like the built-in ones), the brief and the STIX export.
// Every change goes to the server with the version it was made from; a 409 shows the current state and keeps the text.
import {
  addCaseNote,
  addCaseView,
  createCase,
  deleteCaseNote,
  deleteCaseView,
  editCase,
  editCaseNote,
  getCase,
  getCaseFile,
  getWalkthrough,
  listCases,
  listWalkthroughs,
  saveCaseWalkthrough,
} from '../api/endpoints.ts';
import { ApiError, describeError } from '../api/http.ts';
import type { CaseNote, CaseResponse, CaseStep, CaseStepInput } from '../api/types.ts';
import type { LayoutName } from '../../../contract/limits.ts';
import { underBase } from '../base-path.ts';
import { byId, debounce, download, h } from '../dom.ts';
import { canEditClaims, currentUsername } from '../state/session.ts';
import { renderMarkdown } from './markdown.ts';
import { section } from './render.ts';

/** The view as it is now: what saving a view or recording a step takes from the canvas. */
export interface ViewSnapshot {
  /** The view's URL query. */
  state: string;
  nodes: string[];
  edges: string[];
  focus: string[];
  highlight: string[];
  layout: LayoutName;
  /** Sources cited by what is drawn. */
  sources: string[];
  picture: string | undefined;
}

export interface CaseHandlers {
  snapshot(): ViewSnapshot;
  openView(state: string): void;
  play(caseId: string, step: number): void;
  focus(id: string): void;
  selected(): { kind: 'node' | 'edge'; id: string; name: string } | undefined;
  name(id: string): string | undefined;
  info(message: string): void;
}

/** `?case=<id>` opens a case, `&cv=<view id>` one of its saved views. */
function caseLink(caseId: string, viewId?: string): string {
  const url = new URL(location.href);
  url.search = new URLSearchParams({ case: caseId, ...(viewId ? { cv: viewId } : {}) }).toString();
  return url.toString();
}

export function readCaseLink(search: string): { caseId: string; viewId: string | undefined } | undefined {
  const params = new URLSearchParams(search);
  const caseId = params.get('case');
  return caseId ? { caseId, viewId: params.get('cv') ?? undefined } : undefined;
}

const stepInput = (step: CaseStep): CaseStepInput => ({ ...step });

/** Shows a message in a form's alert line. */
function say(element: HTMLElement, text: string): void {
  element.textContent = text;
}

export class CasesPanel {
  readonly #root = byId('cases-body');
  readonly #handlers: CaseHandlers;
  #current: CaseResponse | undefined;
  #loaded = false;

  constructor(handlers: CaseHandlers) {
    this.#handlers = handlers;
  }

  /** Shows the list the first time the tab is opened. */
  async load(): Promise<void> {
    if (this.#loaded) return;
    this.#loaded = true;
    await this.showList();
  }

  async showList(query = ''): Promise<void> {
    this.#current = undefined;
    const list = h('ul', { class: 'case-list' });
    const search = h('input', { type: 'search', placeholder: 'Search your cases', 'aria-label': 'Search your cases', value: query });
    const refresh = debounce(() => void this.#fillList(list, search.value), 250);
    search.addEventListener('input', refresh);
    this.#root.replaceChildren(h('h3', { text: 'Cases' }), search, list, canEditClaims() ? this.#newCaseForm() : h('span'));
    await this.#fillList(list, query);
  }

  async #fillList(list: HTMLElement, query: string): Promise<void> {
    list.replaceChildren(h('li', { class: 'loading', text: 'Loading cases…' }));
    try {
      const { cases } = await listCases(query.trim() || undefined);
      if (!cases.length) {
        list.replaceChildren(h('li', { class: 'empty', text: query ? 'No case of yours matches.' : 'You are not a member of any case yet.' }));
        return;
      }
      list.replaceChildren(
        ...cases.map((item) => {
          const open = h('button', { type: 'button', class: 'walk-pick', 'data-case': item.id }, h('strong', { text: item.title }));
          open.addEventListener('click', () => void this.open(item.id));
          const meta = `${item.status} · ${item.owner === item.access ? '' : `owner ${item.owner} · `}${item.access === 'edit' ? 'you edit' : 'you read'}`;
          return h('li', {}, open, h('p', { class: 'hint', text: meta }), item.summary ? h('p', { class: 'summary', text: item.summary }) : null);
        }),
      );
    } catch (error) {
      list.replaceChildren(h('li', { class: 'error-text', role: 'alert', text: describeError(error) }));
    }
  }

  #newCaseForm(): HTMLElement {
    const title = h('input', { type: 'text', name: 'title', required: true, maxlength: 200, 'aria-label': 'Title of the new case' });
    const summary = h('textarea', { name: 'summary', rows: 3, maxlength: 4000, 'aria-label': 'Summary of the new case' });
    const message = h('p', { class: 'error-text', role: 'alert' });
    const form = h(
      'form',
      { class: 'case-new' },
      h('h4', { text: 'New case' }),
      h('label', { text: 'Title' }, title),
      h('label', { text: 'Summary' }, summary),
      h('button', { type: 'submit', class: 'primary', text: 'Open case' }),
      message,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(message, async () => this.#show(await createCase({ title: title.value, summary: summary.value })));
    });
    return form;
  }

  /** Opens a case (and one of its saved views); a case that is not yours or not there says so. */
  async open(caseId: string, viewId?: string): Promise<void> {
    this.#loaded = true;
    this.#root.replaceChildren(h('p', { class: 'loading', text: 'Loading the case…' }));
    try {
      const found = await getCase(caseId);
      this.#show(found);
      if (viewId) {
        const view = found.views.find((item) => item.id === viewId);
        if (view) this.#handlers.openView(view.state);
        else this.#notice(`The saved view '${viewId}' is not in this case: it was deleted, or the link is wrong.`);
      }
    } catch (error) {
      this.#root.replaceChildren(this.#backLink(), h('p', { class: 'error-text', role: 'alert', text: describeError(error) }));
    }
  }

  #notice(text: string): void {
    this.#root.prepend(h('p', { class: 'error-text', role: 'alert', text }));
  }

  #backLink(): HTMLElement {
    const back = h('button', { type: 'button', class: 'small', text: '← All cases' });
    back.addEventListener('click', () => void this.showList());
    return back;
  }

  get #editable(): boolean {
    return this.#current?.case.access === 'edit' && canEditClaims();
  }

  /** Runs a change; its answer is the case as it now is. A failure is shown in `message`, nothing else changes. */
  async #run(message: HTMLElement, work: () => Promise<void>): Promise<void> {
    message.textContent = '';
    try {
      await work();
    } catch (error) {
      message.textContent = describeError(error);
      if (error instanceof ApiError && error.status === 409 && this.#current) {
        message.textContent += ' The case below is as it is now; your text is kept in the form.';
        const fresh = await getCase(this.#current.case.id).catch(() => undefined);
        if (fresh) this.#current = fresh;
      }
    }
  }

  #show(found: CaseResponse): void {
    this.#current = found;
    const c = found.case;
    const link = h('button', { type: 'button', class: 'small', text: 'Copy link' });
    link.addEventListener('click', () => this.#copy(caseLink(c.id)));
    this.#root.replaceChildren(
      this.#backLink(),
      h('h3', { class: 'case-title', 'data-case': c.id, text: c.title }),
      h('p', { class: 'hint', text: `${c.status === 'open' ? 'Open' : 'Closed'} · owner ${c.owner} · version ${c.version}` }),
      c.summary ? h('p', { class: 'summary', text: c.summary }) : h('span'),
      h('div', { class: 'row' }, link, this.#briefLink(c.id), this.#stixButton(c.id)),
      this.#editable ? this.#caseForm(found) : h('span'),
      this.#viewsSection(found),
      this.#pinnedSection(found),
      this.#notesSection(found),
      this.#walkthroughSection(found),
    );
  }

  #copy(url: string): void {
    navigator.clipboard.writeText(url).then(
      () => this.#handlers.info('Link copied: it opens for the case’s members only.'),
      () => this.#handlers.info(`Link: ${url}`),
    );
  }

  #briefLink(caseId: string): HTMLElement {
    const href = underBase(`brief.html?${new URLSearchParams({ case: caseId })}`);
    return h('a', { class: 'button small', href, target: '_blank', rel: 'noopener', text: 'Open the brief' });
  }

  #stixButton(caseId: string): HTMLElement {
    const button = h('button', { type: 'button', class: 'small', text: 'Export STIX' });
    button.addEventListener('click', () => {
      getCaseFile(caseId, 'stix').then(
        (text) => download(new Blob([text], { type: 'application/stix+json' }), `${caseId}.stix.json`),
        (error: unknown) => this.#handlers.info(`Export failed: ${describeError(error)}`),
      );
    });
    return button;
  }

  #caseForm(found: CaseResponse): HTMLElement {
    const c = found.case;
    const title = h('input', { type: 'text', value: c.title, maxlength: 200, 'aria-label': 'Case title' });
    const summary = h('textarea', { rows: 3, maxlength: 4000, 'aria-label': 'Case summary' });
    summary.value = c.summary;
    const status = h('select', { 'aria-label': 'Case status' }, h('option', { value: 'open', text: 'Open' }), h('option', { value: 'closed', text: 'Closed' }));
    status.value = c.status;
    const members = h('textarea', { rows: 2, 'aria-label': 'Members', placeholder: 'one per line: username edit, or username read' });
    members.value = c.members.map((m) => `${m.username} ${m.access}`).join('\n');
    members.disabled = c.owner !== this.#me();
    const message = h('p', { class: 'error-text', role: 'alert' });
    const form = h(
      'form',
      { class: 'case-edit' },
      h('label', { text: 'Title' }, title),
      h('label', { text: 'Summary' }, summary),
      h('label', { text: 'Status' }, status),
      h('label', { text: c.owner === this.#me() ? 'Members' : 'Members (the owner changes them)' }, members),
      h('button', { type: 'submit', text: 'Save the case' }),
      message,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const list = members.value
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([username, access]) => ({ username: username!, access: access === 'edit' ? ('edit' as const) : ('read' as const) }));
      void this.#run(message, async () =>
        this.#show(
          await editCase(c.id, {
            version: c.version,
            title: title.value,
            summary: summary.value,
            status: status.value as 'open' | 'closed',
            ...(members.disabled ? {} : { members: list }),
          }),
        ),
      );
    });
    return h('details', { class: 'case-edit-box' }, h('summary', { text: 'Edit the case' }), form);
  }

  #me(): string {
    return currentUsername() ?? '';
  }

  #viewsSection(found: CaseResponse): HTMLElement {
    const caseId = found.case.id;
    const items = found.views.map((view) => {
      const open = h(
        'button',
        { type: 'button', class: 'case-view-open', 'data-view': view.id },
        view.thumbnail ? h('img', { class: 'case-thumb', src: view.thumbnail, alt: '' }) : null,
        h('span', { text: view.title }),
      );
      open.addEventListener('click', () => this.#handlers.openView(view.state));
      const link = h('button', { type: 'button', class: 'small', text: 'Link' });
      link.addEventListener('click', () => this.#copy(caseLink(caseId, view.id)));
      const remove = h('button', { type: 'button', class: 'small', text: 'Delete' });
      const message = h('span', { class: 'error-text', role: 'alert' });
      remove.addEventListener('click', () => void this.#run(message, async () => this.#show(await deleteCaseView(caseId, view.id))));
      return h(
        'li',
        { class: 'case-view' },
        open,
        h('span', { class: 'hint', text: `${view.createdBy}, ${view.createdAt.slice(0, 10)}` }),
        link,
        this.#editable ? remove : null,
        message,
      );
    });
    const body = h('div', {}, items.length ? h('ul', { class: 'case-views' }, ...items) : h('p', { class: 'empty', text: 'No saved views yet.' }));
    if (this.#editable) {
      const title = h('input', { type: 'text', maxlength: 200, 'aria-label': 'Title of the view to save', placeholder: 'What this view shows' });
      const message = h('p', { class: 'error-text', role: 'alert' });
      const form = h('form', { class: 'row' }, title, h('button', { type: 'submit', text: 'Save this view' }), message);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const snapshot = this.#handlers.snapshot();
        if (!snapshot.nodes.length) return say(message, 'The view is empty: open something first.');
        void this.#run(message, async () =>
          this.#show(
            await addCaseView(caseId, {
              title: title.value.trim() || `View of ${snapshot.nodes.length} nodes`,
              state: snapshot.state,
              ...(snapshot.picture ? { thumbnail: snapshot.picture } : {}),
            }),
          ),
        );
      });
      body.append(form);
    }
    return section('Saved views', body);
  }

  #pinnedSection(found: CaseResponse): HTMLElement {
    const c = found.case;
    const save = (pinned: string[], message: HTMLElement) =>
      void this.#run(message, async () => this.#show(await editCase(c.id, { version: c.version, pinned })));
    const message = h('p', { class: 'error-text', role: 'alert' });
    const items = c.pinned.map((id) => {
      const open = h('button', { type: 'button', class: 'link', text: this.#handlers.name(id) ?? id });
      open.addEventListener('click', () => this.#handlers.focus(id));
      const unpin = h('button', { type: 'button', class: 'small', text: 'Unpin', 'aria-label': `Unpin ${id}` });
      unpin.addEventListener('click', () =>
        save(
          c.pinned.filter((other) => other !== id),
          message,
        ),
      );
      return h('li', {}, open, this.#editable ? unpin : null);
    });
    const pin = h('button', { type: 'button', class: 'small', text: 'Pin the selected node' });
    pin.addEventListener('click', () => {
      const selected = this.#handlers.selected();
      if (selected?.kind !== 'node') return say(message, 'Select a node in the graph first.');
      save([...c.pinned, selected.id], message);
    });
    return section(
      'Pinned entities',
      h('div', {}, items.length ? h('ul', {}, ...items) : h('p', { class: 'empty', text: 'Nothing pinned.' }), this.#editable ? pin : null, message),
    );
  }

  #notesSection(found: CaseResponse): HTMLElement {
    const caseId = found.case.id;
    const notes = found.notes.map((note) => this.#note(caseId, note));
    const body = h('div', {}, notes.length ? h('div', { class: 'case-notes' }, ...notes) : h('p', { class: 'empty', text: 'No notes yet.' }));
    if (this.#editable) {
      const target = h('select', { 'aria-label': 'What the note is about' }, h('option', { value: 'case', text: 'The case' }));
      const selected = this.#handlers.selected();
      if (selected)
        target.append(
          h('option', {
            value: `${selected.kind}:${selected.id}`,
            text: `${selected.kind === 'node' ? 'Node' : 'Relationship'}: ${selected.name}`,
            selected: true,
          }),
        );
      const text = h('textarea', { rows: 5, 'aria-label': 'Note (Markdown)', placeholder: 'Markdown; [[lazarus-group]] links to an entity' });
      const message = h('p', { class: 'error-text', role: 'alert' });
      const form = h(
        'form',
        { class: 'case-note-new' },
        h('label', { text: 'About' }, target),
        text,
        h('button', { type: 'submit', text: 'Add note' }),
        message,
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const [kind, ...rest] = target.value.split(':');
        const about = kind === 'case' ? { kind: 'case' as const } : { kind: kind as 'node' | 'edge', id: rest.join(':') };
        void this.#run(message, async () => this.#show(await addCaseNote(caseId, { target: about, body: text.value })));
      });
      body.append(form);
    }
    return section('Notes', body);
  }

  #note(caseId: string, note: CaseNote): HTMLElement {
    const about = note.target.kind === 'case' ? 'the case' : (this.#handlers.name(note.target.id ?? '') ?? note.target.id ?? '');
    const rendered = h('div', { class: 'note-body' });
    rendered.append(renderMarkdown(note.body, (id) => this.#handlers.focus(id)));
    const meta = h('p', {
      class: 'hint',
      text: `On ${about} · ${note.author}${note.updatedBy !== note.author ? `, edited by ${note.updatedBy}` : ''} · ${note.updatedAt.slice(0, 16).replace('T', ' ')} · version ${note.version}`,
    });
    const box = h('article', { class: 'case-note', 'data-note': note.id }, meta, rendered);
    if (!this.#editable) return box;
    const message = h('p', { class: 'error-text', role: 'alert' });
    const edit = h('button', { type: 'button', class: 'small', text: 'Edit' });
    const remove = h('button', { type: 'button', class: 'small', text: 'Delete' });
    remove.addEventListener('click', () => void this.#run(message, async () => this.#show(await deleteCaseNote(caseId, note.id))));
    edit.addEventListener('click', () => {
      const text = h('textarea', { rows: 6, 'aria-label': 'Edit the note' });
      text.value = note.body;
      const save = h('button', { type: 'button', text: 'Save the note' });
      save.addEventListener(
        'click',
        () => void this.#run(message, async () => this.#show(await editCaseNote(caseId, note.id, { version: note.version, body: text.value }))),
      );
      rendered.replaceChildren(text, save);
    });
    box.append(h('div', { class: 'row' }, edit, remove), message);
    return box;
  }

  #walkthroughSection(found: CaseResponse): HTMLElement {
    const { walkthrough, case: c } = found;
    const message = h('p', { class: 'error-text', role: 'alert' });
    const save = (steps: CaseStepInput[]) =>
      this.#run(message, async () => this.#show(await saveCaseWalkthrough(c.id, { version: walkthrough.version, steps })));
    const inputs = walkthrough.steps.map(stepInput);
    const move = (from: number, to: number) => {
      const next = [...inputs];
      const [step] = next.splice(from, 1);
      next.splice(to, 0, step!);
      void save(next);
    };
    const items = walkthrough.steps.map((step, i) => {
      const play = h('button', { type: 'button', class: 'small', text: 'Play from here' });
      play.addEventListener('click', () => this.#handlers.play(c.id, i));
      const controls: HTMLElement[] = [play];
      if (this.#editable) {
        const up = h('button', { type: 'button', class: 'small', text: '↑', 'aria-label': `Move step ${i + 1} up`, disabled: i === 0 });
        up.addEventListener('click', () => move(i, i - 1));
        const down = h('button', { type: 'button', class: 'small', text: '↓', 'aria-label': `Move step ${i + 1} down`, disabled: i === inputs.length - 1 });
        down.addEventListener('click', () => move(i, i + 1));
        const remove = h('button', { type: 'button', class: 'small', text: 'Remove', 'aria-label': `Remove step ${i + 1}` });
        remove.addEventListener('click', () => void save(inputs.filter((_, j) => j !== i)));
        const edit = h('button', { type: 'button', class: 'small', text: 'Edit', 'aria-label': `Edit step ${i + 1}` });
        edit.addEventListener('click', () => item.replaceWith(this.#stepEditor(step, (next) => void save(inputs.map((s, j) => (j === i ? next : s))))));
        controls.push(up, down, edit, remove);
      }
      const item = h(
        'li',
        { class: 'case-step', 'data-step': i + 1 },
        step.picture ? h('img', { class: 'case-thumb case-step-picture', src: step.picture, alt: '' }) : null,
        h('strong', { text: step.title }),
        h('p', { class: 'narrative', text: step.narrative }),
        h('div', { class: 'row' }, ...controls),
      );
      return item;
    });
    const body = h(
      'div',
      {},
      items.length ? h('ol', { class: 'case-steps' }, ...items) : h('p', { class: 'empty', text: 'No steps yet: record the view as a step.' }),
    );
    const actions = h('div', { class: 'row' });
    if (items.length) {
      const play = h('button', { type: 'button', class: 'primary', text: 'Play the walkthrough' });
      play.addEventListener('click', () => this.#handlers.play(c.id, 0));
      const file = h('button', { type: 'button', class: 'small', text: 'Export as a walkthrough file' });
      file.addEventListener('click', () => {
        getCaseFile(c.id, 'walkthrough/file').then(
          (text) => download(new Blob([text], { type: 'application/yaml' }), `${c.id}.yaml`),
          (error: unknown) => say(message, describeError(error)),
        );
      });
      actions.append(play, file);
    }
    body.append(actions);
    if (this.#editable) body.append(this.#recordForm(inputs, save), this.#copyForm(inputs, save));
    body.append(message);
    return section(`Walkthrough${walkthrough.steps.length ? ` (${walkthrough.steps.length} steps)` : ''}`, body);
  }

  #recordForm(inputs: CaseStepInput[], save: (steps: CaseStepInput[]) => Promise<void>): HTMLElement {
    const title = h('input', { type: 'text', maxlength: 120, 'aria-label': 'Step title', placeholder: 'Step title' });
    const narrative = h('textarea', { rows: 4, 'aria-label': 'Step narrative', placeholder: 'What this view shows, and which source says so' });
    const message = h('p', { class: 'error-text', role: 'alert' });
    const form = h(
      'form',
      { class: 'case-record' },
      h('h4', { text: 'Record the view as a step' }),
      title,
      narrative,
      h('button', { type: 'submit', text: 'Record step' }),
      message,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const snapshot = this.#handlers.snapshot();
      if (!snapshot.nodes.length) return say(message, 'The view is empty: open something first.');
      if (!snapshot.sources.length) return say(message, 'Nothing in this view cites a source; a step rests on at least one.');
      const step: CaseStepInput = {
        title: title.value.trim(),
        narrative: narrative.value.trim(),
        sources: snapshot.sources.slice(0, 50),
        nodes: snapshot.nodes,
        edges: snapshot.edges,
        focus: snapshot.focus.length ? snapshot.focus : snapshot.nodes.slice(0, 1),
        highlight: snapshot.highlight,
        layout: snapshot.layout,
        view: snapshot.state,
        ...(snapshot.picture ? { picture: snapshot.picture } : {}),
      };
      void save([...inputs, step]);
    });
    return form;
  }

  #stepEditor(step: CaseStep, done: (next: CaseStepInput) => void): HTMLElement {
    const title = h('input', { type: 'text', value: step.title, maxlength: 120, 'aria-label': 'Step title' });
    const narrative = h('textarea', { rows: 5, 'aria-label': 'Step narrative' });
    narrative.value = step.narrative;
    const ok = h('button', { type: 'button', text: 'Save the step' });
    ok.addEventListener('click', () => done({ ...stepInput(step), title: title.value.trim(), narrative: narrative.value.trim() }));
    return h('li', { class: 'case-step editing' }, title, narrative, ok);
  }

  /** Copies a built-in walkthrough's steps into the case, to be changed there. */
  #copyForm(inputs: CaseStepInput[], save: (steps: CaseStepInput[]) => Promise<void>): HTMLElement {
    const pick = h('select', { 'aria-label': 'A built-in walkthrough to copy' }, h('option', { value: '', text: 'Copy a built-in walkthrough…' }));
    listWalkthroughs().then(
      ({ walkthroughs }) => pick.append(...walkthroughs.map((walk) => h('option', { value: walk.id, text: walk.title }))),
      () => undefined,
    );
    const message = h('p', { class: 'error-text', role: 'alert' });
    const copy = h('button', { type: 'button', class: 'small', text: 'Copy its steps into the case' });
    copy.addEventListener('click', () => {
      if (!pick.value) return;
      void this.#run(message, async () => {
        const walk = await getWalkthrough(pick.value);
        const copied: CaseStepInput[] = walk.steps.map(({ title, narrative, sources, query, params, focus, highlight, layout }) => ({
          title,
          narrative,
          sources: sources.map((source) => source.id),
          query,
          params,
          focus,
          highlight,
          layout,
        }));
        await save([...inputs, ...copied]);
      });
    });
    return h('div', { class: 'case-copy' }, pick, copy, message);
  }
}
