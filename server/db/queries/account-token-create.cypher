// An API token, stored by the SHA-256 of its secret; the id names it for listing and revoking.
MATCH (account:Account {username: $username})
CREATE (token:AccountToken {id: $id, secretHash: $hash, accountId: account.id, name: $name, revoked: false, createdAt: datetime()})
RETURN token.id AS id
