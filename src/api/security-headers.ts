// Response headers that keep served content from being sniffed, framed or made to run script.

/**
 * For the web UI's HTML: scripts and styles only from this origin (no inline script, no eval),
 * requests only to this origin, and Trusted Types required, so a string can never reach an HTML or
 * script sink (innerHTML and the like throw) even if a bug tried.
 */
export const UI_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/** For everything else (JSON, proofs, tiles): nothing may load or run if a browser renders it. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export function securityHeaders(headers: Headers): void {
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', DATA_CSP);
}
