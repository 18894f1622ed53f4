// The document reader: the text with speakers, cues, contents and framing marked, and the statements
// found in it beside it, each able to point into the text.

import type { DocumentJson } from '../../../api/schemas/document-json.js';
import { api } from '../api-client.js';
import { h, safeHref } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { highlightedText, LAYERS } from '../components/highlighted-text.js';
import { stanceBadge } from '../components/stance-badge.js';
import { quoted, speakerLabel } from '../components/statement-list.js';
import type { Page } from '../router.js';

export const documentPage: Page = async ({ params, query, signal }) => {
  const document = await api.document(params.id ?? '', signal);
  const text = highlightedText(document);
  // Opened from a proposition's statement: the way back to it (the statement is the URL's fragment).
  const from = query.get('proposition');
  const proposition = from !== null && /^[a-z0-9]{1,40}$/.test(from) ? from : null;
  return {
    title: document.title ?? 'Untitled document',
    content: [
      h(
        'p',
        { class: 'crumbs' },
        h('a', { attrs: { href: '/ui/documents' } }, '← Documents'),
        proposition === null
          ? null
          : [
              ' · ',
              h(
                'a',
                { attrs: { href: `/ui/propositions/${proposition}`, rel: 'up' } },
                '← The proposition this statement is about',
              ),
            ],
      ),
      h('h1', { attrs: { tabindex: -1 } }, document.title ?? 'Untitled document'),
      metadata(document),
      h(
        'div',
        { class: 'reader' },
        h(
          'article',
          { class: 'reader-text', attrs: { 'aria-label': 'document text' } },
          layerToggles(text),
          text,
        ),
        h(
          'aside',
          { class: 'reader-aside', attrs: { 'aria-label': 'what was found in the text' } },
          statementList(document, proposition),
          framingList(document),
        ),
      ),
    ],
  };
};

function metadata(document: DocumentJson): HTMLElement {
  const href = safeHref(document.url);
  return h(
    'dl',
    { class: 'meta-list' },
    entry('Outlet', document.outlet ?? 'unknown'),
    entry('Published', formatDate(document.publishedAt)),
    document.author ? entry('Author', document.author) : null,
    entry('Kind', `${document.kind}${document.language ? `, ${document.language}` : ''}`),
    entry('Log', document.logIndex === null ? 'not yet logged' : `leaf #${document.logIndex}`),
    document.url
      ? entry(
          'Source',
          href
            ? h(
                'a',
                { attrs: { href, rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer' } },
                document.url,
              )
            : h('span', {}, document.url, h('span', { class: 'muted' }, ' (not a web address; not linked)')),
        )
      : null,
    entry('Id', h('code', {}, document.id)),
  );
}

function entry(term: string, value: string | Node): Node[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

/** Checkboxes that show or hide each kind of mark (the marks stay in the text for screen readers). */
function layerToggles(text: HTMLElement): HTMLElement {
  return h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Mark in the text'),
    LAYERS.map(({ layer, label }) => {
      const id = `layer-${layer}`;
      const box = h('input', {
        attrs: { type: 'checkbox', id, checked: true },
        on: { change: () => text.classList.toggle(`hide-${layer}`, !box.checked) },
      });
      return h(
        'span',
        { class: `layer-toggle swatch-${layer}` },
        box,
        h('label', { attrs: { for: id } }, label),
      );
    }),
  );
}

type ExtractedStatement = DocumentJson['extraction']['statements'][number];

/**
 * Links to the propositions a statement is about, each saying whether the statement supports or disputes
 * it (and whether the claim is one the statement reports); the one the reader came from is marked current.
 */
function propositionLinks(statement: ExtractedStatement, from: string | null): HTMLElement | null {
  const links = statement.propositions ?? [];
  if (links.length === 0) return null;
  return h(
    'ul',
    { class: 'statement-propositions', attrs: { 'aria-label': 'propositions this statement is about' } },
    links.map((link) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            attrs: {
              href: `/ui/propositions/${encodeURIComponent(link.id)}`,
              'aria-current': link.id === from ? 'true' : null,
            },
          },
          link.text,
        ),
        h(
          'span',
          { class: 'muted' },
          ` — ${link.reported ? 'reports a claim that ' : ''}${link.polarity} it${link.state === 'suggested' ? ' (suggested link)' : ''}`,
        ),
      ),
    ),
  );
}

function statementList(document: DocumentJson, from: string | null): HTMLElement {
  const statements = document.extraction.statements;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'statements-heading' } },
    h('h2', { attrs: { id: 'statements-heading' } }, plural(statements.length, 'statement')),
    statements.length === 0
      ? h('p', {}, 'No attributed statements were found in this text.')
      : h(
          'ol',
          { class: 'statement-cards' },
          statements.map((statement, index) =>
            h(
              'li',
              { class: `statement-card stance-${statement.stance}` },
              h(
                'p',
                {},
                speakerLabel(statement.speaker),
                ' ',
                stanceBadge(statement.stance, statement.hedged),
              ),
              h(
                'p',
                { class: 'said' },
                h('span', { class: 'cue' }, statement.cue.text),
                ' ',
                quoted(statement),
              ),
              h(
                'p',
                { class: 'meta' },
                `said ${formatDate(statement.saidOn)} · ${statement.direct ? 'quoted' : 'paraphrased'} · confidence ${Math.round(statement.confidence * 100)}%`,
              ),
              propositionLinks(statement, from),
              h(
                'button',
                {
                  attrs: { type: 'button', 'aria-describedby': `statement-${index}` },
                  on: { click: () => showInText(index) },
                },
                'Show in text',
              ),
            ),
          ),
        ),
  );
}

function framingList(document: DocumentJson): HTMLElement | null {
  const framing = document.extraction.framing;
  if (framing.length === 0) return null;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'framing-heading' } },
    h('h2', { attrs: { id: 'framing-heading' } }, 'Framing'),
    h(
      'ul',
      { class: 'framing-list' },
      framing.map((span) =>
        h(
          'li',
          {},
          h('span', { class: 'badge framing' }, span.technique),
          ' “',
          span.text,
          '”',
          span.speaker ? h('span', { class: 'muted' }, ` — ${span.speaker}`) : null,
          span.scareQuotes
            ? h('span', { class: 'muted' }, ' (in scare quotes: the reporter’s distance)')
            : null,
        ),
      ),
    ),
  );
}

/** Brings a statement's content into view and gives it focus, so keyboard users land on it. */
function showInText(index: number): void {
  const target = document.getElementById(`statement-${index}`);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
