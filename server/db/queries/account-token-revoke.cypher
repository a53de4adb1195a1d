// Revokes an API token; answers the account it belonged to, for the audit record.
MATCH (token:AccountToken {id: $id})
SET token.revoked = true, token.revokedAt = datetime()
WITH token
OPTIONAL MATCH (account:Account {id: token.accountId})
RETURN token.id AS id, account.username AS username
