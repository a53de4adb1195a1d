// A new account; the unique constraint on Account(username) refuses a second one of the same name.
CREATE (account:Account {id: $id, username: $username, role: $role, passwordHash: $passwordHash, disabled: false, createdAt: datetime()})
RETURN account.id AS id
