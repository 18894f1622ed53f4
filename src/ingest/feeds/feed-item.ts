// What a feed holds once read, whatever its format: its items, and the problems found on the way.

/** One entry of an RSS, Atom or JSON feed. Text fields are as the feed gives them, trimmed; never invented. */
export interface FeedItem {
  /** The feed's own identifier: RSS `guid`, Atom `id`, JSON Feed `id`. */
  guid: string | null;
  /** The item's page, absolute (resolved against the feed's URL). */
  url: string | null;
  /** Plain text (markup in Atom `type="html"` titles removed). */
  title: string | null;
  /** ISO 8601 instant in UTC. */
  publishedAt: string | null;
  updatedAt: string | null;
  /** A teaser or description, as HTML. */
  summaryHtml: string | null;
  /** The full text when the feed carries it, as HTML. */
  contentHtml: string | null;
  author: string | null;
  /** Where the item sits in the feed: its 0-based index among items, and the line for XML feeds. */
  position: FeedPosition;
}

export interface FeedPosition {
  index: number;
  line: number | null;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/** A problem with one item (which was skipped or kept, as `skipped` says) or with the feed as a whole. */
export interface FeedProblem {
  /** The item's position, or null for the feed as a whole. */
  item: FeedPosition | null;
  line: number | null;
  message: string;
  skipped: boolean;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
  problems: FeedProblem[];
}
