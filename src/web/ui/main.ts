// The web UI's entry: the layout, the routes, and rendering a page on each navigation.

import { createLayout } from './pages/layout.js';
import { documentPage } from './pages/document-page.js';
import { documentsPage } from './pages/documents-page.js';
import { homePage } from './pages/home-page.js';
import { notFoundPage } from './pages/not-found-page.js';
import { propositionPage } from './pages/proposition-page.js';
import { propositionsPage } from './pages/propositions-page.js';
import { searchPage } from './pages/search-page.js';
import { sourcePage } from './pages/source-page.js';
import { sourcesPage } from './pages/sources-page.js';
import { statementsPage } from './pages/statements-page.js';
import { problemView } from './components/problem-view.js';
import { replaceChildren } from './dom.js';
import { inAppTarget, matchRoute, type Route } from './router.js';
import './styles.css';

/** The pages of the UI; a new page is one line here. */
const ROUTES: Route[] = [
  { path: '/ui/', page: homePage },
  { path: '/ui/search', page: searchPage },
  { path: '/ui/documents', page: documentsPage },
  { path: '/ui/documents/:id', page: documentPage },
  { path: '/ui/statements', page: statementsPage },
  { path: '/ui/propositions', page: propositionsPage },
  { path: '/ui/propositions/:id', page: propositionPage },
  { path: '/ui/sources', page: sourcesPage },
  { path: '/ui/sources/:id', page: sourcePage },
];

const layout = createLayout();
document.body.append(layout.root);
let current: AbortController | null = null;

/** Renders the page for the current URL; after an in-app navigation, focus moves to its heading. */
async function render(moveFocus: boolean): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const url = new URL(window.location.href);
  const match = matchRoute(ROUTES, url.pathname);
  layout.search.value =
    url.pathname === '/ui/search' ? (url.searchParams.get('q') ?? '') : layout.search.value;
  layout.main.setAttribute('aria-busy', 'true');
  layout.status.textContent = 'Loading…';
  let title: string;
  try {
    const view = await (match?.route.page ?? notFoundPage)({
      params: match?.params ?? {},
      query: url.searchParams,
      signal: controller.signal,
    });
    if (controller.signal.aborted) return;
    replaceChildren(layout.main, view.content);
    title = view.title;
  } catch (error) {
    if (controller.signal.aborted) return;
    replaceChildren(layout.main, problemView(error));
    title = 'Error';
  }
  layout.main.removeAttribute('aria-busy');
  document.title = title === 'claimlog' ? 'claimlog' : `${title} · claimlog`;
  layout.status.textContent = `${title} loaded`;
  const target = url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  } else if (moveFocus) {
    window.scrollTo(0, 0);
    (layout.main.querySelector('h1') ?? layout.main).focus();
  }
  document.body.dataset.ready = 'true';
}

function navigate(url: URL): void {
  if (url.href === window.location.href) return;
  window.history.pushState(null, '', url.href);
  void render(true);
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest('a');
  if (!link || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
  const url = inAppTarget(link.href, window.location.origin);
  if (!url) return;
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
  event.preventDefault();
  navigate(url);
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  const url = inAppTarget(form.action, window.location.origin);
  if (!url || form.method.toLowerCase() !== 'get') return;
  event.preventDefault();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') url.searchParams.set(name, value.trim());
  }
  navigate(url);
});

window.addEventListener('popstate', () => void render(true));
void render(false);
