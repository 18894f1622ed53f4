import model from 'wink-eng-lite-web-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../domain/statement.js';
import { extractDocument } from './extract-document.js';
import { buildGazetteer } from './gazetteer.js';
import { createWinkEngine } from './wink-engine.js';

const deps = { nlp: createWinkEngine(model), gazetteer: buildGazetteer() };

function extract(text: string, publishedAt: string | null = '2025-04-28') {
  return extractDocument({ text, publishedAt, outlet: null }, deps);
}

function only(statements: Statement[], cue: string): Statement {
  const found = statements.filter((s) => s.cue.text.includes(cue));
  expect(found, `one statement with cue "${cue}"`).toHaveLength(1);
  return found[0] as Statement;
}

describe('extractDocument: the seed story in our own words', () => {
  it('reads a dismissal as a denial by North Korea, dated by the sentence it sits in', () => {
    const text =
      'In October 2024, Seoul’s spy agency said that roughly 1,500 North Korean soldiers had reached Russia, ' +
      'an allegation North Korea’s foreign ministry dismissed as “groundless rumors.”';
    const { statements, quantities } = extract(text);
    const denial = only(statements, 'dismissed');
    expect(denial).toMatchObject({ stance: 'deny', saidOn: '2024-10' });
    expect(denial.speaker.actor).toBe('kp-mfa');
    const report = only(statements, 'said');
    expect(report).toMatchObject({ stance: 'assert', saidOn: '2024-10', direct: false });
    expect(report.content.text).toMatch(/^that roughly 1,500 North Korean soldiers had reached Russia/);
    expect(quantities).toContainEqual(
      expect.objectContaining({ text: 'roughly 1,500', value: 1500, bound: 'approximate' }),
    );
  });

  it('reads a passive dismissal "a claim rejected by X as …" as X denying', () => {
    const text =
      'Seoul reported the deployment first, a claim flatly rejected by Pyongyang as “a smear campaign.”';
    const denial = only(extract(text).statements, 'rejected');
    expect(denial).toMatchObject({ stance: 'deny', speaker: { text: 'Pyongyang', actor: 'kp' } });
    expect(denial.content.text).toContain('a smear campaign');
  });

  it('reads "has finally confirmed …, according to state media reports issued on April 27"', () => {
    const text =
      'North Korea has finally confirmed that its troops are fighting for Russia, according to state media reports issued on April 27.';
    const { statements } = extract(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      speaker: { text: 'North Korea', actor: 'kp' },
      stance: 'confirm',
      saidOn: '2025-04-27',
      content: { text: 'that its troops are fighting for Russia' },
    });
  });

  it('makes each paragraph of an embedded post a statement of the signing account, dated by the signature', () => {
    const text = [
      'Kyiv’s communicators keep reminding readers of their record.',
      '',
      'Our footage from Kursk came out before anyone else’s.',
      '— SPRAVDI — Stratcom Centre (@StratcomCentre) April 28, 2025',
      'We were right again. https://t.co/Abc123xyz',
    ].join('\n');
    const posts = extract(text, '2025-04-30').statements.filter((s) => s.speaker.actor === 'ua-spravdi');
    expect(posts.map((s) => [s.content.text, s.saidOn, s.direct, s.stance])).toEqual([
      ['Our footage from Kursk came out before anyone else’s.', '2025-04-28', true, 'assert'],
      ['We were right again.', '2025-04-28', true, 'assert'],
    ]);
  });

  it('reads a contest of an embedded claim, and the embedded claim as its owner’s assertion', () => {
    const { statements } = extract(
      'Ukrainian commanders have contested Russian claims of complete control over the district.',
    );
    expect(only(statements, 'contested')).toMatchObject({
      stance: 'contest',
      speaker: { text: 'Ukrainian commanders', actor: 'ua' },
      content: { text: 'Russian claims of complete control over the district' },
    });
    expect(only(statements, 'claims')).toMatchObject({
      stance: 'assert',
      speaker: { text: 'Russian', actor: 'ru' },
      content: { text: 'complete control over the district' },
    });
  });

  it('reads "X has contested Y\'s claims that …" as a contest and Y\'s own assertion', () => {
    const { statements } = extract("Kyiv has contested Moscow's claims that its troops retook the village.");
    expect(statements.map((s) => [s.speaker.text, s.speaker.actor, s.stance, s.content.text])).toEqual([
      ['Kyiv', 'ua', 'contest', "Moscow's claims that its troops retook the village"],
      ['Moscow', 'ru', 'assert', 'that its troops retook the village'],
    ]);
  });

  it('dates a headline by the body statement it sums up, and carries a report’s date to its next sentences', () => {
    const text = [
      'Pyongyang admits sending troops',
      '',
      'North Korea confirmed on April 27 that it had sent troops to Kursk, according to state media.',
      'The Central Military Commission praised the units for their “heroic” work.',
      'It said the mission was sacred, and the commission stated that the order dated from a treaty signed in 2024.',
      'The U.S. State Department voiced concern. A spokesperson urged Pyongyang to stop.',
    ].join('\n');
    const { statements } = extract(text);
    expect(only(statements, 'admits')).toMatchObject({
      stance: 'confirm',
      saidOn: '2025-04-27',
      speaker: { actor: 'kp' },
    });
    expect(only(statements, 'praised')).toMatchObject({
      saidOn: '2025-04-27',
      speaker: { actor: 'kp-wpk-cmc' },
    });
    expect(only(statements, 'said')).toMatchObject({
      saidOn: '2025-04-27',
      speaker: { text: 'It', actor: 'kp-wpk-cmc' },
    });
    expect(only(statements, 'stated')).toMatchObject({
      saidOn: '2025-04-27',
      speaker: { actor: 'kp-wpk-cmc' },
    });
    expect(only(statements, 'urged')).toMatchObject({
      saidOn: null,
      speaker: { text: 'A spokesperson', actor: 'us-state-dept' },
    });
  });
});

describe('extractDocument: attribution forms', () => {
  it('reads a direct quotation with a trailing or inverted speaker', () => {
    const { statements } = extract(
      '“We will hold the line,” the general said. “Nothing has changed,” said Oleksandr Syrskyi.',
    );
    expect(statements.map((s) => [s.speaker.text, s.content.text, s.direct])).toEqual([
      ['the general', 'We will hold the line', true],
      ['Oleksandr Syrskyi', 'Nothing has changed', true],
    ]);
    expect(statements[1]?.speaker.actor).toBe('ua-syrskyi');
  });

  it('reads "according to X" at either end of a sentence', () => {
    const { statements } = extract(
      'According to Yonhap, the drills ended early. The convoy left at dawn, according to the ministry.',
    );
    expect(statements.map((s) => [s.speaker.text, s.content.text])).toEqual([
      ['Yonhap', 'the drills ended early'],
      ['the ministry', 'The convoy left at dawn'],
    ]);
    expect(statements[0]?.speaker.actor).toBe('kr-yonhap');
  });

  it('tells hedged reports and denials by dismissal from plain assertions', () => {
    const { statements } = extract(
      'Kim Jong Un reportedly praised the returning units. The Kremlin dismissed the report as propaganda. ' +
        'Peskov said the reports were baseless. Zelenskyy said the front was holding.',
    );
    expect(statements.map((s) => [s.speaker.actor, s.stance, s.hedged])).toEqual([
      ['kp-kim-jong-un', 'assert', true],
      ['ru-kremlin', 'deny', false],
      ['ru-peskov', 'deny', false],
      ['ua-zelenskyy', 'assert', false],
    ]);
  });

  it('reads participle and coordinated cues as the subject’s words, and keeps them apart', () => {
    const { statements } = extract(
      'The foreign ministry responded sharply, warning that the shipments must stop. ' +
        'An official urged Seoul to wait and stressed that talks were possible.',
    );
    expect(statements.map((s) => [s.speaker.text, s.cue.text, s.content.text])).toEqual([
      ['The foreign ministry', 'warning', 'that the shipments must stop'],
      ['An official', 'urged', 'Seoul to wait'],
      ['An official', 'stressed', 'that talks were possible'],
    ]);
  });

  it('gives present-tense reporting the publication day, and nothing when the text gives no day', () => {
    const { statements } = extract(
      'Budanov says the brigade has withdrawn. Budanov said the brigade had withdrawn.',
    );
    expect(statements.map((s) => s.saidOn)).toEqual(['2025-04-28', '2025-04-28']);
    const undated = extract('Budanov says the brigade has withdrawn.', null).statements;
    expect(undated[0]?.saidOn).toBeNull();
    const past = extract('The analyst said the brigade had withdrawn.').statements;
    expect(past[0]?.saidOn).toBeNull();
  });

  it('keeps content dates out of saidOn and gives offsets into the text', () => {
    const text = 'The commission stated that the treaty was signed in 2024.';
    const { statements, dates } = extract(text);
    expect(statements[0]?.saidOn).toBeNull();
    expect(dates.map((d) => d.value)).toContain('2024');
    for (const s of statements) {
      expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
      expect(text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text);
    }
  });

  it('finds nothing in plain narration', () => {
    expect(extract('Snow fell on the city. The trains ran late.').statements).toEqual([]);
  });
});

describe('extractDocument on any text', () => {
  it('never throws, and every span points back into the text', () => {
    const pieces = fc.constantFrom(
      'said',
      ' ',
      '\n',
      '“',
      '”',
      '"',
      "''",
      ',',
      '.',
      'according to',
      'North Korea',
      'It',
      'a claim dismissed by',
      '— Desk (@desk) May 1, 2025',
      'on April 27',
      'up to 12,000',
      'that',
      ':',
      'Reuters',
    );
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const { statements, dates, quantities, mentions } = extract(text);
        for (const span of [
          ...statements.flatMap((s) => [s.content, s.speaker]),
          ...dates,
          ...quantities,
          ...mentions,
        ]) {
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        for (const s of statements) expect(s.confidence).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
