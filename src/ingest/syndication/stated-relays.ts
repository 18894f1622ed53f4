// Finds where a text says it relays another outlet's report ("(Yonhap) —", "Reuters reported", "citing KCNA").
import { RELAY_OUTLETS, type RelayOutlet } from './relay-outlets.js';

/** How the text credits the outlet. */
export type RelayForm =
  'dateline' | 'outlet-reported' | 'according-to' | 'citing' | 'told' | 'report-of' | 'source-line';

/** One credit: the outlet's canonical name and the character span of its mention in the text. */
export interface StatedRelay {
  outlet: string;
  start: number;
  end: number;
  form: RelayForm;
}

const REPORT_VERBS =
  'reported|reports|said|says|quoted|quotes|cited|cites|wrote|writes|carried|published|announced|stated|claimed|added|noted|learned|revealed|disclosed|confirmed';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Matcher {
  form: RelayForm;
  pattern: RegExp;
  /**
   * When every match of `pattern` starts exactly this many code units before its mention: then `pattern`
   * (made sticky) is only tried at mentions, instead of at every position of the text.
   */
  mentionAt?: number;
}

/** The patterns of one outlet list. */
interface Matchers {
  matchers: Matcher[];
  byAlias: Map<string, string>;
  /** Any alias, wherever it occurs: every mention a pattern can match starts where this one does. */
  alias: RegExp;
}

/** Builds the patterns once per outlet list; every pattern captures the mention in the group `out`. */
function matchers(outlets: readonly RelayOutlet[]): Matchers {
  const byAlias = new Map<string, string>();
  for (const o of outlets) for (const a of o.aliases) byAlias.set(a, o.name);
  const names = [...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // The mention must not be part of a longer word or name on either side.
  const OUT = `(?<![\\p{L}\\p{N}])(?<out>${names})(?![\\p{L}\\p{N}])`;
  const agency = `(?:\\s+(?:news\\s+agency|news\\s+service|wire\\s+service|newswire|agency|state\\s+news\\s+agency))?`;
  const flags = 'dgu';
  // For patterns tried only at mentions (`mentionAt`): matched at lastIndex or not at all.
  const sticky = 'dyu';
  return {
    byAlias,
    alias: new RegExp(names, 'g'),
    matchers: [
      // SEOUL, Oct. 18 (Yonhap) -- / KYIV (Reuters) — ; the credit sits in brackets before a dash.
      { form: 'dateline', pattern: new RegExp(`\\(${OUT}\\)\\s*(?:[-–—]{1,2}|:)`, sticky), mentionAt: 1 },
      // MOSCOW, October 18. /TASS/. — the slash form TASS uses.
      { form: 'dateline', pattern: new RegExp(`/${OUT}/\\.?`, sticky), mentionAt: 1 },
      // Reuters reported / TASS said / KCNA news agency reported / Yonhap has reported / AFP, citing ...
      {
        form: 'outlet-reported',
        pattern: new RegExp(
          `${OUT}${agency}(?:\\s+(?:has|had|also|earlier|later|first|previously))*\\s+(?:${REPORT_VERBS})\\b`,
          sticky,
        ),
        mentionAt: 0,
      },
      // according to AFP / according to the Yonhap news agency / according to a Reuters report
      {
        form: 'according-to',
        pattern: new RegExp(
          `\\b[Aa]ccording\\s+to\\s+(?:(?:the|a|an)\\s+)?(?:(?:state|official|news|wire)\\s+)*(?:(?:agency|service|media)\\s+)?${OUT}`,
          flags,
        ),
      },
      // citing KCNA / as reported by Yonhap / quoted by TASS / via Reuters
      {
        form: 'citing',
        pattern: new RegExp(
          `\\b(?:[Cc]iting|[Cc]ited\\s+by|[Qq]uoted\\s+by|[Cc]arried\\s+by|[Dd]istributed\\s+by|[Pp]rovided\\s+by|[Ss]upplied\\s+by|(?:[Oo]riginally|[Ff]irst)\\s+(?:published|appeared)\\s+(?:by|in|on)|[Rr]epublished\\s+from|(?:[Aa]s\\s+)?(?:first\\s+)?[Rr]eported\\s+by|[Vv]ia|[Pp]er)\\s+(?:(?:the|a|an)\\s+)?(?:(?:state|official|news|wire)\\s+)*(?:(?:agency|service|media)\\s+)?${OUT}`,
          flags,
        ),
      },
      // told Reuters / said in an interview with AFP / speaking to the Associated Press
      {
        form: 'told',
        pattern: new RegExp(`\\b(?:told|[Ss]peaking\\s+to|interview\\s+with)\\s+(?:the\\s+)?${OUT}`, flags),
      },
      // a Reuters report / an AFP dispatch / the Yonhap story
      {
        form: 'report-of',
        pattern: new RegExp(
          `\\b(?:[Aa]n?|[Tt]he)\\s+${OUT}\\s+(?:report|dispatch|story|article|investigation|interview)\\b`,
          flags,
        ),
      },
      // Source: Reuters / With files from AFP (a line of its own)
      {
        form: 'source-line',
        pattern: new RegExp(
          `^\\s*(?:[Ss]ources?|[Ww]ith\\s+files\\s+from|[Ww]ith\\s+reporting\\s+from|[Vv]ia)\\s*:?\\s*${OUT}\\s*\\.?\\s*$`,
          'dgmu',
        ),
      },
    ],
  };
}

const DEFAULT = matchers(RELAY_OUTLETS);

/**
 * Every place `text` credits another outlet as the source of what it reports, in text order, one entry
 * per mention (the first form found wins when two overlap). Offsets are UTF-16 indices of the outlet
 * mention. Whether a credit names the document's own outlet is for the caller to judge. Pure.
 */
export function findStatedRelays(text: string, outlets?: readonly RelayOutlet[]): StatedRelay[] {
  const { matchers: list, byAlias, alias } = outlets === undefined ? DEFAULT : matchers(outlets);
  const mentions = aliasStarts(text, alias);
  // Every match contains a mention: a text naming no outlet needs no search.
  if (mentions.length === 0) return [];
  const found = new Map<number, StatedRelay>();
  const record = (m: RegExpExecArray | RegExpMatchArray, form: RelayForm): void => {
    const mention = m.groups?.out;
    const span = m.indices?.groups?.out;
    if (mention === undefined || span === undefined) return;
    const [start, end] = span;
    if (found.has(start)) return;
    found.set(start, { outlet: byAlias.get(mention) ?? mention, start, end, form });
  };
  for (const { form, pattern, mentionAt } of list) {
    if (mentionAt === undefined) {
      pattern.lastIndex = 0;
      for (const m of text.matchAll(pattern)) record(m, form);
      continue;
    }
    // The matches a global search would find, in order: the first at or after the end of the previous
    // one is at the first mention there where the pattern matches, since no match starts elsewhere.
    let from = 0;
    for (const mention of mentions) {
      const start = mention - mentionAt;
      if (start < from) continue;
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (m === null) continue;
      record(m, form);
      from = pattern.lastIndex;
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** Every index of `text` where an alias starts (overlapping ones too), ascending. */
function aliasStarts(text: string, alias: RegExp): number[] {
  const starts: number[] = [];
  alias.lastIndex = 0;
  for (let m = alias.exec(text); m !== null; m = alias.exec(text)) {
    starts.push(m.index);
    alias.lastIndex = m.index + 1;
  }
  return starts;
}

/** The distinct outlets `text` credits, in order of first mention. */
export function relayedOutlets(text: string, outlets?: readonly RelayOutlet[]): string[] {
  return [...new Set(findStatedRelays(text, outlets).map((r) => r.outlet))];
}
