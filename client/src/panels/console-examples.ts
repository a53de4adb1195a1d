// The console's example queries, in a module of their own so that a test can check every one still passes the guard.
export const CONSOLE_EXAMPLES: { title: string; query: string }[] = [
  {
    title: 'Lazarus Group and its neighbours',
    query: "MATCH (g:Group {name: 'Lazarus Group'})-[r]-(n)\nRETURN g, r, n\nLIMIT 50",
  },
  {
    title: 'Largest incidents (table)',
    query:
      'MATCH (i:Incident)\nWHERE i.amountUsd IS NOT NULL\nRETURN i.name AS incident, i.date AS date, i.amountUsd AS amountUsd\nORDER BY i.amountUsd DESC\nLIMIT 10',
  },
  {
    title: 'Nodes per label (table)',
    // The console reads from a label: every node of the evidence graph is an :Entity (the API hides that label).
    query: "MATCH (n:Entity)\nUNWIND labels(n) AS label\nWITH label WHERE label <> 'Entity'\nRETURN label, count(*) AS nodes\nORDER BY nodes DESC",
  },
  {
    title: 'Launderers linked to Lazarus Group (paths)',
    query: "MATCH p = shortestPath((l:Launderer)-[*..6]-(g:Group {name: 'Lazarus Group'}))\nRETURN p\nLIMIT 10",
  },
  {
    title: 'Suspected and alleged links',
    query: "MATCH (a)-[r]->(b)\nWHERE r.confidence IN ['alleged', 'suspected']\nRETURN a, r, b\nLIMIT 50",
  },
];
