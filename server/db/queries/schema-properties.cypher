// Property keys per label, read from up to 10,000 nodes of each label (all of them in the investigation dataset):
// The account store's labels (server/db/account-store.ts) are not part of the evidence graph's schema.
// db.schema.nodeTypeProperties() reads every node and takes seconds on a million-node graph.
CALL db.labels() YIELD label
WITH label WHERE NOT label IN ['Entity', 'Account', 'AccountSession', 'AccountToken']
CALL (label) {
  MATCH (n:$(label))
  WITH n LIMIT 10000
  UNWIND keys(n) AS key
  RETURN collect(DISTINCT key) AS keys
}
WITH label, keys WHERE size(keys) > 0
RETURN label, keys ORDER BY label
