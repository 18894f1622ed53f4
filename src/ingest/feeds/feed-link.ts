// Links found in feeds, made absolute against the feed's own address.

/**
 * Resolves `href` against `base` (the feed URL or an `xml:base`). Returns an absolute http(s) URL, or
 * null for anything else (`javascript:`, `mailto:`, malformed), so no other scheme reaches the fetcher.
 */
export function resolveLink(href: string | null, base: string | null): string | null {
  if (href === null || href.trim() === '') return null;
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Escapes plain text so it can stand where HTML is expected. */
export function textToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>\n');
}
