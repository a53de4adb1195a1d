// Who is signed in, as the server last said (GET /api/session). The page offers what the role allows; the server
// checks every request again, so this only decides which controls to show.
import type { SessionResponse } from '../api/types.ts';

type Account = NonNullable<SessionResponse['account']>;

let account: Account | null = null;
const listeners = new Set<() => void>();

export function setAccount(next: Account | null): void {
  account = next;
  for (const listener of listeners) listener();
}

/** Analysts and admins add, edit and retract claims. */
export function canEditClaims(): boolean {
  return account?.role === 'analyst' || account?.role === 'admin';
}

/** Called whenever the account changes (the first answer of GET /api/session included). */
export function onAccountChange(listener: () => void): void {
  listeners.add(listener);
}

/** The signed-in account's username (a case names its owner and members by it). */
export function currentUsername(): string | undefined {
  return account?.username;
}
