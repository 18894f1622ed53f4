// The analyst's bearer token, kept for this tab only (sessionStorage): never in localStorage, a cookie
// or a URL, so it goes when the tab closes.

const KEY = 'claimlog.analyst-token';

/** The token saved in this tab, or '' when there is none (or storage is unavailable). */
export function readToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Saves `token` (trimmed) for this tab; an empty token forgets it. */
export function saveToken(token: string): void {
  try {
    if (token.trim() === '') window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, token.trim());
  } catch {
    // Storage can be disabled; the token then lasts only as long as the form's field.
  }
}
