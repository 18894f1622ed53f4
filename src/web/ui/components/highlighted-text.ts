// A document's text with its speaker, cue, content and framing spans marked, built from text nodes only.

import type { DocumentJson } from '../../../api/schemas/document-json.js';
import { h } from '../dom.js';
import { STANCE_LABEL } from '../format.js';
import { textSegments, type Highlight } from './text-segments.js';

export type Layer = 'speaker' | 'cue' | 'content' | 'framing';

export const LAYERS: readonly { layer: Layer; label: string }[] = [
  { layer: 'speaker', label: 'Speakers' },
  { layer: 'cue', label: 'Reporting verbs' },
  { layer: 'content', label: 'What was said' },
  { layer: 'framing', label: 'Framing' },
];

/** The highlights of a document: three per statement (ref = its index), one per framing span. */
export function documentHighlights(extraction: DocumentJson['extraction']): Highlight[] {
  const highlights: Highlight[] = [];
  extraction.statements.forEach((statement, ref) => {
    highlights.push({ ...pick(statement.speaker), layer: 'speaker', ref });
    highlights.push({ ...pick(statement.cue), layer: 'cue', ref });
    highlights.push({ ...pick(statement.content), layer: 'content', ref });
  });
  extraction.framing.forEach((span, ref) => highlights.push({ ...pick(span), layer: 'framing', ref }));
  return highlights;
}

/**
 * The text as one block of runs (white space kept, so offsets and paragraphs read as in the source).
 * A marked run is a <mark> whose classes name its layers (`hl-speaker`, `stance-deny`, …) and whose
 * title says what it is. The first run of each statement's content gets the id `statement-<n>` (and
 * can take focus), so the statement list and other pages can point into the text.
 */
export function highlightedText(doc: DocumentJson): HTMLElement {
  const { text, extraction } = doc;
  const firstContent = new Set<number>();
  const container = h('div', { class: 'doc-text', attrs: { id: 'document-text' } });
  for (const segment of textSegments(text.length, documentHighlights(extraction))) {
    const piece = text.slice(segment.start, segment.end);
    if (segment.covers.length === 0) {
      container.append(piece); // a string appends as a text node
      continue;
    }
    const classes = new Set<string>(['hl']);
    const notes: string[] = [];
    let anchor: number | null = null;
    for (const cover of segment.covers) {
      classes.add(`hl-${cover.layer}`);
      if (cover.layer === 'framing') {
        const span = extraction.framing[cover.ref];
        if (span) notes.push(`framing: ${span.technique}${span.speaker ? ` (${span.speaker})` : ''}`);
        continue;
      }
      const statement = extraction.statements[cover.ref];
      if (!statement) continue;
      classes.add(`stance-${statement.stance}`);
      const who = statement.speaker.actor ?? statement.speaker.text;
      notes.push(
        `${cover.layer} of statement ${cover.ref + 1}: ${who} ${STANCE_LABEL[statement.stance] ?? ''}`,
      );
      if (cover.layer === 'content' && !firstContent.has(cover.ref)) {
        firstContent.add(cover.ref);
        anchor = cover.ref;
      }
    }
    container.append(
      h(
        'mark',
        {
          class: [...classes].join(' '),
          attrs: {
            title: notes.join('\n'),
            id: anchor === null ? null : `statement-${anchor}`,
            tabindex: anchor === null ? null : -1,
          },
        },
        piece,
      ),
    );
  }
  return container;
}

function pick(span: { start: number; end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
