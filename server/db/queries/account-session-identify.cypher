// The enabled account behind an unexpired session.
MATCH (session:AccountSession {secretHash: $hash, kind: 'session'})
WHERE session.expiresAt > datetime()
MATCH (account:Account {id: session.accountId})
WHERE NOT account.disabled
RETURN account.id AS id, account.username AS username, account.role AS role
