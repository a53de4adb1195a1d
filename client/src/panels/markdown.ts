// Notes are Markdown written by analysts: marked turns them into HTML, with any HTML the note itself holds escaped to
// text, and DOMPurify keeps only harmless HTML (no script, no event handler, no javascript: URL), returned as DOM nodes
// so that no markup string reaches innerHTML.
// `[[node-id]]` or `[[node-id|label]]` links to an entity: a click opens it in the graph.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { underBase } from '../base-path.ts';

const ENTITY_LINK = /\[\[([A-Za-z0-9][A-Za-z0-9._:~-]{0,600})(?:\|([^\]\n]{1,200}))?\]\]/g;
/** The URL an entity link gets: a link to the explorer focused on it, so that it also works opened in a new tab. */
const ENTITY_HREF = '?n=';

/** A node id in a Markdown link target: only characters an id may hold, so nothing needs escaping. */
const linkFor = (_match: string, id: string, label: string | undefined) => `[${(label ?? id).replace(/[[\]\\]/g, '')}](${ENTITY_HREF}${id})`;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** HTML written in a note is shown as the text it is, never interpreted (DOMPurify stays as the second line). */
const markdown = new Marked({ gfm: true, renderer: { html: ({ text }) => text.replace(/[&<>"']/g, (c) => escapes[c]!) } });

/** The note as sanitised DOM; `open` is called with the node id when an entity link is clicked. */
export function renderMarkdown(text: string, open: (id: string) => void): DocumentFragment {
  const html = markdown.parse(text.replace(ENTITY_LINK, linkFor), { async: false });
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'input', 'img'], FORBID_ATTR: ['style'] });
  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith(ENTITY_HREF)) {
      const id = decodeURIComponent(href.slice(ENTITY_HREF.length));
      // Absolute under the base path, so that the link opens the explorer from the brief's page too.
      link.href = underBase(`?n=${encodeURIComponent(id)}`);
      link.classList.add('entity-link');
      link.dataset.node = id;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        open(id);
      });
    } else {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  }
  return fragment;
}
