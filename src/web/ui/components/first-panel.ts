// "Who was first": the earliest logged document supporting a proposition, with its proof and leaf to
// download and the command that checks them offline.

import type { FirstSupport } from '../assessment-contracts.js';
import { h, safeHref } from '../dom.js';
import { formatDate } from '../format.js';

type SupportingDocument = NonNullable<FirstSupport['earliest']>;

/**
 * The panel for `first` (GET /propositions/{id}/first). Download links appear only for same-site or
 * http(s) hrefs; the proof's file names follow the document it proves.
 */
export function firstPanel(first: FirstSupport): HTMLElement {
  const earliest = first.earliest;
  const proved = first.proved ?? earliest;
  const proof = safeHref(first.proofHref);
  const leaf = safeHref(first.leafHref);
  const name = proved?.documentId ?? 'first';
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
          h('p', {}, h('a', { attrs: { href: documentHref(earliest) } }, 'Read that document')),
        ],
    first.priority
      ? h(
          'p',
          { class: `priority verdict-${first.priority.verdict.replace(/\s+/g, '-')}` },
          h('strong', {}, `Priority claim by ${first.priority.claimant}: ${first.priority.verdict}. `),
          first.priority.why,
        )
      : null,
    proof && proved
      ? [
          h(
            'p',
            { class: 'downloads' },
            h(
              'a',
              { class: 'button', attrs: { href: proof, download: `${name}.tlog-proof` } },
              'Download the proof (.tlog-proof)',
            ),
            leaf
              ? [
                  ' ',
                  h(
                    'a',
                    { class: 'button secondary', attrs: { href: leaf, download: `${name}.leaf` } },
                    'Download the leaf',
                  ),
                ]
              : null,
          ),
          first.checkpoint
            ? h(
                'p',
                { class: 'meta' },
                `The proof is for leaf #${proved.logIndex ?? '?'} in the signed checkpoint of tree size ${first.checkpoint.size}.`,
              )
            : null,
          h(
            'p',
            { class: 'meta' },
            "Anyone can check it offline, without this server, with the log's verifier key (",
            h('a', { attrs: { href: '/log/key', download: 'log.key' } }, 'download the key'),
            ', or have ',
            h('code', {}, 'claimlog log key'),
            ' print it; compare it with the key the log publishes elsewhere):',
          ),
          h(
            'pre',
            { class: 'command' },
            h('code', {}, `claimlog log verify ${name}.tlog-proof --key log.key --leaf ${name}.leaf`),
          ),
        ]
      : null,
  );
}

function documentHref(document: SupportingDocument): string {
  return `/ui/documents/${encodeURIComponent(document.documentId)}`;
}
