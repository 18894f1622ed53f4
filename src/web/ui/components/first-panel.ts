// "Who was first": the earliest logged document supporting a proposition, with its proof to download.

import type { FirstSupport } from '../assessment-contracts.js';
import { h, safeHref } from '../dom.js';
import { formatDate } from '../format.js';

export function firstPanel(first: FirstSupport): HTMLElement {
  const earliest = first.earliest;
  const proof = safeHref(first.proofHref);
  return h(
    'section',
    { class: 'first-panel', attrs: { 'aria-labelledby': 'first-heading' } },
    h('h2', { attrs: { id: 'first-heading' } }, 'Who was first'),
    earliest === null
      ? h('p', {}, 'No logged document supports this proposition yet.')
      : [
          h(
            'p',
            {},
            h('strong', {}, earliest.source ?? earliest.outlet ?? 'An unnamed source'),
            ` supported it first, on ${formatDate(earliest.publishedAt)}`,
            earliest.outlet && earliest.outlet !== earliest.source ? ` in ${earliest.outlet}` : '',
            earliest.logIndex === null ? ' (not yet logged).' : `, logged as leaf #${earliest.logIndex}.`,
          ),
          h(
            'p',
            {},
            h(
              'a',
              { attrs: { href: `/ui/documents/${encodeURIComponent(earliest.documentId)}` } },
              'Read that document',
            ),
          ),
        ],
    proof && earliest
      ? [
          h(
            'p',
            {},
            h(
              'a',
              { class: 'button', attrs: { href: proof, download: `${earliest.documentId}.tlog-proof` } },
              'Download the proof (.tlog-proof)',
            ),
          ),
          h(
            'p',
            { class: 'meta' },
            'Anyone can check it offline, without this server: ',
            h('code', {}, 'claimlog log verify PROOF --key VERIFIER-KEY --leaf LEAF'),
            '.',
          ),
        ]
      : null,
  );
}
