MATCH (token:AccountToken {id: $id})
SET token.revoked = true, token.revokedAt = datetime()
RETURN token.id AS id
