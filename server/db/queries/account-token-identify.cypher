MATCH (token:AccountToken {secretHash: $hash})
WHERE NOT token.revoked
MATCH (account:Account {id: token.accountId})
WHERE NOT account.disabled
RETURN account.id AS id, account.username AS username, account.role AS role
