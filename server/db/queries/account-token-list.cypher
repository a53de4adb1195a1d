MATCH (token:AccountToken)
MATCH (account:Account {id: token.accountId})
RETURN token.id AS id, account.username AS username, token.name AS name, token.revoked AS revoked, toString(token.createdAt) AS createdAt
ORDER BY account.username, token.createdAt
