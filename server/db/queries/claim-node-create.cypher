// A node an analyst states: Entity and its kind labels, and every property as given.
CREATE (node:$($labels))
SET node = $props
RETURN labels(node) AS labels, properties(node) AS props
