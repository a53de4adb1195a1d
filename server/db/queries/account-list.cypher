MATCH (account:Account)
RETURN account.id AS id, account.username AS username, account.role AS role, account.disabled AS disabled, toString(account.createdAt) AS createdAt
ORDER BY account.username
