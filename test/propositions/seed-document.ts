// The seed article as a linkable document: statements named by short phrases of its text (read at run
// time from the shared data folder, never copied), dates resolved from the text.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkDocument } from '../../src/link/proposition.js';
import { handDocument } from './hand-statements.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed article's path, or null when the shared data folder is not beside the checkout. */
export function seedArticlePath(): string | null {
  const tries = [
    join(root, '../shared/data/seed/article.txt'),
    join(root, '../../shared/data/seed/article.txt'),
  ];
  return tries.find((p) => existsSync(p)) ?? null;
}

/** The seed article, published 2025-04-28, with its statements. */
export function seedDocument(path: string, logIndex = 0): LinkDocument {
  const text = readFileSync(path, 'utf8');
  return handDocument({
    id: 'seed-article',
    kind: 'article',
    publishedAt: '2025-04-28',
    outlet: null,
    text,
    logIndex,
    mentions: [
      ['state media', 'kp'],
      ['Valery Gerasimov', 'ru-gerasimov'],
      ['Ukrainian forces', 'ua'],
      ['SPRAVDI', 'ua-spravdi'],
    ],
    statements: [
      {
        speaker: 'North Korea',
        actor: 'kp',
        cue: 'admits',
        content: ['they are helping', 'invade Ukraine'],
        stance: 'confirm',
      },
      {
        speaker: 'North Korea',
        actor: 'kp',
        cue: 'has finally confirmed',
        content: ['that they are taking part', 'of Russian territory'],
        stance: 'confirm',
        after: 'invade Ukraine',
      },
      {
        speaker: 'The Central Military Commission',
        actor: 'kp-wpk-cmc',
        cue: 'praised',
        content: ['its deployed units', 'by the Ukrainian authorities.'],
        stance: 'assert',
      },
      {
        speaker: 'The commission',
        actor: 'kp-wpk-cmc',
        cue: 'stated',
        content: ['that the deployment was ordered', 'with Russia in 2024'],
        stance: 'assert',
      },
      {
        speaker: 'the commission',
        actor: 'kp-wpk-cmc',
        cue: 'said',
        content: ['The operations for liberating', 'victoriously concluded'],
        stance: 'assert',
        after: 'in 2024.',
      },
      {
        speaker: 'It',
        actor: 'kp-wpk-cmc',
        cue: 'characterized',
        content: ['North Korea’s involvement', 'alliance with Moscow'],
        stance: 'assert',
      },
      {
        speaker: 'Kim Jong Un',
        actor: 'kp-kim-jong-un',
        cue: 'reportedly commended',
        content: ['the soldiers’ efforts', 'commemorate their actions'],
        stance: 'assert',
        hedged: true,
        after: 'alliance with Moscow',
      },
      {
        speaker: 'The U.S. State Department',
        actor: 'us-state-dept',
        cue: 'warning',
        content: ['that North Korea’s direct military support', 'internationalizes the conflict'],
        stance: 'assert',
      },
      {
        speaker: 'Valery Gerasimov',
        actor: 'ru-gerasimov',
        cue: 'explicitly acknowledging',
        content: ['North Korean contributions', 'the military effort'],
        stance: 'confirm',
      },
      {
        speaker: 'Ukrainian officials',
        actor: 'ua-officials',
        cue: 'have contested',
        content: ['Russian claims of full control', 'in the region'],
        stance: 'contest',
      },
      {
        speaker: 'Ukraine’s General Staff',
        actor: 'ua-general-staff',
        cue: 'stated',
        content: ['that defensive operations', 'are ongoing'],
        stance: 'assert',
      },
      {
        speaker: 'President Volodymyr Zelenskyy',
        actor: 'ua-zelenskyy',
        cue: 'confirmed on April 27',
        content: ['that Ukrainian forces continue', 'Belgorod oblasts'],
        stance: 'assert',
      },
      {
        speaker: 'South Korean intelligence services',
        actor: 'kr-intelligence',
        cue: 'reported',
        content: ['that Pyongyang had dispatched', 'up to 12,000 troops'],
        stance: 'assert',
      },
      {
        speaker: 'North Korea',
        actor: 'kp',
        cue: 'initially dismissed',
        content: ['a claim initially dismissed', 'groundless rumors.”'],
        stance: 'deny',
        after: 'up to 12,000 troops',
      },
      {
        speaker: 'South Korean authorities',
        actor: 'kr-authorities',
        cue: 'have indicated',
        content: ['readiness to accept custody', 'the captured soldiers'],
        stance: 'assert',
      },
      {
        speaker: 'SPRAVDI Stratcom Centre',
        actor: 'ua-spravdi',
        content: ['SPRAVDI Stratcom Centre was the first', 'of North Korean forces'],
        stance: 'assert',
      },
    ],
  });
}
