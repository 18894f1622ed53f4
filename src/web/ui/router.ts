// Which page a /ui/ path shows: the route table, and navigation without reloading the page.

import type { Child } from './dom.js';

export interface PageContext {
  params: Record<string, string>;
  query: URLSearchParams;
  signal: AbortSignal;
}

/** What a page renders: its title (for the tab and for screen readers) and its content. */
export interface PageView {
  title: string;
  content: Child;
}

export type Page = (context: PageContext) => Promise<PageView>;

export interface Route {
  /** A path pattern such as `/ui/documents/:id`. */
  path: string;
  page: Page;
}

/** The route matching `pathname` and its decoded parameters, or null. */
export function matchRoute(
  routes: readonly Route[],
  pathname: string,
): { route: Route; params: Record<string, string> } | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const route of routes) {
    const names: string[] = [];
    const pattern = route.path
      .replace(/\/+$/, '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/:(\w+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { route, params };
  }
  return null;
}

/**
 * The /ui/ URL a click or form should navigate to within the page, or null to leave it to the
 * browser: other sites, downloads, new tabs (modifier keys), and the API itself.
 */
export function inAppTarget(href: string, origin: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  return url.origin === origin && url.pathname.startsWith('/ui/') ? url : null;
}
