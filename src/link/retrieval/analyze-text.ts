// Turns a claim, headline or social post into the terms the claim index matches on.

import { porterStem } from './porter-stem.js';
import { STOP_WORDS } from './stop-words.js';

/** What the index keeps of one text. */
export interface AnalyzedText {
  /** Stemmed content words in text order (stop words dropped; numbers kept as digits). */
  readonly terms: readonly string[];
  /** The same words lower-cased but unstemmed, one per term, for vocabulary look-ups. */
  readonly words: readonly string[];
  /**
   * Terms and words of a trailing embedded-tweet signature ("— Name (@handle) June 20, 2019"): the author's
   * name and handle and the month and year posted. Kept apart from `terms` because they say who posted,
   * not what is claimed.
   */
  readonly signature: { readonly terms: readonly string[]; readonly words: readonly string[] };
}

const LINK = /https?:\/\/\S+|pic\.twitter\.com\/\S*|\bwww\.\S+/giu;
const TWEET_SIGNATURE = /\s*[—–-]\s*([^—–\n]*?)\(@(\w+)\)\s+([A-Z][a-z]+) \d{1,2}, (\d{4})\s*$/u;
const TAG = /[#@](\w+)/gu;
/** Single-letter abbreviations ("U.S"), words with inner apostrophes, and numbers with an attached unit ("5G", "10km"). */
const TOKEN =
  /\p{L}(?:\.\p{L})+(?!\p{L})|\p{L}[\p{L}\p{N}]*(?:'\p{L}[\p{L}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*(?:\p{L}+)?/gu;

/** Word forms that stand for the same thing in claims and posts, mapped before stemming. */
const SAME_AS: Readonly<Record<string, string>> = {
  'u.s': 'usa',
  'u.s.a': 'usa',
  'u.k': 'uk',
  'd.c': 'dc',
  america: 'usa',
  american: 'usa',
  americans: 'usa',
  pct: 'percent',
  pic: 'photo',
  pics: 'photo',
  picture: 'photo',
  pictures: 'photo',
  photograph: 'photo',
  photographs: 'photo',
  image: 'photo',
  images: 'photo',
  footage: 'video',
  clip: 'video',
  // Everyday variants of one referent, mapped to one word (our own list).
  photoshopped: 'photo',
  photoshop: 'photo',
  doctored: 'photo',
  vid: 'video',
  children: 'child',
  kids: 'child',
  kid: 'child',
  mom: 'mother',
  mum: 'mother',
  moms: 'mother',
  mums: 'mother',
  dad: 'father',
  dads: 'father',
  cops: 'police',
  cop: 'police',
  potus: 'president',
  dems: 'democrat',
  dem: 'democrat',
  democrats: 'democrat',
  democratic: 'democrat',
  gop: 'republican',
  republicans: 'republican',
  dies: 'died',
  dead: 'died',
  death: 'died',
  deaths: 'died',
  killed: 'died',
  kill: 'died',
  hoax: 'fake',
  hoaxes: 'fake',
  bogus: 'fake',
  arrest: 'arrested',
  detained: 'arrested',
  muslims: 'muslim',
  islamic: 'muslim',
  guns: 'gun',
  firearm: 'gun',
  firearms: 'gun',
  cash: 'money',
  trumps: 'trump',
  obamas: 'obama',
  clintons: 'clinton',
  hrc: 'hillary',
  ocasio: 'aoc',
  cortez: 'aoc',
  vaccines: 'vaccine',
  vaccinated: 'vaccine',
  vaccination: 'vaccine',
  vax: 'vaccine',
  covid: 'coronavirus',
  covid19: 'coronavirus',
  corona: 'coronavirus',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  hundred: '100',
  thousand: '1000',
  millions: 'million',
  billions: 'billion',
};

/**
 * Splits a hashtag or handle written in camel case or with digits into words:
 * "DefundTheCBC" → "Defund The CBC", "FreeIran2020" → "Free Iran 2020", "real_donald" → "real donald".
 */
export function splitCamelCase(tag: string): string {
  return tag
    .replace(/_/gu, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L}{2,})/gu, '$1 $2');
}

const stems = new Map<string, string>();

/** Porter stem, remembered: a corpus has far fewer distinct words than tokens. */
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Bounded, so a long-running process indexing open-ended text does not grow without limit.
    if (stems.size >= 200_000) stems.clear();
    s = porterStem(word);
    stems.set(word, s);
  }
  return s;
}

/** "4,250" → "4250"; "2.50" → "2.5"; "3.0" → "3". */
function normalizeNumber(raw: string): string {
  const plain = raw.replace(/,(?=\d{3}(?!\d))/gu, '');
  return /\.\d/u.test(plain) ? plain.replace(/\.?0+$/u, '') : plain.replace(/[.,]+$/u, '');
}

/**
 * Analyzes one text: drops links, sets a trailing tweet signature apart, splits hashtags and handles,
 * folds accents and curly quotes, drops possessives and stop words, turns "%" and "$" into words, keeps
 * numbers as digits and stems the rest with Porter's algorithm. Deterministic; never throws.
 */
export function analyzeText(text: string): AnalyzedText {
  let t = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .replace(LINK, ' ');
  let signature: AnalyzedText['signature'] = { terms: [], words: [] };
  if (t.includes('(@')) {
    t = t.replace(
      TWEET_SIGNATURE,
      (_m: string, name: string, handle: string, month: string, year: string) => {
        signature = analyzeBody(`${name} @${handle} ${month} ${year}`);
        return '';
      },
    );
  }
  return { ...analyzeBody(t), signature };
}

function analyzeBody(text: string): Omit<AnalyzedText, 'signature'> {
  const t = text
    .replace(TAG, (_m: string, body: string) => ` ${splitCamelCase(body)} `)
    .replace(/%/gu, ' percent ')
    .replace(/\$/gu, ' dollar ');
  const terms: string[] = [];
  const words: string[] = [];
  const keep = (word: string): void => {
    words.push(word);
    terms.push(stem(word));
  };
  for (const [raw] of t.matchAll(TOKEN)) {
    if (/^\p{N}/u.test(raw)) {
      const digits = /^[\p{N}.,]+/u.exec(raw)?.[0] ?? raw;
      keep(normalizeNumber(digits));
      const unit = raw.slice(digits.length).toLowerCase();
      if (unit.length > 0 && !STOP_WORDS.has(unit)) keep(unit);
      continue;
    }
    // Possessives and contractions: "Trump's" → "trump", "didn't" → "didnt" (a stop word).
    const lower = raw
      .toLowerCase()
      .replace(/'s$|'$/u, '')
      .replace(/'/gu, '');
    const mapped = SAME_AS[lower] ?? lower;
    // Abbreviations keep their letters: "d.c." → "dc"; "u.s." is mapped above.
    const word = mapped.includes('.') ? mapped.replace(/\./gu, '') : mapped;
    if ((word.length < 2 && !/^\d/u.test(word)) || STOP_WORDS.has(word)) continue;
    keep(word);
  }
  return { terms, words };
}
