// The kinds of claim the linker tells apart (deployment, withdrawal, control, capture, ...) and their words.

import { stemWord } from './claim-tokens.js';

/**
 * What a claim says happened. Two claims with different predicates are different propositions even
 * when they share every actor and place: "troops are in Kursk" (`deploy`) and "troops were withdrawn
 * from Kursk" (`withdraw`) never merge. `other` is everything the lexicon has no class for; those
 * claims are matched by their words alone.
 */
export type PredicateId =
  | 'priority'
  | 'footage'
  | 'capture'
  | 'casualties'
  | 'withdraw'
  | 'redeploy'
  | 'control'
  | 'hold'
  | 'order'
  | 'supply'
  | 'praise'
  | 'combat'
  | 'deploy'
  | 'other';

/** What a predicate needs in its clause before it counts. */
/** `engagement` is troops or war words ("taking part in the invasion"). */
export type Requirement = 'troops' | 'engagement' | 'weapons' | 'territory';

export interface PredicateClass {
  id: Exclude<PredicateId, 'other' | 'priority'>;
  /** Trigger phrases, in base form; matched on stems, allowing one word between the words of a phrase. */
  triggers: string[][];
  /** Any one of these must be in the clause (none: no requirement). */
  requires: Requirement[];
  /** The party the proposition is about: the owner of the troops the trigger governs, or its subject. */
  party: 'troops' | 'subject' | 'object';
  /** Whether the place is part of what the claim asserts ("Sudzha" vs "the Kursk region"). */
  placeInKey: boolean;
  /** A claim of this class also asserts that the party's troops are deployed. */
  entailsDeploy: boolean;
}

const t = (...phrases: string[]): string[][] => phrases.map((p) => p.split(' ').map(stemWord));

/** In priority order: when a clause has several triggers, the first class listed is its main claim. */
export const PREDICATE_CLASSES: readonly PredicateClass[] = [
  {
    id: 'footage',
    triggers: t('video', 'footage', 'clip', 'recording'),
    requires: ['troops'],
    party: 'object',
    placeInKey: false,
    entailsDeploy: true,
  },
  {
    id: 'capture',
    triggers: t('capture', 'take prisoner', 'took prisoner', 'taken prisoner', 'prisoner', 'detain', 'pow'),
    requires: ['troops'],
    party: 'object',
    placeInKey: false,
    entailsDeploy: true,
  },
  {
    id: 'casualties',
    triggers: t('kill', 'wound', 'casualty', 'loss', 'die', 'perish'),
    requires: ['troops'],
    party: 'troops',
    placeInKey: false,
    entailsDeploy: true,
  },
  {
    id: 'withdraw',
    triggers: t(
      'withdraw',
      'pull back',
      'pull out',
      'pullback',
      'retreat',
      'vanish',
      'move to rear',
      'leave front',
    ),
    requires: [],
    party: 'troops',
    placeInKey: true,
    entailsDeploy: true,
  },
  {
    id: 'redeploy',
    triggers: t('redeploy', 'return to front', 'back to front', 'resume fight', 'rejoin'),
    requires: [],
    party: 'troops',
    placeInKey: true,
    entailsDeploy: true,
  },
  {
    id: 'control',
    triggers: t(
      'liberate',
      'liberation',
      'retake',
      'recapture',
      'take control',
      'full control',
      'complete control',
      'regain control',
      'seize',
      'rout',
    ),
    requires: ['territory'],
    party: 'subject',
    placeInKey: true,
    entailsDeploy: false,
  },
  {
    id: 'hold',
    triggers: t(
      'hold position',
      'hold ground',
      'keep position',
      'still hold',
      'defense operation',
      'defense action',
      'fighting continue',
      'fighting is continue',
      'continue fighting',
    ),
    requires: [],
    party: 'troops',
    placeInKey: false,
    entailsDeploy: false,
  },
  {
    id: 'order',
    triggers: t('order', 'command'),
    requires: ['engagement'],
    party: 'subject',
    placeInKey: false,
    entailsDeploy: true,
  },
  {
    id: 'supply',
    triggers: t('supply', 'provide', 'deliver', 'ship', 'send', 'transfer'),
    requires: ['weapons'],
    party: 'subject',
    placeInKey: false,
    entailsDeploy: false,
  },
  {
    id: 'praise',
    triggers: t('praise', 'commend', 'thank', 'hero', 'feat', 'monument', 'honor', 'heroically'),
    requires: ['engagement'],
    party: 'troops',
    placeInKey: false,
    entailsDeploy: true,
  },
  {
    id: 'combat',
    triggers: t('engage', 'clash', 'fight against', 'fought against', 'encounter'),
    requires: ['troops'],
    party: 'object',
    placeInKey: false,
    entailsDeploy: true,
  },
  {
    id: 'deploy',
    triggers: t(
      'send',
      'dispatch',
      'deploy',
      'ship',
      'transfer',
      'move',
      'fight',
      'take part',
      'participate',
      'participation',
      'involvement',
      'involve',
      'join',
      'help',
      'assist',
      'assistance',
      'contribution',
      'presence',
      'station',
      'arrive',
      'enter',
      'train',
      'role',
      'attach',
      'assign',
      'side by side',
      'shoulder to shoulder',
      'prepare',
      'ready',
      'travel',
      'go to front',
    ),
    requires: ['engagement'],
    party: 'troops',
    placeInKey: false,
    entailsDeploy: false,
  },
];

/** Weapon and materiel nouns, which make "send" a supply claim rather than a deployment. */
export const WEAPON_WORDS: ReadonlySet<string> = new Set(
  [
    'shell',
    'shells',
    'missile',
    'missiles',
    'gun',
    'guns',
    'launcher',
    'launchers',
    'ammunition',
    'artillery',
    'weapon',
    'weapons',
    'rocket',
    'rockets',
    'munition',
    'munitions',
    'howitzer',
    'howitzers',
    'drone',
    'drones',
  ].map(stemWord),
);

/** Verbs about saying or acknowledging: negated ("has not confirmed"), they make a content neutral. */
export const META_VERBS: ReadonlySet<string> = new Set(
  [
    'confirm',
    'acknowledge',
    'admit',
    'comment',
    'say',
    'deny',
    'verify',
    'recognize',
    'respond',
    'disclose',
  ].map(stemWord),
);

/** Words that negate the predicate they precede. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  "n't",
  'neither',
  'nor',
  'without',
  'none',
]);

/** Predicates that contradict a `control` claim over the same place when another side asserts them. */
export const CONTRADICTS_CONTROL: ReadonlySet<PredicateId> = new Set<PredicateId>(['hold']);
