// Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) into feed items.
import { InvalidInput } from '../../domain/errors.js';
import { parseFeedDate } from './feed-date.js';
import type { FeedItem, FeedProblem, ParsedFeed } from './feed-item.js';
import { resolveLink, textToHtml } from './feed-link.js';

/**
 * Reads a JSON Feed from `text`. Throws InvalidInput when the text is not JSON or not a JSON Feed (no
 * `version` naming jsonfeed.org, no `items` array). Items that are not objects or have neither `id` nor
 * `url` are skipped and reported; unreadable dates are reported and the item kept without them.
 */
export function readJsonFeed(text: string, base: string | null, where: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new InvalidInput(
      `${where}: expected a JSON Feed, found invalid JSON (${(cause as Error).message})`,
      { cause },
    );
  }
  if (!isRecord(doc) || typeof doc.version !== 'string' || !doc.version.includes('jsonfeed.org/version/')) {
    throw new InvalidInput(
      `${where}: expected a JSON Feed with "version": "https://jsonfeed.org/version/1.1", found none`,
    );
  }
  if (!Array.isArray(doc.items)) {
    throw new InvalidInput(`${where}: expected a JSON Feed "items" array, found ${typeof doc.items}`);
  }
  const items: FeedItem[] = [];
  const problems: FeedProblem[] = [];
  const feedAuthor = authorOf(doc);
  doc.items.forEach((raw: unknown, index) => {
    const position = { index, line: null };
    const at = `item ${index + 1}`;
    if (!isRecord(raw)) {
      problems.push({
        item: position,
        line: null,
        message: `${at}: expected an object, found ${JSON.stringify(raw)}; skipped`,
        skipped: true,
      });
      return;
    }
    const guid =
      typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id).trim() || null : null;
    const url = resolveLink(str(raw.url), base) ?? resolveLink(str(raw.external_url), base);
    if (guid === null && url === null) {
      problems.push({
        item: position,
        line: null,
        message: `${at}: expected an "id" or "url", found neither; skipped`,
        skipped: true,
      });
      return;
    }
    const dates: Record<'date_published' | 'date_modified', string | null> = {
      date_published: null,
      date_modified: null,
    };
    for (const key of ['date_published', 'date_modified'] as const) {
      const value = str(raw[key]);
      if (value === null) continue;
      dates[key] = parseFeedDate(value);
      if (dates[key] === null) {
        problems.push({
          item: position,
          line: null,
          message: `${at}: expected an RFC 3339 date in "${key}", found "${value}"; kept without it`,
          skipped: false,
        });
      }
    }
    const contentText = str(raw.content_text);
    items.push({
      guid,
      url,
      title: str(raw.title),
      publishedAt: dates.date_published ?? dates.date_modified,
      updatedAt: dates.date_modified,
      summaryHtml: str(raw.summary) === null ? null : textToHtml(str(raw.summary) ?? ''),
      contentHtml: str(raw.content_html) ?? (contentText === null ? null : textToHtml(contentText)),
      author: authorOf(raw) ?? feedAuthor,
      position,
    });
  });
  return {
    format: 'json',
    title: str(doc.title),
    link: resolveLink(str(doc.home_page_url), base),
    items,
    problems,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** JSON Feed 1.1 `authors[]`, or 1.0 `author`. */
function authorOf(o: Record<string, unknown>): string | null {
  const list = Array.isArray(o.authors) ? (o.authors as unknown[]) : [o.author];
  const names = list
    .filter(isRecord)
    .map((a) => str(a.name))
    .filter((n): n is string => n !== null);
  return names.length === 0 ? null : names.join(', ');
}
