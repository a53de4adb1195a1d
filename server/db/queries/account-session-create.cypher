// A session or a one-time sign-in link (kind), stored by the SHA-256 of its secret, never the secret itself.
MATCH (account:Account {id: $accountId})
CREATE (:AccountSession {secretHash: $hash, kind: $kind, accountId: account.id, expiresAt: datetime() + duration({seconds: $seconds})})
