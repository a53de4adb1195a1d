// Sets the given fields (role, disabled, passwordHash; null leaves one as it is). Disabling or a new password ends
// the account's sessions and sign-in links; its API tokens stop working while it is disabled.
MATCH (account:Account {username: $username})
WITH account, account.role AS roleBefore, account.disabled AS disabledBefore
SET account.role = coalesce($role, account.role),
    account.disabled = coalesce($disabled, account.disabled),
    account.passwordHash = coalesce($passwordHash, account.passwordHash)
WITH account, roleBefore, disabledBefore
CALL (account) {
  MATCH (session:AccountSession {accountId: account.id})
  WHERE $disabled = true OR $passwordHash IS NOT NULL
  DELETE session
}
RETURN account.id AS id, roleBefore, disabledBefore, account.role AS role, account.disabled AS disabled
