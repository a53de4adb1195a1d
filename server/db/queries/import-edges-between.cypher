// Every relationship from one node to another, for each pair an import links: to find what it stated before, number a
// new relationship's id, and compare parallel claims of other sources.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})-[r]->(b:Entity {id: pair.to})
RETURN pair.from AS from, pair.to AS to, type(r) AS type, properties(r) AS props
