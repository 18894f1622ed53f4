// The extract stage's entry point: one document's text in, its statements, dates, quantities and actor
// mentions out.

import type { Extraction } from '../domain/extraction.js';
import type { Statement } from '../domain/statement.js';
import { findActorMentions } from './actor-mentions.js';
import type { FoundAttribution } from './attribution-context.js';
import { buildContext } from './attribution-context.js';
import { findDateMentions } from './date-mentions.js';
import { detectFraming } from './framing/detect-framing.js';
import { findAttributions } from './find-attributions.js';
import type { Gazetteer } from './gazetteer.js';
import type { NlpEngine } from './nlp-engine.js';
import { findPostSignatures } from './post-signature.js';
import { findQuantities } from './quantities.js';
import { findQuoteRegions } from './quote-regions.js';
import { resolveSaidOn } from './said-on.js';
import type { ResolvedSpeaker } from './speaker-resolution.js';
import { resolveSpeakers } from './speaker-resolution.js';
import { readStance } from './stance.js';

export interface ExtractDeps {
  nlp: NlpEngine;
  gazetteer: Gazetteer;
}

export interface ExtractInput {
  text: string;
  /** `YYYY-MM-DD`, or null: relative dates then stay unresolved and nothing defaults to a made-up day. */
  publishedAt: string | null;
  outlet: string | null;
}

/**
 * Extracts from one document: attributed statements (speaker, cue, content, stance, hedging, saidOn),
 * every time expression, quantities and actor mentions, all with offsets into `doc.text`. Pure: reads
 * no clock, file or network; the same input and deps always give the same output. Framing spans are
 * tied to the statement whose content holds them, else to the outlet.
 */
export function extractDocument(doc: ExtractInput, deps: ExtractDeps): Extraction {
  const { text, publishedAt } = doc;
  const analysis = deps.nlp.analyse(text);
  const ctx = buildContext(text, analysis, findQuoteRegions(text));
  const mentions = findActorMentions(text, deps.gazetteer);
  const found = findAttributions(ctx, mentions, findPostSignatures(text));

  const bySpeaker = [...found].sort((a, b) => position(a) - position(b));
  const resolvedList = resolveSpeakers(
    bySpeaker.map((a) => a.speaker),
    mentions,
    deps.gazetteer,
  );
  const resolved = new Map<FoundAttribution, ResolvedSpeaker>(
    bySpeaker.map((a, i) => [a, resolvedList[i] ?? none]),
  );
  const kept = dropRestatements(found, resolved);

  const dates = findDateMentions(text, publishedAt);
  const quantities = findQuantities(text).filter(
    (q) => !dates.some((d) => q.start < d.end && d.start < q.end),
  );
  const byCue = [...kept].sort((a, b) => a.cue.start - b.cue.start);
  const saidOn = resolveSaidOn(
    ctx,
    byCue.map((found) => ({ found, family: (resolved.get(found) ?? none).family })),
    dates,
    publishedAt,
    headlineEnd(text),
  );
  const saidOnOf = new Map(byCue.map((a, i) => [a, saidOn[i] ?? null]));

  const statements: Statement[] = kept.map((a) => {
    const speaker = resolved.get(a) ?? none;
    const { stance, hedged } = readStance(a, text, ctx.sentences[a.sentence]?.start ?? 0);
    const confidence = a.confidence * (speaker.actor ? 1 : 0.9) * (a.negated ? 0.7 : 1);
    return {
      speaker: a.speaker
        ? { ...a.speaker, actor: speaker.actor }
        : { text: '', start: a.cue.start, end: a.cue.start, actor: null },
      cue: a.cue,
      content: a.content,
      direct: a.direct,
      stance,
      hedged,
      saidOn: saidOnOf.get(a) ?? null,
      confidence: Math.round(confidence * 100) / 100,
    };
  });
  return { statements, dates, quantities, mentions, framing: detectFraming(text, statements, doc.outlet) };
}

const none: ResolvedSpeaker = { actor: null, family: null };

function position(a: FoundAttribution): number {
  return a.speaker ? Math.min(a.speaker.start, a.cue.start) : a.cue.start;
}

/**
 * A cue inside another statement's content by the same speaker ("… in what it described as …") is
 * that statement going on, not a second one.
 */
function dropRestatements(
  found: FoundAttribution[],
  resolved: Map<FoundAttribution, ResolvedSpeaker>,
): FoundAttribution[] {
  return found.filter((inner) => {
    const who = resolved.get(inner);
    return !found.some((outer) => {
      if (outer === inner || outer.content.start > inner.cue.start || inner.cue.end > outer.content.end)
        return false;
      const them = resolved.get(outer);
      if (!who || !them) return false;
      return (
        (who.actor !== null && who.actor === them.actor) ||
        (who.family !== null && who.family === them.family && who.actor === them.actor)
      );
    });
  });
}

/** End of the headline: the first line, when a short line opens the text. */
function headlineEnd(text: string): number {
  const nl = text.indexOf('\n');
  if (nl <= 0 || nl > 250) return 0;
  return nl;
}
