// Content types claimlog reads from the web, and how a response's type is judged when it is missing.

/** What a fetched body is, as far as the readers care. */
export type ContentKind = 'html' | 'text' | 'feed';

const KINDS: Readonly<Record<string, ContentKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/feed+json': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/json': 'feed',
};

/** A parsed `Content-Type` header. */
export interface ContentType {
  /** Lowercase `type/subtype`. */
  mediaType: string;
  /** Lowercase charset parameter, when given. */
  charset: string | null;
}

/** Parses a `Content-Type` header value; returns null when it is absent or has no `type/subtype`. */
export function parseContentType(header: string | undefined): ContentType | null {
  if (header === undefined) return null;
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(mediaType)) return null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p);
    if (m?.[1] !== undefined) charset = m[1].toLowerCase();
  }
  return { mediaType, charset };
}

/** The kind of a media type claimlog reads, or null for any other (images, PDFs, archives, ...). */
export function contentKindOf(mediaType: string): ContentKind | null {
  return KINDS[mediaType] ?? null;
}

/**
 * Guesses the media type of a body served without a `Content-Type`, from its first bytes only: XML and
 * feeds, HTML, JSON. Returns null when it looks like none of them (binary or unknown text).
 */
export function sniffMediaType(head: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (text.startsWith('<?xml') || text.startsWith('<rss') || text.startsWith('<feed'))
    return 'application/xml';
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'text/html';
  if (text.startsWith('{')) return 'application/json';
  return null;
}
