// A proposition: its status now or as of a day, its timeline chart with an as-of slider, its status
// history, the statements for and against it, who was first (with a proof), exports and analyst actions.

import { api } from '../api-client.js';
import type { Timeline, TimelineEntry } from '../assessment-contracts.js';
import { h, replaceChildren } from '../dom.js';
import { formatDate, plural, STANCE_LABEL } from '../format.js';
import { analystActions, type AnalystActions } from '../components/analyst-actions.js';
import { exportLinks } from '../components/export-links.js';
import { firstPanel } from '../components/first-panel.js';
import { problemView } from '../components/problem-view.js';
import { propositionHref, statusBadge } from '../components/proposition-table.js';
import { statusHistory } from '../components/status-history.js';
import { timelineChart } from '../components/timeline-chart.js';
import type { Page } from '../router.js';
import { sourceHref } from './source-page.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const propositionPage: Page = async ({ params, query, signal }) => {
  const requested = query.get('asOf');
  const asOf = requested !== null && DAY.test(requested) ? requested : null;
  const id = params.id ?? '';
  const [timeline, first] = await Promise.all([
    api.timeline(id, asOf, signal),
    api.first(id, signal).then(
      (answer) => ({ answer, error: null }),
      (error: unknown) => ({ answer: null, error }),
    ),
  ]);
  const pid = timeline.proposition.id;
  const view = h('div', { class: 'as-of-view' });
  let actions: AnalystActions | null = null;
  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Re-queries the timeline as of `day` (null: everything known) and redraws what depends on it. */
  const showAsOf = (day: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending?.abort();
      const controller = new AbortController();
      pending = controller;
      view.setAttribute('aria-busy', 'true');
      api
        .timeline(pid, day, controller.signal)
        .then((next) => {
          if (controller.signal.aborted) return;
          window.history.replaceState(null, '', propositionHref(pid, day));
          draw(next, day);
          view.querySelector<HTMLElement>('.timeline-chart input[type="range"]')?.focus();
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) replaceChildren(view, problemView(error));
        })
        .finally(() => view.removeAttribute('aria-busy'));
    }, 250);
  };

  const draw = (shown: Timeline, day: string | null) =>
    replaceChildren(
      view,
      currentStatus(shown, day, () => showAsOf(null)),
      h(
        'section',
        { attrs: { 'aria-labelledby': 'timeline-heading' } },
        h('h2', { attrs: { id: 'timeline-heading' } }, 'Timeline'),
        timelineChart(shown, { asOf: day, onAsOf: (date) => showAsOf(date) }),
      ),
      h(
        'section',
        { attrs: { 'aria-labelledby': 'history-heading' } },
        h('h2', { attrs: { id: 'history-heading' } }, 'Status history'),
        statusHistory(shown.status, day, shown.entries),
      ),
      entriesSection(shown, pid, (linkId) => actions?.chooseLink(linkId)),
      evidenceSection(shown),
    );
  draw(timeline, asOf);
  actions = analystActions(pid, timeline.entries, () => showAsOf(asOfIn(window.location.search)));

  return {
    title: timeline.proposition.text,
    content: [
      h('p', { class: 'crumbs' }, h('a', { attrs: { href: '/ui/propositions' } }, '← Propositions')),
      h('h1', { attrs: { tabindex: -1 } }, timeline.proposition.text),
      h('p', { class: 'meta' }, 'Proposition ', h('code', {}, pid)),
      view,
      first.answer === null
        ? h('section', { class: 'first-panel' }, h('h2', {}, 'Who was first'), problemView(first.error))
        : firstPanel(first.answer),
      exportLinks('Export', [
        {
          label: 'ClaimReview (JSON-LD)',
          href: `/propositions/${encodeURIComponent(pid)}/claimreview.jsonld`,
          file: `${pid}.claimreview.jsonld`,
        },
        {
          label: 'Timeline (CSV)',
          href: `/propositions/${encodeURIComponent(pid)}/timeline.csv`,
          file: `${pid}.timeline.csv`,
        },
        { label: 'Timeline (JSON)', href: `/propositions/${encodeURIComponent(pid)}/timeline` },
        { label: 'Who was first (JSON)', href: `/propositions/${encodeURIComponent(pid)}/first` },
      ]),
      actions.element,
    ],
  };
};

function asOfIn(search: string): string | null {
  const day = new URLSearchParams(search).get('asOf');
  return day !== null && DAY.test(day) ? day : null;
}

function currentStatus(timeline: Timeline, asOf: string | null, showAll: () => void): HTMLElement {
  const latest = timeline.status[timeline.status.length - 1] ?? null;
  return h(
    'div',
    { class: 'status-now', attrs: { role: 'status' } },
    h(
      'p',
      {},
      asOf === null ? 'Status now: ' : `Status as of ${formatDate(asOf)}: `,
      statusBadge(latest?.status ?? null),
      latest ? ` since ${formatDate(latest.from)}` : '',
    ),
    latest ? h('p', { class: 'meta' }, latest.why) : null,
    asOf === null
      ? null
      : h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: showAll } }, 'Show now'),
  );
}

/** The reader's address of an entry's statement, pointing at it and back to this proposition. */
function readerHref(entry: TimelineEntry, propositionId: string): string {
  const ordinal = /:(\d+)$/.exec(entry.claimId)?.[1];
  return `/ui/documents/${encodeURIComponent(entry.documentId)}?proposition=${encodeURIComponent(propositionId)}${
    ordinal === undefined ? '' : `#statement-${ordinal}`
  }`;
}

function entriesSection(
  timeline: Timeline,
  propositionId: string,
  decide: (linkId: string) => void,
): HTMLElement {
  const entries = timeline.entries;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'entries-heading' } },
    h('h2', { attrs: { id: 'entries-heading' } }, plural(entries.length, 'statement'), ' for and against'),
    entries.length === 0
      ? h('p', {}, 'No statement is linked to it yet.')
      : h(
          'table',
          { class: 'statements entries' },
          h('caption', { class: 'visually-hidden' }, 'statements for and against the proposition'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Date', 'Speaker', 'Stance', 'On it', 'What was said', 'Outlet', 'Link'].map((label) =>
                h('th', { attrs: { scope: 'col' } }, label),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            entries.map((entry) =>
              h(
                'tr',
                { class: `entry-row stance-${entry.stance} link-${entry.state}` },
                h('td', { attrs: { 'data-label': 'Date' } }, formatDate(entry.on)),
                h(
                  'td',
                  { attrs: { 'data-label': 'Speaker' } },
                  entry.speaker.actor
                    ? h(
                        'a',
                        { attrs: { href: sourceHref(entry.speaker.actor) } },
                        entry.speaker.text,
                        h('span', { class: 'actor' }, ` [${entry.speaker.actor}]`),
                      )
                    : entry.speaker.text,
                ),
                h(
                  'td',
                  { attrs: { 'data-label': 'Stance' } },
                  h('span', { class: `badge stance-${entry.stance}` }, STANCE_LABEL[entry.stance] ?? ''),
                ),
                h('td', { attrs: { 'data-label': 'On it' } }, entry.polarity),
                h('td', { attrs: { 'data-label': 'What was said' } }, entry.text),
                h(
                  'td',
                  { attrs: { 'data-label': 'Outlet' } },
                  h('a', { attrs: { href: readerHref(entry, propositionId) } }, entry.outlet ?? 'document'),
                  entry.logIndex === null ? '' : h('span', { class: 'muted' }, ` · leaf #${entry.logIndex}`),
                ),
                h(
                  'td',
                  { attrs: { 'data-label': 'Link' } },
                  h('span', { class: 'muted' }, entry.state, ' '),
                  h(
                    'button',
                    {
                      class: 'secondary small',
                      attrs: {
                        type: 'button',
                        'aria-label': `Decide on the link of ${entry.speaker.text}, ${formatDate(entry.on)}`,
                      },
                      on: { click: () => decide(entry.linkId) },
                    },
                    'Decide',
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

function evidenceSection(timeline: Timeline): HTMLElement | null {
  if (timeline.evidence.length === 0) return null;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'evidence-heading' } },
    h('h2', { attrs: { id: 'evidence-heading' } }, 'Evidence'),
    h(
      'ul',
      { class: 'evidence-list' },
      timeline.evidence.map((item) =>
        h(
          'li',
          {},
          h('time', { attrs: { datetime: item.on ?? '' } }, formatDate(item.on)),
          item.kind ? h('span', { class: 'badge' }, item.kind) : null,
          ' ',
          item.what,
          ' ',
          h(
            'a',
            { attrs: { href: `/ui/documents/${encodeURIComponent(item.documentId)}` } },
            'read the document',
          ),
        ),
      ),
    ),
  );
}
