// A case's brief, to hand over: a printable page (the browser's print gives the PDF) with the case's summary, each
// walkthrough step's picture and narrative, the claims the step rests on with their confidence and sources, the
// case's notes, and a numbered bibliography of every source cited. Served as brief.html?case=<case id>.
import './styles.css';
import { getCaseBrief } from './api/endpoints.ts';
import { describeError } from './api/http.ts';
import { describeSource } from './api/sources.ts';
import type { CaseBrief, SourceRef } from './api/types.ts';
import { underBase } from './base-path.ts';
import { byId, h } from './dom.ts';
import { renderMarkdown } from './panels/markdown.ts';
import { confidenceBadge } from './panels/render.ts';

const explorerLink = (id: string) => underBase(`?n=${encodeURIComponent(id)}`);

const page = byId('brief');
const caseId = new URLSearchParams(location.search).get('case');
if (caseId) void showBrief(caseId);
else showMissingCase();

async function showBrief(caseId: string): Promise<void> {
  try {
    const brief = await getCaseBrief(caseId);
    document.title = `Brief: ${brief.case.title}`;
    page.replaceChildren(...render(brief));
    page.removeAttribute('aria-busy');
  } catch (error) {
    showProblem(
      'The brief could not be made',
      describeError(error),
      h('a', { href: underBase(`?case=${encodeURIComponent(caseId)}`), text: 'Open the case in the explorer' }),
      ' (sign in there first if you have not).',
    );
  }
}

function showMissingCase(): void {
  showProblem(
    'Which case?',
    'This link names no case. A case’s page in the explorer has the link to its brief.',
    h('a', { href: underBase(''), text: 'Open the explorer' }),
  );
}

/** A page that says what went wrong and where to go instead. */
function showProblem(heading: string, message: string, ...next: (HTMLElement | string)[]): void {
  page.replaceChildren(h('h1', { text: heading }), h('p', { class: 'error-text', role: 'alert', text: message }), h('p', {}, ...next));
  page.removeAttribute('aria-busy');
}

function render(brief: CaseBrief): HTMLElement[] {
  // Sources are numbered in the order the brief first cites them.
  const numbers = new Map(brief.sources.map((source, i) => [source.id, i + 1]));
  const cite = (ids: readonly string[]) => {
    const cited = [...new Set(ids)].filter((id) => numbers.has(id)).map((id) => `[${numbers.get(id)}]`);
    return cited.length ? cited.join(' ') : 'no source';
  };
  const print = h('button', { type: 'button', class: 'no-print', text: 'Print or save as PDF' });
  print.addEventListener('click', () => window.print());
  const c = brief.case;
  return [
    h('header', {}, h('p', { class: 'brief-kicker', text: 'Case brief' }), h('h1', { text: c.title }), print),
    h('p', { class: 'hint', text: `Owner ${c.owner} · ${c.status} · version ${c.version} · prepared ${brief.generatedAt.slice(0, 16).replace('T', ' ')} UTC` }),
    c.summary ? h('p', { class: 'brief-summary', text: c.summary }) : h('span'),
    ...(brief.steps.length
      ? [h('h2', { text: brief.walkthrough.title }), ...brief.steps.map((step, i) => stepSection(step, i, cite))]
      : [h('p', { class: 'empty', text: 'The case has no walkthrough yet: its steps make the body of the brief.' })]),
    notesSection(brief),
    bibliography(brief.sources),
  ];
}

function stepSection(step: CaseBrief['steps'][number], index: number, cite: (ids: readonly string[]) => string): HTMLElement {
  return h(
    'section',
    { class: 'brief-step' },
    h('h3', { text: `${index + 1}. ${step.title}` }),
    step.picture ? h('img', { src: step.picture, alt: `The graph at step ${index + 1}` }) : null,
    ...step.narrative.split(/\n{2,}/).map((para) => h('p', { text: para })),
    step.missing.length
      ? h('p', {
          class: 'error-text',
          text: `Since this step was recorded, ${step.missing.length} of its elements left the graph (retracted or removed): ${step.missing.join(', ')}`,
        })
      : null,
    step.claims.length
      ? h(
          'table',
          { class: 'brief-claims' },
          h('caption', { text: 'What this step rests on' }),
          h('thead', {}, h('tr', {}, h('th', { text: 'Claim' }), h('th', { text: 'Confidence' }), h('th', { text: 'Sources' }))),
          h(
            'tbody',
            {},
            ...step.claims.map((claim) =>
              h(
                'tr',
                {},
                h('td', { text: claim.claimedBy ? `${claim.text} (stated by ${claim.claimedBy})` : claim.text }),
                h('td', {}, confidenceBadge(claim.confidence ?? 'unknown')),
                h('td', { text: cite(claim.sources) }),
              ),
            ),
          ),
        )
      : null,
  );
}

function notesSection(brief: CaseBrief): HTMLElement {
  if (!brief.notes.length) return h('span');
  return h(
    'section',
    { class: 'brief-notes' },
    h('h2', { text: 'Notes' }),
    ...brief.notes.map((note) => {
      const body = h('div', { class: 'note-body' });
      body.append(renderMarkdown(note.body, (id) => window.open(explorerLink(id), '_blank', 'noopener')));
      const about = note.target.kind === 'case' ? 'the case' : note.target.id;
      return h(
        'article',
        {},
        h('p', { class: 'hint', text: `On ${about}, by ${note.author} (version ${note.version}, ${note.updatedAt.slice(0, 10)})` }),
        body,
      );
    }),
  );
}

function bibliography(sources: SourceRef[]): HTMLElement {
  return h(
    'section',
    { class: 'brief-sources' },
    h('h2', { text: 'Sources' }),
    sources.length
      ? h(
          'ol',
          {},
          ...sources.map((source) => {
            const { title, meta } = describeSource(source);
            return h('li', {}, h('strong', { text: title }), meta ? ` — ${meta}` : '', source.url ? h('span', { class: 'url', text: ` ${source.url}` }) : '');
          }),
        )
      : h('p', { class: 'empty', text: 'No source is cited.' }),
  );
}
