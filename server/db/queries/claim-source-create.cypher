// A Source an analyst cites that the graph did not have: a node of its own, like the documents' sources.
CREATE (source:Entity:Source)
SET source = $props
RETURN properties(source) AS props
