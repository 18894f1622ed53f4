// Splits claim text into normalized tokens (lowercase, possessives off, light stems) keeping their offsets.

export interface ClaimToken {
  /** Lowercase surface form without a possessive `'s`. */
  norm: string;
  /** A light English stem of `norm`, with British spellings folded to American ones. */
  stem: string;
  start: number;
  end: number;
  /** Starts with a capital letter in the text. */
  capitalized: boolean;
  kind: 'word' | 'number' | 'punct';
  /** The numeric value of a number token. */
  value?: number;
}

// Numbers with thousands separators first, then words with inner dots/apostrophes/hyphens ("u.s.",
// "people's", "kim jong-un"), then clause punctuation.
const TOKEN =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?|[,;:()—–"“”!?]/gu;

const PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', '!', '?']);

/** The tokens of `text`, offsets relative to `text` plus `offset`. */
export function claimTokens(text: string, offset = 0): ClaimToken[] {
  return scanTokens(text, offset, null);
}

/**
 * `claimTokens`, also pushing onto `matchEnds` where each token's match ends (past a sentence-final dot
 * the token itself leaves out), for slicing the tokens of a whole text (see DocumentTokens).
 */
export function scanTokens(text: string, offset: number, matchEnds: number[] | null): ClaimToken[] {
  const tokens: ClaimToken[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index + offset;
    matchEnds?.push(start + raw.length);
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      tokens.push({
        norm: raw,
        stem: raw,
        start,
        end: start + raw.length,
        capitalized: false,
        kind: 'number',
        value: Number(raw.replace(/,/g, '')),
      });
      continue;
    }
    if (PUNCTUATION.has(raw)) {
      tokens.push({
        norm: raw,
        stem: raw,
        start,
        end: start + raw.length,
        capitalized: false,
        kind: 'punct',
      });
      continue;
    }
    const form = wordForm(raw);
    tokens.push({
      norm: form.norm,
      stem: form.stem,
      start,
      end: start + form.length,
      capitalized: form.capitalized,
      kind: 'word',
    });
  }
  return tokens;
}

/** What a word token takes from its matched text, wherever the text occurs. */
interface WordForm {
  norm: string;
  stem: string;
  /** The word's length: the match's, less a sentence-final dot. */
  length: number;
  capitalized: boolean;
}

/** Forms of words already seen: most words of a text have occurred before. */
const WORD_FORMS = new Map<string, WordForm>();
const WORD_FORMS_SIZE = 100_000;

function wordForm(raw: string): WordForm {
  let form = WORD_FORMS.get(raw);
  if (form === undefined) {
    // A trailing dot is kept only for abbreviations ("u.s.", "n."), not for a sentence end.
    let word = raw;
    if (word.endsWith('.') && !/^(?:[\p{L}]\.)+$/u.test(word)) word = word.slice(0, -1);
    const norm = normalize(word);
    const first = word.charCodeAt(0);
    form = {
      norm,
      stem: stemWord(norm),
      length: word.length,
      capitalized: first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(word),
    };
    if (WORD_FORMS.size >= WORD_FORMS_SIZE) WORD_FORMS.clear();
    WORD_FORMS.set(raw, form);
  }
  return form;
}

/** Lowercase, typographic apostrophes straightened, a possessive `'s` (or plural `s'`) dropped. */
function normalize(word: string): string {
  let norm = word.toLowerCase();
  if (norm.includes('’')) norm = norm.replace(/’/g, "'");
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  if (norm.endsWith("s'")) norm = norm.slice(0, -1);
  return norm;
}

const IRREGULAR: Record<string, string> = {
  sent: 'send',
  fought: 'fight',
  took: 'take',
  taken: 'take',
  retook: 'retake',
  retaken: 'retake',
  held: 'hold',
  left: 'leave',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  withdrawal: 'withdraw',
  brought: 'bring',
  began: 'begin',
  begun: 'begin',
  seen: 'see',
  saw: 'see',
  said: 'say',
  says: 'say',
  men: 'man',
  children: 'child',
  dead: 'die',
  death: 'die',
  deaths: 'die',
  losses: 'loss',
  lost: 'lose',
  casualties: 'casualty',
  feats: 'feat',
  heroes: 'hero',
  heroic: 'hero',
  heroism: 'hero',
  prisoners: 'prisoner',
  soldiers: 'soldier',
  troops: 'troop',
  video: 'video',
  videos: 'video',
  footage: 'footage',
  rumours: 'rumor',
  rumour: 'rumor',
  rumors: 'rumor',
  defence: 'defens',
  defense: 'defens',
  defensive: 'defens',
  heroically: 'hero',
  programme: 'program',
  news: 'news',
  us: 'us',
  its: 'its',
  this: 'this',
  is: 'is',
  was: 'was',
  has: 'has',
  as: 'as',
};

/**
 * A light stem: enough to meet "deployed"/"deployment"/"deploys" and "captured"/"capture" on the same
 * form, nothing like a full Porter stemmer. Stems are compared with stems made by this same function.
 */
export function stemWord(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = lightStem(word);
    if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/** Stems already computed: a claim's words mostly recur, and stemming runs a dozen patterns. */
const STEMS = new Map<string, string>();
const STEM_CACHE_SIZE = 100_000;

function lightStem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return dropFinalE(irregular);
  let w = word.replace(/our$/, 'or').replace(/ise$/, 'ize').replace(/ised$/, 'ized');
  if (w.length <= 3) return w;
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/ments?$/.test(w) && w.length > 7) w = w.replace(/ments?$/, '');
  else if (/ations?$/.test(w) && w.length > 7) w = w.replace(/ations?$/, 'ate');
  else if (/ing$/.test(w) && w.length > 5) w = undouble(w.slice(0, -3));
  else if (/ed$/.test(w) && w.length > 4) w = undouble(w.slice(0, -2));
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  w = dropFinalE(w);
  if (/at$/.test(w) && w.length > 6) w = w.slice(0, -2);
  return w;
}

function dropFinalE(w: string): string {
  return /[^e]e$/.test(w) && w.length > 3 ? w.slice(0, -1) : w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
