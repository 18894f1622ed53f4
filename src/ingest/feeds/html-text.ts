// Plain text from the HTML fragments feeds carry (titles, summaries, content), for display, keys and fingerprints.
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object']);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'hr',
]);

/**
 * The text of an HTML fragment: entities decoded, scripts and styles dropped, block elements as line
 * breaks, runs of spaces collapsed, NFC. Never executes or fetches anything.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping += 1;
        else if (BLOCK.has(name)) out.push('\n');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) out.push('\n');
      },
      ontext(data) {
        if (skipping === 0) out.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return out
    .join('')
    .normalize('NFC')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}
