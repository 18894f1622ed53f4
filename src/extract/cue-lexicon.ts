// The cue lexicon: verbs and nouns that introduce what someone said, believed or found, with the stance
// each expresses toward its content.

import type { Stance } from '../domain/statement.js';

/** speech: says, warns; belief: thinks, hopes; evidence: a poll finds, data show. */
export type CueClass = 'speech' | 'belief' | 'evidence';

export interface VerbCue {
  lemma: string;
  cueClass: CueClass;
  stance: Stance;
  /** Takes a person object before its content: "told reporters that …". */
  personObject: boolean;
  /** Particles that belong to the cue: "called for", "pointed to". */
  particles: readonly string[];
  /** Needs "that", a quotation or a colon after it to count (a verb too common otherwise). */
  needsClause: boolean;
  /** Counts only with one of its particles: "spoke of …", "talked about …", never "spoke at a rally". */
  needsParticle: boolean;
}

interface Entry {
  stance?: Stance;
  cueClass?: CueClass;
  personObject?: boolean;
  particles?: string[];
  needsClause?: boolean;
  needsParticle?: boolean;
  /** Irregular forms: [third person, past, participle, gerund]. */
  forms?: string[];
}

const SPEECH: Record<string, Entry> = {
  say: { forms: ['says', 'said', 'saying'] },
  speak: {
    particles: ['about', 'of'],
    needsParticle: true,
    forms: ['speaks', 'spoke', 'spoken', 'speaking'],
  },
  talk: { particles: ['about', 'of'], needsParticle: true },
  tell: { personObject: true, forms: ['tells', 'told', 'telling'] },
  state: {},
  add: { needsClause: true },
  note: {},
  announce: {},
  declare: {},
  report: {},
  explain: {},
  write: { forms: ['writes', 'wrote', 'written', 'writing'] },
  claim: {},
  allege: {},
  assert: {},
  insist: { particles: ['on'] },
  maintain: { needsClause: true },
  argue: {},
  contend: {},
  stress: {},
  emphasize: {},
  emphasise: {},
  underline: { needsClause: true },
  warn: { personObject: true, particles: ['of', 'about', 'against'] },
  caution: {},
  urge: { personObject: true },
  call: { particles: ['for', 'on'] },
  describe: { particles: ['as'] },
  characterize: { particles: ['as'] },
  characterise: { particles: ['as'] },
  label: { particles: ['as'] },
  praise: {},
  commend: {},
  hail: {},
  criticize: {},
  criticise: {},
  condemn: {},
  denounce: {},
  slam: { forms: ['slams', 'slammed', 'slammed', 'slamming'] },
  blast: {},
  accuse: {},
  blame: {},
  threaten: {},
  vow: {},
  pledge: {},
  promise: {},
  predict: {},
  suggest: {},
  propose: {},
  recommend: {},
  demand: {},
  ask: { personObject: true },
  respond: {},
  reply: { forms: ['replies', 'replied', 'replied', 'replying'] },
  comment: { particles: ['on'] },
  remark: {},
  observe: { needsClause: true },
  point: { particles: ['to', 'out'] },
  mention: {},
  cite: {},
  recall: {},
  repeat: {},
  reiterate: {},
  tweet: {},
  post: { needsClause: true },
  disclose: {},
  reveal: {},
  indicate: {},
  signal: { forms: ['signals', 'signaled', 'signaled', 'signaling'] },
  complain: { particles: ['about', 'of'] },
  boast: {},
  joke: {},
  quip: { forms: ['quips', 'quipped', 'quipped', 'quipping'] },
  chant: {},
  shout: {},
  testify: { forms: ['testifies', 'testified', 'testified', 'testifying'] },
  inform: { personObject: true },
  assure: { personObject: true },
  reassure: { personObject: true },
  remind: { personObject: true },
  agree: { forms: ['agrees', 'agreed', 'agreed', 'agreeing'] },
  echo: { forms: ['echoes', 'echoed', 'echoed', 'echoing'] },
  conclude: {},
  acknowledge: { stance: 'confirm' },
  admit: { stance: 'confirm', forms: ['admits', 'admitted', 'admitted', 'admitting'] },
  concede: { stance: 'confirm' },
  confirm: { stance: 'confirm' },
  verify: { stance: 'confirm', forms: ['verifies', 'verified', 'verified', 'verifying'] },
  deny: { stance: 'deny', forms: ['denies', 'denied', 'denied', 'denying'] },
  dismiss: { stance: 'deny', particles: ['as'] },
  reject: { stance: 'deny' },
  refute: { stance: 'deny' },
  rebut: { stance: 'deny', forms: ['rebuts', 'rebutted', 'rebutted', 'rebutting'] },
  rebuff: { stance: 'deny' },
  debunk: { stance: 'deny' },
  contest: { stance: 'contest' },
  dispute: { stance: 'contest' },
  challenge: { stance: 'contest' },
  question: { stance: 'contest' },
  counter: { stance: 'contest', needsClause: true },
};

const BELIEF: Record<string, Entry> = {
  believe: {},
  think: { forms: ['thinks', 'thought', 'thought', 'thinking'], needsClause: true },
  hope: { needsClause: true },
  fear: { needsClause: true },
  worry: { forms: ['worries', 'worried', 'worried', 'worrying'], needsClause: true },
  expect: { needsClause: true },
  know: { forms: ['knows', 'knew', 'known', 'knowing'], needsClause: true },
  doubt: { stance: 'contest', needsClause: true },
  suspect: { needsClause: true },
  feel: { forms: ['feels', 'felt', 'felt', 'feeling'], needsClause: true },
  estimate: {},
};

const EVIDENCE: Record<string, Entry> = {
  find: { forms: ['finds', 'found', 'found', 'finding'], needsClause: true },
  show: { forms: ['shows', 'showed', 'shown', 'showing'], needsClause: true },
  demonstrate: { needsClause: true },
  prove: { forms: ['proves', 'proved', 'proven', 'proving'], needsClause: true },
};

/** Word forms that are nouns as often as verbs: they count as cues only when tagged as verbs. */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'state',
  'states',
  'note',
  'notes',
  'call',
  'calls',
  'comment',
  'comments',
  'estimate',
  'estimates',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'fear',
  'fears',
  'hope',
  'hopes',
  'demand',
  'demands',
  'post',
  'posts',
  'question',
  'questions',
  'signal',
  'signals',
  'label',
  'repeat',
  'counter',
  'challenge',
  'challenges',
  'dispute',
  'doubt',
  'doubts',
  'vow',
  'vows',
  'tweet',
  'tweets',
  'blast',
  'point',
  'points',
  'remark',
  'remarks',
  'show',
  'shows',
  'find',
  'finds',
  'warnings',
  'finding',
  'feeling',
  'thinking',
]);

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

function buildForms(): Map<string, VerbCue> {
  const forms = new Map<string, VerbCue>();
  const add = (table: Record<string, Entry>, cueClass: CueClass) => {
    for (const [lemma, entry] of Object.entries(table)) {
      const cue: VerbCue = {
        lemma,
        cueClass: entry.cueClass ?? cueClass,
        stance: entry.stance ?? 'assert',
        personObject: entry.personObject ?? false,
        particles: entry.particles ?? [],
        needsClause: entry.needsClause ?? false,
        needsParticle: entry.needsParticle ?? false,
      };
      for (const form of [lemma, ...(entry.forms ?? inflect(lemma).slice(1))]) forms.set(form, cue);
    }
  };
  add(SPEECH, 'speech');
  add(BELIEF, 'belief');
  add(EVIDENCE, 'evidence');
  return forms;
}

/** Every inflected form of every cue verb, lower-case. */
export const VERB_CUES: ReadonlyMap<string, VerbCue> = buildForms();

/** The past-tense form of every speech cue verb ("said", "told", "confirmed"), lower-case. */
export const PAST_SPEECH_CUES: ReadonlySet<string> = new Set(
  Object.entries(SPEECH).map(([lemma, entry]) => entry.forms?.[1] ?? inflect(lemma)[2] ?? lemma),
);

/** Nouns that name a statement: "Russian claims of …", "the ministry's denial that …". */
export const CLAIM_NOUNS: ReadonlyMap<string, Stance> = new Map<string, Stance>([
  ['claim', 'assert'],
  ['claims', 'assert'],
  ['allegation', 'assert'],
  ['allegations', 'assert'],
  ['assertion', 'assert'],
  ['assertions', 'assert'],
  ['accusation', 'assert'],
  ['accusations', 'assert'],
  ['contention', 'assert'],
  ['insistence', 'assert'],
  ['warning', 'assert'],
  ['warnings', 'assert'],
  ['promise', 'assert'],
  ['pledge', 'assert'],
  ['assurance', 'assert'],
  ['assurances', 'assert'],
  ['suggestion', 'assert'],
  ['argument', 'assert'],
  ['report', 'assert'],
  ['reports', 'assert'],
  ['statement', 'assert'],
  ['denial', 'deny'],
  ['denials', 'deny'],
  ['rejection', 'deny'],
  ['admission', 'confirm'],
  ['acknowledgment', 'confirm'],
  ['acknowledgement', 'confirm'],
  ['confirmation', 'confirm'],
]);

/** Words that put distance between the reporter and the report. */
export const HEDGES: ReadonlySet<string> = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'reputedly',
  'ostensibly',
  'apparently',
]);
