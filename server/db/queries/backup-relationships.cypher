// Every relationship, named by the ids of its two ends (only the evidence graph has relationships).
MATCH (from)-[rel]->(to)
RETURN from.id AS from, to.id AS to, type(rel) AS type, properties(rel) AS props
