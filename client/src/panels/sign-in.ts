// The account area of the top bar (who is signed in, sign in, sign out) and the sign-in dialog. Where reading needs a
// session the dialog opens by itself. A one-time link (?sign-in=…, printed by the server on its first start) signs in
// without a password. After signing in or out the page reloads, so that everything on it is read as the new caller.
import { getSession, signIn, signOut } from '../api/endpoints.ts';
import { describeError } from '../api/http.ts';
import type { SessionResponse } from '../api/types.ts';
import { h } from '../dom.ts';
import { setAccount } from '../state/session.ts';

export class SignInPanel {
  private readonly dialog: HTMLDialogElement;
  private readonly form: HTMLFormElement;
  private readonly error: HTMLParagraphElement;
  /** Read before the URL state takes over the address bar. */
  private readonly link: string | null;
  private readonly slot: HTMLElement;

  constructor(slot: HTMLElement) {
    this.slot = slot;
    const params = new URLSearchParams(location.search);
    this.link = params.get('sign-in');
    if (this.link !== null) {
      params.delete('sign-in');
      const rest = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    }
    this.error = h('p', { class: 'sign-in-error', role: 'alert', hidden: true });
    this.form = h(
      'form',
      { class: 'sign-in-form', method: 'dialog' },
      h('h2', { text: 'Sign in' }),
      h('label', {}, 'Username', h('input', { name: 'username', autocomplete: 'username', required: true, maxlength: 100 })),
      h('label', {}, 'Password', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 1000 })),
      this.error,
      h('div', { class: 'sign-in-actions' }, h('button', { type: 'submit', text: 'Sign in' })),
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(this.form);
      void this.submit({ username: String(data.get('username')), password: String(data.get('password')) });
    });
    this.dialog = h('dialog', { class: 'sign-in-dialog', 'aria-label': 'Sign in' }, this.form);
    document.body.append(this.dialog);
  }

  async start(): Promise<void> {
    let linkError: string | undefined;
    if (this.link !== null) {
      try {
        await signIn({ link: this.link });
        location.reload();
        return;
      } catch (error) {
        linkError = describeError(error);
      }
    }
    try {
      this.render(await getSession(), linkError);
    } catch (error) {
      this.slot.replaceChildren(h('span', { class: 'account-name', text: describeError(error) }));
    }
  }

  /** The account area; the dialog too where reading needs a session, or with `message` (a failed link). */
  private render(session: SessionResponse, message?: string): void {
    setAccount(session.account);
    if (session.account) {
      const { username, role } = session.account;
      const out = h('button', { type: 'button', class: 'sign-out', text: 'Sign out' });
      out.addEventListener(
        'click',
        () =>
          void signOut().then(
            () => location.reload(),
            (error: unknown) => alert(describeError(error)),
          ),
      );
      this.slot.replaceChildren(h('span', { class: 'account-name', title: `Signed in as ${username} (${role})`, text: `${username} · ${role}` }), out);
      return;
    }
    const open = h('button', { type: 'button', class: 'sign-in', text: 'Sign in' });
    open.addEventListener('click', () => this.open());
    this.slot.replaceChildren(open);
    if (message || !session.readOpen) this.open(message ?? 'Reading this server needs an account: sign in.');
  }

  private open(message?: string): void {
    this.showError(message);
    if (!this.dialog.open) this.dialog.showModal();
    this.form.querySelector('input')?.focus();
  }

  private showError(message: string | undefined): void {
    this.error.textContent = message ?? '';
    this.error.hidden = !message;
  }

  private async submit(credentials: { username: string; password: string }): Promise<void> {
    try {
      await signIn(credentials);
      location.reload();
    } catch (error) {
      this.showError(describeError(error));
    }
  }
}
