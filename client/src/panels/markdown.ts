// Notes are Markdown written by analysts: marked turns them into HTML and DOMPurify keeps only harmless HTML (no
// script, no event handler, no javascript: URL), returned as DOM nodes so that no markup string reaches innerHTML.
// `[[node-id]]` or `[[node-id|label]]` links to an entity: a click opens it in the graph.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ENTITY_LINK = /\[\[([A-Za-z0-9][A-Za-z0-9._:~-]{0,600})(?:\|([^\]\n]{1,200}))?\]\]/g;
/** The URL an entity link gets: a link to the explorer focused on it, so that it also works opened in a new tab. */
const ENTITY_HREF = '?n=';

/** A node id in a Markdown link target: only characters an id may hold, so nothing needs escaping. */
const linkFor = (_match: string, id: string, label: string | undefined) => `[${(label ?? id).replace(/[[\]\\]/g, '')}](${ENTITY_HREF}${id})`;

/** The note as sanitised DOM; `open` is called with the node id when an entity link is clicked. */
export function renderMarkdown(text: string, open: (id: string) => void): DocumentFragment {
  const html = marked.parse(text.replace(ENTITY_LINK, linkFor), { async: false, gfm: true });
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'input', 'img'], FORBID_ATTR: ['style'] });
  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith(ENTITY_HREF)) {
      const id = decodeURIComponent(href.slice(ENTITY_HREF.length));
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
