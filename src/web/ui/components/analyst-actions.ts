// Analyst decisions on a proposition: confirm or reject one of its links, or set its status — each with a
// required reason, sent with the bearer token the analyst entered (kept in this tab only).

import { decisions, type DecisionInput } from '../api-client.js';
import { readToken, saveToken } from '../analyst-token.js';
import { SETTABLE_STATUSES, type Decision, type TimelineEntry } from '../assessment-contracts.js';
import { h, replaceChildren } from '../dom.js';
import { formatDate, STANCE_LABEL } from '../format.js';
import { problemView } from './problem-view.js';

export interface AnalystActions {
  element: HTMLElement;
  /** Selects `linkId` in the link form and moves focus to its reason, for a row's "Decide" button. */
  chooseLink(linkId: string): void;
}

/**
 * The forms. `onDecided` runs after the API recorded a decision (e.g. to reload the timeline); refusals
 * (401, 403, 400 naming the field) are shown beside the form that caused them, in the API's words.
 */
export function analystActions(
  propositionId: string,
  entries: readonly TimelineEntry[],
  onDecided: (decision: Decision) => void,
): AnalystActions {
  const token = h('input', {
    attrs: { id: 'analyst-token', type: 'password', autocomplete: 'off', spellcheck: 'false' },
  });
  token.value = readToken();
  const tokenNote = h('p', { class: 'meta', attrs: { role: 'status' } }, tokenState());
  const tokenForm = h(
    'form',
    {
      class: 'token-form',
      attrs: { method: 'post' },
      on: {
        submit: (event) => {
          event.preventDefault();
          saveToken(token.value);
          tokenNote.textContent = tokenState();
        },
      },
    },
    field('analyst-token', 'Bearer token', token),
    h(
      'div',
      { class: 'field field-submit' },
      h('button', { attrs: { type: 'submit' } }, 'Keep for this tab'),
      h(
        'button',
        {
          class: 'secondary',
          attrs: { type: 'button' },
          on: {
            click: () => {
              token.value = '';
              saveToken('');
              tokenNote.textContent = tokenState();
            },
          },
        },
        'Forget',
      ),
    ),
  );

  const status = h(
    'select',
    { attrs: { id: 'decide-status', name: 'status' } },
    SETTABLE_STATUSES.map((s) =>
      h('option', { attrs: { value: s } }, s === 'none' ? 'none (back to the rules)' : s),
    ),
  );
  const from = h('input', {
    attrs: { id: 'decide-from', name: 'from', type: 'date', 'aria-describedby': 'decide-from-hint' },
  });
  const statusForm = decisionForm('status', 'Set status', [
    field('decide-status', 'Status', status),
    field('decide-from', 'From (optional)', from, 'the day it holds from; empty: from the start'),
  ]);
  statusForm.onSubmit((input) =>
    decisions.setStatus(
      propositionId,
      {
        ...input,
        status: status.value as (typeof SETTABLE_STATUSES)[number],
        ...(from.value ? { from: from.value } : {}),
      },
      token.value.trim(),
    ),
  );

  const link = h(
    'select',
    { attrs: { id: 'decide-link', name: 'link' } },
    entries.map((entry) =>
      h('option', { attrs: { value: entry.linkId } }, `${linkLabel(entry)} (${entry.state})`),
    ),
  );
  const verdict = h(
    'select',
    { attrs: { id: 'decide-verdict', name: 'verdict' } },
    h('option', { attrs: { value: 'confirm' } }, 'confirm the link'),
    h('option', { attrs: { value: 'reject' } }, 'reject the link'),
  );
  const linkForm = decisionForm('link', 'Record decision', [
    field('decide-link', 'Statement linked to this proposition', link),
    field('decide-verdict', 'Decision', verdict),
  ]);
  linkForm.onSubmit((input) =>
    verdict.value === 'reject'
      ? decisions.rejectLink(link.value, input, token.value.trim())
      : decisions.confirmLink(link.value, input, token.value.trim()),
  );

  const element = h(
    'section',
    { class: 'analyst-actions', attrs: { 'aria-labelledby': 'analyst-heading', id: 'decide' } },
    h('h2', { attrs: { id: 'analyst-heading' } }, 'Analyst actions'),
    h(
      'p',
      { class: 'meta' },
      'Decisions need an analyst or admin token (',
      h('code', {}, 'claimlog token create --role analyst'),
      '). It stays in this browser tab only. Every decision is kept in the log with its reason.',
    ),
    tokenForm,
    tokenNote,
    h('h3', {}, 'Set the status'),
    statusForm.form,
    entries.length === 0 ? null : [h('h3', {}, 'Confirm or reject a link'), linkForm.form],
  );

  function decisionForm(name: string, label: string, fields: HTMLElement[]) {
    const reason = h('textarea', {
      attrs: { id: `${name}-reason`, name: 'reason', rows: 2, required: true, maxlength: 2000 },
    });
    const by = h('input', { attrs: { id: `${name}-by`, name: 'by', type: 'text', maxlength: 200 } });
    const result = h('div', { class: 'decision-result', attrs: { 'aria-live': 'polite' } });
    const button = h('button', { attrs: { type: 'submit' } }, label);
    let send: ((input: DecisionInput) => Promise<Decision>) | null = null;
    const form = h(
      'form',
      {
        class: `decision-form ${name}-form`,
        attrs: { method: 'post', novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            if (reason.value.trim() === '') {
              replaceChildren(
                result,
                h('p', { class: 'problem', attrs: { role: 'alert' } }, 'A reason is required: say why.'),
              );
              reason.focus();
              return;
            }
            if (send === null) return;
            const input: DecisionInput = {
              reason: reason.value.trim(),
              ...(by.value.trim() ? { by: by.value.trim() } : {}),
            };
            button.disabled = true;
            replaceChildren(result, h('p', { class: 'meta' }, 'Sending…'));
            send(input)
              .then((decision) => {
                replaceChildren(
                  result,
                  h(
                    'p',
                    { class: 'recorded', attrs: { role: 'status' } },
                    `Recorded: ${decision.decision.kind} by ${decision.decision.by}, log leaf #${decision.logIndex}.`,
                  ),
                );
                reason.value = '';
                onDecided(decision);
              })
              .catch((error: unknown) => replaceChildren(result, problemView(error)))
              .finally(() => {
                button.disabled = false;
              });
          },
        },
      },
      fields,
      field(`${name}-reason`, 'Reason (required)', reason),
      field(`${name}-by`, 'Your name (optional)', by),
      h('div', { class: 'field field-submit' }, button),
      result,
    );
    return {
      form,
      onSubmit: (fn: (input: DecisionInput) => Promise<Decision>) => {
        send = fn;
      },
    };
  }

  return {
    element,
    chooseLink: (linkId) => {
      link.value = linkId;
      document.getElementById('link-reason')?.focus();
    },
  };
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { attrs: { for: id } }, label),
    control,
    hint ? h('small', { attrs: { id: `${id}-hint` } }, hint) : null,
  );
}

function linkLabel(entry: TimelineEntry): string {
  const text = entry.text.length > 60 ? `${entry.text.slice(0, 59)}…` : entry.text;
  return `${formatDate(entry.on)} — ${entry.speaker.text} ${STANCE_LABEL[entry.stance] ?? entry.stance}: ${text}`;
}

function tokenState(): string {
  return readToken() === '' ? 'No token kept in this tab.' : 'A token is kept for this tab.';
}
