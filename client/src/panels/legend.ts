// The legend: colour, shape and icon per label; line style per confidence. A strip along the bottom of the graph.
import { h } from '../dom.ts';
import { CONFIDENCE_STYLES, LABEL_STYLES } from '../view/styles.ts';

export function renderLegend(root: HTMLElement): void {
  const labels = Object.entries(LABEL_STYLES).map(([label, style]) =>
    h(
      'li',
      { title: style.description },
      h('span', { class: `swatch shape-${style.shape} lbl-${label}` }, h('img', { src: `icons/${style.icon}.svg`, alt: '', width: 14, height: 14 })),
      ` ${label}`,
    ),
  );
  const lines = Object.entries(CONFIDENCE_STYLES).map(([name, style]) =>
    h('li', { title: style.description }, h('span', { class: `line-sample line-${style.lineStyle} w-${name}` }), ` ${name}`),
  );
  const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true', 'aria-controls': 'legend-content', text: 'Legend' });
  const content = h(
    'div',
    { id: 'legend-content', class: 'legend-content' },
    h('ul', { class: 'legend-list', 'aria-label': 'Node labels' }, ...labels),
    h(
      'ul',
      { class: 'legend-list', 'aria-label': 'Relationship confidence' },
      ...lines,
      h('li', { class: 'legend-note', text: 'Incidents: amount · date · red = path · blue = selected' }),
    ),
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    content.hidden = open;
  });
  root.replaceChildren(toggle, content);
}
