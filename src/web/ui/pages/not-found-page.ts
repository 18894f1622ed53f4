// A /ui/ path that names no page.

import { h } from '../dom.js';
import type { Page } from '../router.js';

export const notFoundPage: Page = () =>
  Promise.resolve({
    title: 'Not found',
    content: [
      h('h1', { attrs: { tabindex: -1 } }, 'No such page'),
      h('p', {}, 'Try the ', h('a', { attrs: { href: '/ui/' } }, 'home page'), ' or search above.'),
    ],
  });
