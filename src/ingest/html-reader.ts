// HTML pages: the main text through Mozilla's Readability, the metadata from meta tags.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentInput } from '../domain/document.js';
import { InvalidInput } from '../domain/errors.js';
import { decodeText } from './decode-text.js';
import { detectLanguage } from './language.js';
import { parsePublicationDate } from './publication-date.js';
import { NO_DATE_WARNING, type ReadContext, type ReadDocument } from './read-context.js';

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'FIGCAPTION',
  'DD',
  'DT',
]);

/**
 * Reads an HTML page. The text is the headline followed by the article's paragraphs, one per
 * block, separated by blank lines; scripts, styles and markup never reach it. Title, author, date,
 * outlet, canonical URL and language come from meta tags when present. Throws InvalidInput for
 * bytes that are not text, a page with no readable text, or an impossible date in its meta tags.
 */
export function readHtmlDocument(bytes: Uint8Array, context: ReadContext, now: Date): ReadDocument {
  const where = { file: context.origin };
  const html = decodeText(bytes, where);
  const { document } = parseHTML(html);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const element = document.querySelector(
        `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
      );
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return null;
  };
  const title =
    meta('og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || null);
  const dateText =
    meta(
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'DC.date.issued',
    ) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const given =
    context.publishedAt === undefined ? undefined : parsePublicationDate(context.publishedAt, where, now);
  const publishedAt = given !== undefined ? given : parsePublicationDate(dateText, where, now);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url');
  const declaredLanguage = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;

  const body = articleText(html);
  if (body === '')
    throw new InvalidInput('no readable text: expected an article in the page, found none', { where });
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  const input: DocumentInput = {
    externalId: null,
    kind: 'article',
    format: 'html',
    text,
    bytes,
    title,
    author: meta('author', 'article:author', 'dc.creator', 'byl')?.replace(/^by\s+/i, '') ?? null,
    outlet: meta('og:site_name', 'application-name', 'publisher'),
    url: canonical && /^https?:\/\//.test(canonical) ? canonical : null,
    publishedAt,
    retrievedAt: context.retrievedAt,
    language: declaredLanguage ?? detectLanguage(text),
    origin: context.origin,
  };
  return { kind: 'document', input, warnings: publishedAt === null ? [NO_DATE_WARNING] : [] };
}

/** The readable article as plain text, one block per paragraph; the whole body when Readability finds no article. */
function articleText(html: string): string {
  // Readability mutates the DOM it reads, so it gets its own parse.
  const { document } = parseHTML(html);
  const article = new Readability(document, { keepClasses: false }).parse();
  const root = article?.content
    ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body
    : null;
  const source = root ?? parseHTML(html).document.body;
  if (!source) return '';
  for (const element of source.querySelectorAll('script, style, noscript, template, svg, iframe'))
    element.remove();
  const blocks: string[] = [];
  collectBlocks(source, blocks);
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

function collectBlocks(element: Element, out: string[]): void {
  let inline = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 1 && BLOCKS.has((node as Element).tagName)) {
      out.push(inline);
      inline = '';
      out.push((node as Element).textContent ?? '');
    } else if (node.nodeType === 1 && hasBlockChild(node as Element)) {
      out.push(inline);
      inline = '';
      collectBlocks(node as Element, out);
    } else {
      inline += node.textContent ?? '';
    }
  }
  out.push(inline);
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.querySelectorAll('*')).some(
    (child) => BLOCKS.has(child.tagName) || child.tagName === 'DIV',
  );
}
