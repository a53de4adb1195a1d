MATCH (node:Entity {id: $id}) RETURN count(node) > 0 AS exists
