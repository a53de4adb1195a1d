CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName
UNWIND nodeLabels AS label
WITH label, propertyName WHERE label <> 'Entity' AND propertyName IS NOT NULL
RETURN label, collect(DISTINCT propertyName) AS keys ORDER BY label
