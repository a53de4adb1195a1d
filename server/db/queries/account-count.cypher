MATCH (account:Account) RETURN count(account) AS count
