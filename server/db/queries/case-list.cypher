// The cases an account is a member of (owner, editor or reader), newest change first; $q filters title and summary.
MATCH (c:Case)
WHERE (c.owner = $user OR $user IN c.editors OR $user IN c.readers)
  AND ($q IS NULL OR toLower(c.title) CONTAINS $q OR toLower(coalesce(c.summary, '')) CONTAINS $q)
RETURN c {.*} AS case
ORDER BY c.updatedAt DESC
LIMIT 500
