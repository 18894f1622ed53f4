// Reads any feed claimlog follows (RSS, Atom, JSON Feed), telling the format from the text itself.
import { InvalidInput } from '../../domain/errors.js';
import type { ParsedFeed } from './feed-item.js';
import { readAtom } from './parse-atom.js';
import { readJsonFeed } from './parse-json-feed.js';
import { readRss } from './parse-rss.js';
import { parseXmlTree } from './xml-tree.js';

/**
 * Reads `text` fetched from `url` (the base for relative links). Throws InvalidInput, naming `url` and
 * what was found, when the text is not a feed at all; otherwise returns every readable item, with a
 * problem (item, line, what was wrong) for each item skipped or kept with a defect. Pure.
 */
export function parseFeed(text: string, url: string | null): ParsedFeed {
  const where = url ?? 'feed';
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) return readJsonFeed(body, url, where);
  if (!body.startsWith('<')) {
    throw new InvalidInput(
      `${where}: expected an RSS, Atom or JSON feed, found text starting "${body.slice(0, 40)}"`,
    );
  }
  const tree = parseXmlTree(text);
  const root = tree.root;
  if (root === null)
    throw new InvalidInput(`${where}: expected an RSS, Atom or JSON feed, found no XML element`);
  if (root.name === 'rss' || root.name === 'rdf:rdf') return readRss(root, url);
  if (root.name === 'feed') return readAtom(root, url);
  throw new InvalidInput(
    `${where}: expected <rss>, <rdf:RDF> or <feed> at line ${root.line}, found <${root.name}>`,
  );
}
