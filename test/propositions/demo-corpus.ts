// The bundled demo corpus read, extracted and prepared for linking the way the pipeline does it:
// readers → extractDocument → evidence events, in the order the files are listed (that order is the
// log order here).

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../../src/app/create-extractor.js';
import { buildGazetteer } from '../../src/extract/gazetteer.js';
import type { DocumentInput } from '../../src/domain/document.js';
import { findEvidenceEvents } from '../../src/extract/evidence/find-evidence-events.js';
import { identifyDocument } from '../../src/ingest/document-identity.js';
import { readSource } from '../../src/ingest/read-source.js';
import { listSourceFiles } from '../../src/ingest/source-files.js';
import type { LinkDocument } from '../../src/link/proposition.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_CORPUS = join(root, 'demo/corpus');

/** A fixed reading instant: the corpus is read as of a day after its last document. */
const NOW = new Date('2025-06-01T00:00:00Z');

export interface DemoDocument {
  input: DocumentInput;
  link: LinkDocument;
}

/** Every demo document, extracted, with its evidence events; log indexes follow the listing order. */
export async function demoDocuments(): Promise<DemoDocument[]> {
  const { files } = await listSourceFiles([DEMO_CORPUS]);
  const extract = createExtractor({ gazetteerFile: null });
  const outletOf = outletResolver();
  const out: DemoDocument[] = [];
  for (const file of files) {
    for (const outcome of await readSource(file, { maxBytes: 1 << 20 }, NOW)) {
      if (outcome.kind !== 'document') continue;
      const input = outcome.input;
      const extraction = extract({ text: input.text, publishedAt: input.publishedAt, outlet: input.outlet });
      const outlet = outletOf(input.outlet);
      const evidence = findEvidenceEvents({
        text: input.text,
        kind: input.kind,
        publishedAt: input.publishedAt,
        outlet,
        statements: extraction.statements,
        dates: extraction.dates,
        mentions: extraction.mentions,
      });
      out.push({
        input,
        link: {
          id: input.externalId ?? identifyDocument(input.text).id,
          publishedAt: input.publishedAt,
          logIndex: out.length,
          outlet,
          text: input.text,
          statements: extraction.statements,
          evidence,
        },
      });
    }
  }
  return out;
}

/** An outlet's actor id when the built-in gazetteer knows its name or handle ("@StratcomCentre" → ua-spravdi). */
function outletResolver(): (outlet: string | null) => string | null {
  const byName = new Map<string, string>();
  for (const actor of buildGazetteer().actors.values()) {
    for (const name of [actor.name, ...actor.aliases]) byName.set(name.toLowerCase(), actor.id);
  }
  return (outlet) => (outlet === null ? null : (byName.get(outlet.toLowerCase()) ?? outlet));
}
