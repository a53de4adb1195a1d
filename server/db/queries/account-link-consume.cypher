// A one-time sign-in link is used up by its first use, whether or not it has expired.
MATCH (link:AccountSession {secretHash: $hash, kind: 'link'})
WITH link, link.expiresAt > datetime() AS valid, link.accountId AS accountId
DELETE link
WITH accountId WHERE valid
MATCH (account:Account {id: accountId})
WHERE NOT account.disabled
RETURN account.id AS id, account.username AS username, account.role AS role
