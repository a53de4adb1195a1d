// A new version of a node: its properties replaced by the full set the service computed.
MATCH (node:Entity {id: $id})
SET node = $props
RETURN labels(node) AS labels, properties(node) AS props
