// A search excerpt: plain runs as text, matched runs in <mark>.

import { h } from '../dom.js';

export function snippet(runs: readonly { text: string; match: boolean }[]): HTMLElement {
  return h(
    'p',
    { class: 'snippet' },
    runs.map((run) => (run.match ? h('mark', {}, run.text) : run.text)),
  );
}
