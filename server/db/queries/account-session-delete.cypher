// Ends a session; expired ones of any account go at the same time.
MATCH (session:AccountSession)
WHERE session.secretHash = $hash OR session.expiresAt <= datetime()
DELETE session
