MATCH (account:Account {username: $username})
RETURN account.id AS id, account.username AS username, account.role AS role, account.disabled AS disabled, account.passwordHash AS passwordHash
