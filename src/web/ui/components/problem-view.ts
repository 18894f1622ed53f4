// An error as the reader should see it: the API's own words and each parameter it named, announced to
// assistive technology.

import { ApiProblem } from '../api-client.js';
import { h } from '../dom.js';

export function problemView(error: unknown): HTMLElement {
  const detail =
    error instanceof ApiProblem
      ? error.problem.detail
      : error instanceof Error
        ? `${error.message} (is the server still running?)`
        : 'something went wrong';
  const title =
    error instanceof ApiProblem
      ? `${error.problem.status} ${error.problem.title}`
      : 'Could not load this page';
  const params = error instanceof ApiProblem ? (error.problem['invalid-params'] ?? []) : [];
  return h(
    'div',
    { class: 'problem', attrs: { role: 'alert' } },
    h('strong', {}, title),
    h('p', {}, detail),
    params.length === 0
      ? null
      : h(
          'ul',
          { class: 'invalid-params' },
          params.map((p) => h('li', {}, h('code', {}, p.name), ` (${p.in}): ${p.reason}`)),
        ),
  );
}
