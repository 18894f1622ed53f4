// Reads RSS 2.0 (and the RSS 0.9x/1.0 forms that share its item shape) into feed items.
import { parseFeedDate } from './feed-date.js';
import type { FeedItem, FeedProblem, ParsedFeed } from './feed-item.js';
import { resolveLink } from './feed-link.js';
import { htmlToText } from './html-text.js';
import { childElement, childElements, textOf, type XmlElement } from './xml-tree.js';

/**
 * Reads the `<rss>` or `<rdf:RDF>` element `root`. Items with broken markup or with nothing to identify
 * them are skipped and reported; an unreadable date is reported and the item kept without one.
 */
export function readRss(root: XmlElement, base: string | null): ParsedFeed {
  const channel = childElement(root, 'channel');
  const elements = [
    ...(channel === null ? [] : childElements(channel, 'item')),
    ...childElements(root, 'item'),
  ];
  const items: FeedItem[] = [];
  const problems: FeedProblem[] = [];
  const seenDamage = new Set<string>();
  elements.forEach((el, index) => {
    const position = { index, line: el.line };
    const at = `item ${index + 1} (line ${el.line})`;
    if (el.damage.length > 0) {
      for (const d of el.damage) seenDamage.add(d.message);
      const what = el.damage.map((d) => d.message).join('; ');
      problems.push({ item: position, line: el.line, message: `${at}: ${what}; skipped`, skipped: true });
      return;
    }
    const guid = textOf(childElement(el, 'guid'));
    const permalink = childElement(el, 'guid')?.attrs.ispermalink !== 'false' ? guid : null;
    const atomLink = childElements(el, 'atom:link').find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    const url =
      resolveLink(textOf(childElement(el, 'link')), base) ??
      resolveLink(atomLink?.attrs.href ?? null, base) ??
      resolveLink(permalink, base);
    const rawTitle = textOf(childElement(el, 'title'));
    const title = rawTitle !== null && /<[a-z/!]/i.test(rawTitle) ? htmlToText(rawTitle) || null : rawTitle;
    const summaryHtml = textOf(childElement(el, 'description'));
    const contentHtml = textOf(childElement(el, 'content:encoded'));
    if (guid === null && url === null && title === null && summaryHtml === null && contentHtml === null) {
      problems.push({
        item: position,
        line: el.line,
        message: `${at}: expected a guid, link, title or description, found none; skipped`,
        skipped: true,
      });
      return;
    }
    const dateText = textOf(childElement(el, 'pubdate')) ?? textOf(childElement(el, 'dc:date'));
    const publishedAt = dateText === null ? null : parseFeedDate(dateText);
    if (dateText !== null && publishedAt === null) {
      problems.push({
        item: position,
        line: el.line,
        message: `${at}: expected an RFC 822 date in <pubDate>, found "${dateText}"; kept without a date`,
        skipped: false,
      });
    }
    items.push({
      guid,
      url,
      title,
      publishedAt,
      updatedAt: null,
      summaryHtml,
      contentHtml,
      author: authorName(textOf(childElement(el, 'dc:creator')) ?? textOf(childElement(el, 'author'))),
      position,
    });
  });
  for (const d of [...root.damage].filter((x) => !seenDamage.has(x.message))) {
    problems.push({ item: null, line: d.line, message: `line ${d.line}: ${d.message}`, skipped: false });
  }
  return {
    format: 'rss',
    title: textOf(channel === null ? null : childElement(channel, 'title')),
    link: resolveLink(textOf(channel === null ? null : childElement(channel, 'link')), base),
    items,
    problems,
  };
}

/** RSS `<author>` is an e-mail address, often `news@example.org (Jane Roe)`: keep the name when given. */
function authorName(text: string | null): string | null {
  if (text === null) return null;
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  return m?.[1]?.trim() ?? text;
}
