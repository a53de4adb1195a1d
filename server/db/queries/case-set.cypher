MATCH (c:Case {id: $id})
SET c += $props
RETURN c {.*} AS case
