// Builds the extract stage once per process: the wink-nlp English model and the actor gazetteer.

import { readFileSync } from 'node:fs';
import model from 'wink-eng-lite-web-model';
import { InvalidInput } from '../domain/errors.js';
import { extractDocument } from '../extract/extract-document.js';
import { buildGazetteer, type Gazetteer } from '../extract/gazetteer.js';
import { createWinkEngine } from '../extract/wink-engine.js';
import type { Config } from './config.js';
import type { Extractor } from './ports.js';

/** The built-in actors with the configured file's; a bad file is an InvalidInput naming it. */
export function loadGazetteer(config: Pick<Config, 'gazetteerFile'>): Gazetteer {
  return buildGazetteer(readGazetteerFile(config.gazetteerFile), config.gazetteerFile ?? 'actors file');
}

/** The extractor for this configuration; a bad gazetteer file is an InvalidInput naming it. */
export function createExtractor(
  config: Pick<Config, 'gazetteerFile'>,
  gazetteer: Gazetteer = loadGazetteer(config),
): Extractor {
  const deps = { nlp: createWinkEngine(model), gazetteer };
  return (document) => extractDocument(document, deps);
}

function readGazetteerFile(path: string | null): unknown {
  if (path === null) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InvalidInput(`cannot read the gazetteer file: ${(cause as Error).message}`, {
      where: { file: path },
      cause,
    });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InvalidInput(
      `gazetteer file: expected JSON, found malformed text (${(cause as Error).message})`,
      {
        where: { file: path },
        cause,
      },
    );
  }
}
