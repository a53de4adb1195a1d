// How the graph looks: a colour, shape and icon per label; edge line style per confidence; highlight classes.
import type cytoscape from 'cytoscape';

export interface LabelStyle {
  color: string;
  shape: cytoscape.Css.NodeShape;
  icon: string;
  /** Text shown in the legend. */
  description: string;
}

export const LABEL_STYLES: Record<string, LabelStyle> = {
  Group: { color: '#c0392b', shape: 'hexagon', icon: 'group', description: 'Group (e.g. Lazarus Group)' },
  Person: { color: '#d35400', shape: 'ellipse', icon: 'person', description: 'Person' },
  Actor: { color: '#a04000', shape: 'ellipse', icon: 'actor', description: 'Actor' },
  Alias: { color: '#7f8c8d', shape: 'round-tag', icon: 'alias', description: 'Alias (other name)' },
  Victim: { color: '#2471a3', shape: 'round-rectangle', icon: 'victim', description: 'Victim' },
  Launderer: { color: '#7d3c98', shape: 'diamond', icon: 'launderer', description: 'Launderer' },
  Country: { color: '#1e8449', shape: 'octagon', icon: 'country', description: 'Country' },
  Incident: { color: '#b7950b', shape: 'round-pentagon', icon: 'incident', description: 'Incident (amount, date)' },
  Organization: { color: '#117a65', shape: 'round-octagon', icon: 'organization', description: 'Organization' },
  Malware: { color: '#a93226', shape: 'concave-hexagon', icon: 'malware', description: 'Malware' },
  Source: { color: '#34495e', shape: 'tag', icon: 'source', description: 'Source document' },
  Campaign: { color: '#6c3483', shape: 'round-pentagon', icon: 'campaign', description: 'Campaign (ATT&CK)' },
  Tool: { color: '#935116', shape: 'concave-hexagon', icon: 'tool', description: 'Tool (ATT&CK)' },
  Technique: { color: '#5d6d7e', shape: 'round-rectangle', icon: 'technique', description: 'Technique (ATT&CK)' },
};

const UNKNOWN_STYLE: LabelStyle = { color: '#566573', shape: 'ellipse', icon: 'unknown', description: 'Other' };

export const CONFIDENCE_STYLES = {
  confirmed: { lineStyle: 'solid', width: 3, description: 'confirmed (solid, thick)' },
  reported: { lineStyle: 'solid', width: 1.6, description: 'reported (solid, thin)' },
  alleged: { lineStyle: 'dashed', width: 1.6, description: 'alleged (dashed)' },
  suspected: { lineStyle: 'dotted', width: 1.6, description: 'suspected (dotted)' },
} as const;

const HIGHLIGHT = '#f39c12';
const SELECT = '#1f6feb';

export function stylesheet(): cytoscape.StylesheetStyle[] {
  const perLabel = Object.entries(LABEL_STYLES).map(([label, s]) => ({
    selector: `node[kind = "${label}"]`,
    style: { 'background-color': s.color, shape: s.shape, 'background-image': `icons/${s.icon}.svg` },
  }));
  const perConfidence = Object.entries(CONFIDENCE_STYLES).map(([name, s]) => ({
    selector: `edge[confidence = "${name}"]`,
    style: { 'line-style': s.lineStyle, width: s.width },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        width: 38,
        height: 38,
        'background-color': UNKNOWN_STYLE.color,
        'background-image': `icons/${UNKNOWN_STYLE.icon}.svg`,
        'background-width': '58%',
        'background-height': '58%',
        'border-width': 1.5,
        'border-color': '#ffffff',
        color: '#1b1f24',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...perLabel,
    { selector: 'node[kind = "Incident"]', style: { width: 46, height: 46, 'font-weight': 'bold' } },
    { selector: 'node[kind = "Group"]', style: { width: 52, height: 52, 'font-size': 13, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        label: 'data(type)',
        width: 1.6,
        'line-color': '#95a5a6',
        'target-arrow-color': '#95a5a6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'font-size': 8,
        color: '#4d5656',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    ...perConfidence,
    { selector: '.focus', style: { 'border-width': 4, 'border-color': '#1b1f24' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.15 } },
    { selector: 'node.neighbour', style: { 'border-width': 3, 'border-color': HIGHLIGHT } },
    { selector: 'edge.neighbour', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, color: '#7e5109' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': SELECT, 'overlay-opacity': 0 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': SELECT, 'target-arrow-color': SELECT, width: 4, color: SELECT, 'overlay-opacity': 0 },
    },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#e74c3c' } },
    {
      selector: 'edge.path',
      style: { 'line-color': '#e74c3c', 'target-arrow-color': '#e74c3c', width: 4.5, color: '#922b21', 'z-index': 10 },
    },
    { selector: '.path.faded', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'node.walk-focus', style: { 'border-width': 6, 'border-color': '#8e44ad' } },
    { selector: 'node.walk-highlight', style: { 'underlay-color': '#8e44ad', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
    {
      selector: 'edge.walk-highlight',
      style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad', width: 4, color: '#5b2c6f', 'z-index': 9 },
    },
    { selector: '.time-out', style: { opacity: 0.12, 'text-opacity': 0.12 } },
    { selector: 'node.undated', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#7f8c8d' } },
    { selector: 'edge.undated', style: { 'line-style': 'dashed' } },
    // Analysts' claims stand apart from what documents state; a retracted one (shown on request) is faint.
    { selector: 'node[?claimed]', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#117a65' } },
    { selector: 'edge[?claimed]', style: { 'line-style': 'dotted', width: 2.4, 'line-color': '#117a65', 'target-arrow-color': '#117a65' } },
    { selector: '[?retracted]', style: { opacity: 0.35, 'text-opacity': 0.5 } },
    {
      selector: '.tactic-group',
      style: {
        shape: 'round-rectangle',
        'background-image': 'none',
        'background-color': '#eef2f7',
        'background-opacity': 0.6,
        'border-width': 1,
        'border-color': '#aab7c4',
        label: 'data(name)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 12,
        'font-weight': 'bold',
        color: '#34495e',
        padding: '12px',
        'text-background-opacity': 0,
      },
    },
    { selector: '.hidden, .filtered, .time-hidden', style: { display: 'none' } },
  ];
}
