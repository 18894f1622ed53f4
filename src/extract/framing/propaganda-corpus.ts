// Propaganda corpora: reads the SemEval-2020 task 11 article layout and the SemEval-2021 task 6 meme layout into labelled texts.

import type { Technique } from '../../domain/framing.js';
import { InvalidInput } from '../../domain/errors.js';

/** One labelled span; `technique` is null for a label outside our technique set. */
export interface LabelledSpan {
  start: number;
  end: number;
  technique: Technique | null;
}

export interface LabelledText {
  id: string;
  text: string;
  spans: LabelledSpan[];
}

const LABELS: Record<string, Technique | null> = {
  'loaded language': 'loaded language',
  'name calling,labeling': 'name calling / labeling',
  'name calling/labeling': 'name calling / labeling',
  'flag-waving': 'flag-waving',
  'exaggeration,minimisation': 'exaggeration / minimisation',
  'exaggeration/minimisation': 'exaggeration / minimisation',
  doubt: 'doubt',
  'appeal to fear-prejudice': 'appeal to fear',
  'appeal to fear/prejudice': 'appeal to fear',
  'causal oversimplification': 'causal oversimplification',
  slogans: 'slogans',
  'whataboutism,straw men,red herring': 'whataboutism / straw man / red herring',
  whataboutism: 'whataboutism / straw man / red herring',
  "misrepresentation of someone's position (straw man)": 'whataboutism / straw man / red herring',
  'presenting irrelevant data (red herring)': 'whataboutism / straw man / red herring',
  'thought-terminating cliches': 'thought-terminating cliché',
  'thought-terminating cliché': 'thought-terminating cliché',
  'black-and-white fallacy': 'black-and-white fallacy',
  'black-and-white fallacy/dictatorship': 'black-and-white fallacy',
  'appeal to authority': 'appeal to authority',
  // The 2020 task merges bandwagon with reductio ad hitlerum; our set keeps the one name.
  'bandwagon,reductio ad hitlerum': 'bandwagon',
  bandwagon: 'bandwagon',
  'reductio ad hitlerum': 'bandwagon',
  repetition: 'repetition',
  // Meme-only labels with no counterpart in the 2020 set.
  smears: null,
  'glittering generalities (virtue)': null,
  'obfuscation, intentional vagueness, confusion': null,
};

/** Maps a corpus technique label (either task's spelling) to ours; null when it has no counterpart. */
export function corpusTechnique(label: string): Technique | null {
  const key = label.trim().toLowerCase().replace(/_/g, ' ');
  if (!(key in LABELS)) {
    throw new InvalidInput(`propaganda corpus: expected a SemEval technique label, found "${label}"`);
  }
  return LABELS[key] ?? null;
}

interface RawSpan {
  start: number;
  end: number;
  technique: string;
}

/**
 * Parses the layout of `dev_TC.jsonl`: one JSON object a line with `article_id`, `text` and `spans`
 * (`technique`, `start`, `end`). Throws InvalidInput naming the line when a line does not fit.
 */
export function parsePropagandaArticles(jsonl: string, file = 'articles.jsonl'): LabelledText[] {
  const out: LabelledText[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = { file, line: index + 1 };
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (cause) {
      throw new InvalidInput('expected one JSON object a line', { cause, where });
    }
    const r = row as { article_id?: unknown; text?: unknown; spans?: unknown };
    if (typeof r.text !== 'string' || !Array.isArray(r.spans)) {
      throw new InvalidInput('expected "text" (string) and "spans" (array)', { where });
    }
    const spans = (r.spans as RawSpan[]).map((s) => ({
      start: s.start,
      end: s.end,
      technique: corpusTechnique(s.technique),
    }));
    const id =
      typeof r.article_id === 'string' || typeof r.article_id === 'number'
        ? String(r.article_id)
        : String(index + 1);
    out.push({ id, text: r.text, spans });
  });
  return out;
}

/** Parses the SemEval-2021 task 6 (subtask 2) layout: a JSON array of `{id, text, labels}`. */
export function parseMemeTexts(json: string): LabelledText[] {
  const rows = JSON.parse(json) as Array<{ id: string; text: string; labels: RawSpan[] }>;
  return rows.map((r) => ({
    id: `meme-${r.id}`,
    text: r.text,
    spans: r.labels.map((l) => ({ start: l.start, end: l.end, technique: corpusTechnique(l.technique) })),
  }));
}

/**
 * The validation split: an article is held out of training when the FNV-1a hash of its id is 0 mod 5
 * (about a fifth of the articles), so training and the benchmark agree without a list of ids.
 */
export function isHeldOutArticle(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}
