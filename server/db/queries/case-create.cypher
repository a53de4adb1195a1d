CREATE (c:Case)
SET c = $props
RETURN c {.*} AS case
