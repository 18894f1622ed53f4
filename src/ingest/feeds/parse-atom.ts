// Reads Atom (RFC 4287) feeds into feed items.
import { parseFeedDate } from './feed-date.js';
import type { FeedItem, FeedProblem, ParsedFeed } from './feed-item.js';
import { resolveLink, textToHtml } from './feed-link.js';
import { htmlToText } from './html-text.js';
import { childElement, childElements, innerXml, textOf, type XmlElement } from './xml-tree.js';

/**
 * Reads the `<feed>` element `root`. Links honour `xml:base`; text constructs of type `text`, `html` and
 * `xhtml` (RFC 4287 §3.1) become HTML for summaries and content and plain text for titles. Entries with
 * broken markup or no id, link or title are skipped and reported.
 */
export function readAtom(root: XmlElement, feedUrl: string | null): ParsedFeed {
  const base = resolveLink(root.attrs['xml:base'] ?? null, feedUrl) ?? feedUrl;
  const feedAuthor = textOf(childElement(childElement(root, 'author') ?? root, 'name'));
  const items: FeedItem[] = [];
  const problems: FeedProblem[] = [];
  const seenDamage = new Set<string>();
  childElements(root, 'entry').forEach((el, index) => {
    const position = { index, line: el.line };
    const at = `entry ${index + 1} (line ${el.line})`;
    if (el.damage.length > 0) {
      for (const d of el.damage) seenDamage.add(d.message);
      const what = el.damage.map((d) => d.message).join('; ');
      problems.push({ item: position, line: el.line, message: `${at}: ${what}; skipped`, skipped: true });
      return;
    }
    const entryBase = resolveLink(el.attrs['xml:base'] ?? null, base) ?? base;
    const guid = textOf(childElement(el, 'id'));
    const url = resolveLink(alternateLink(el), entryBase);
    const titleEl = childElement(el, 'title');
    const titleHtml = titleEl === null ? null : textConstruct(titleEl);
    const title = titleHtml === null ? null : htmlToText(titleHtml) || null;
    if (guid === null && url === null && title === null) {
      problems.push({
        item: position,
        line: el.line,
        message: `${at}: expected an <id>, <link> or <title>, found none; skipped`,
        skipped: true,
      });
      return;
    }
    const dates: Record<'published' | 'updated', string | null> = { published: null, updated: null };
    for (const name of ['published', 'updated'] as const) {
      const text = textOf(childElement(el, name));
      if (text === null) continue;
      dates[name] = parseFeedDate(text);
      if (dates[name] === null) {
        problems.push({
          item: position,
          line: el.line,
          message: `${at}: expected an RFC 3339 date in <${name}>, found "${text}"; kept without it`,
          skipped: false,
        });
      }
    }
    const summary = childElement(el, 'summary');
    const content = childElement(el, 'content');
    items.push({
      guid,
      url,
      title,
      publishedAt: dates.published ?? dates.updated,
      updatedAt: dates.updated,
      summaryHtml: summary === null ? null : textConstruct(summary),
      contentHtml: content === null || content.attrs.src !== undefined ? null : textConstruct(content),
      author: textOf(childElement(childElement(el, 'author') ?? el, 'name')) ?? feedAuthor,
      position,
    });
  });
  for (const d of root.damage.filter((x) => !seenDamage.has(x.message))) {
    problems.push({ item: null, line: d.line, message: `line ${d.line}: ${d.message}`, skipped: false });
  }
  return {
    format: 'atom',
    title: (() => {
      const t = childElement(root, 'title');
      const html = t === null ? null : textConstruct(t);
      return html === null ? null : htmlToText(html) || null;
    })(),
    link: resolveLink(alternateLink(root), base),
    items,
    problems,
  };
}

function alternateLink(el: XmlElement): string | null {
  const links = childElements(el, 'link');
  const alternate =
    links.find(
      (l) => (l.attrs.rel ?? 'alternate') === 'alternate' && (l.attrs.type ?? 'text/html') === 'text/html',
    ) ?? links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  return alternate?.attrs.href ?? null;
}

/** An Atom text construct as HTML. */
function textConstruct(el: XmlElement): string | null {
  const type = (el.attrs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = childElements(el, 'div')[0] ?? childElements(el, 'xhtml:div')[0];
    const html = (div === undefined ? innerXml(el) : innerXml(div)).trim();
    return html === '' ? null : html;
  }
  const text = textOf(el);
  if (text === null) return null;
  return type === 'html' || type === 'text/html' ? text : textToHtml(text);
}
