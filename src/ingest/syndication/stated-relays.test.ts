import { describe, expect, it } from 'vitest';
import { findStatedRelays, relayedOutlets } from './stated-relays.js';

const credits = (text: string): [string, string, string][] =>
  findStatedRelays(text).map((r) => [r.outlet, r.form, text.slice(r.start, r.end)]);

describe('findStatedRelays', () => {
  it('recognises datelines with agency credits', () => {
    expect(credits('SEOUL, Oct. 18 (Yonhap) -- The spy agency briefed lawmakers.')).toEqual([
      ['Yonhap', 'dateline', 'Yonhap'],
    ]);
    expect(credits('KYIV (Reuters) — Officials said on Monday.')).toEqual([
      ['Reuters', 'dateline', 'Reuters'],
    ]);
  });

  it('recognises an outlet reporting, saying or quoting', () => {
    expect(credits('The troops had crossed the border, Reuters reported on Friday.')).toEqual([
      ['Reuters', 'outlet-reported', 'Reuters'],
    ]);
    expect(credits('TASS said the talks would continue.')).toEqual([['TASS', 'outlet-reported', 'TASS']]);
    expect(credits('The state news agency KCNA reported the visit.')).toEqual([
      ['KCNA', 'outlet-reported', 'KCNA'],
    ]);
    expect(credits('Yonhap news agency has reported that two were captured.')).toEqual([
      ['Yonhap', 'outlet-reported', 'Yonhap'],
    ]);
  });

  it('recognises according to, citing, told and a report of', () => {
    expect(credits('According to AFP, the convoy moved at night.')).toEqual([['AFP', 'according-to', 'AFP']]);
    expect(credits('according to the Associated Press')).toEqual([
      ['AP', 'according-to', 'Associated Press'],
    ]);
    expect(credits('The ministry denied it, citing KCNA.')).toEqual([['KCNA', 'citing', 'KCNA']]);
    expect(credits('as reported by Interfax-Ukraine earlier')).toEqual([
      ['Interfax', 'citing', 'Interfax-Ukraine'],
    ]);
    expect(credits('a senior official told Reuters on condition of anonymity')).toEqual([
      ['Reuters', 'told', 'Reuters'],
    ]);
    expect(credits('Moscow dismissed a Bloomberg report as fiction.')).toEqual([
      ['Bloomberg', 'report-of', 'Bloomberg'],
    ]);
    expect(credits('Body text.\nSource: Ukrinform\n')).toEqual([['Ukrinform', 'source-line', 'Ukrinform']]);
    expect(credits('The statement, carried by the state news agency KCNA, was brief.')).toEqual([
      ['KCNA', 'citing', 'KCNA'],
    ]);
    expect(credits('This article was distributed by Yonhap News Agency.')).toEqual([
      ['Yonhap', 'citing', 'Yonhap News Agency'],
    ]);
  });

  it('does not take ordinary words or bare mentions for credits', () => {
    expect(
      findStatedRelays('The app said it would update. Tass is a surname here? No: mapping the area.'),
    ).toEqual([]);
    expect(findStatedRelays('Reuters could not independently verify the footage.')).toEqual([]);
    expect(findStatedRelays('The AFPX tool reported nothing; RIAlto said so.')).toEqual([]);
  });

  it('lists each mention once, and the outlets in order of first mention', () => {
    const text = 'MOSCOW (TASS) — The ministry spoke, TASS said, according to Reuters; TASS reported more.';
    expect(findStatedRelays(text)).toHaveLength(4);
    expect(relayedOutlets(text)).toEqual(['TASS', 'Reuters']);
  });

  it('finds every credit of a text dense with them, overlapping names included, as it always has', () => {
    const text = `KYIV (Reuters) — Repair crews restored power on Tuesday, Ukrinform reported. MOSCOW, May 2. /TASS/. The
ministry said ITAR-TASS said nothing; The Associated Press said otherwise, citing officials, and according to
the state news agency KCNA the talks ended. A Yonhap News Agency report was quoted by Interfax-Ukraine, which
TASS TASS reported twice (AFP): late. Reuters could not verify it, a villager told The Kyiv Independent.
Source: Meduza
Via: Суспільне
The mayor spoke to dpa; DPA said, and RIA Novosti has also reported, that AFP's desk via Reuters knew.`;
    expect(
      findStatedRelays(text).map((r) => [r.outlet, r.form, text.slice(r.start, r.end), r.start]),
    ).toEqual([
      ['Reuters', 'dateline', 'Reuters', 6],
      ['Ukrinform', 'outlet-reported', 'Ukrinform', 57],
      ['TASS', 'dateline', 'TASS', 93],
      ['TASS', 'outlet-reported', 'ITAR-TASS', 118],
      ['AP', 'outlet-reported', 'The Associated Press', 142],
      ['KCNA', 'according-to', 'KCNA', 236],
      ['Yonhap', 'report-of', 'Yonhap News Agency', 260],
      ['Interfax', 'citing', 'Interfax-Ukraine', 300],
      ['TASS', 'outlet-reported', 'TASS', 329],
      ['AFP', 'dateline', 'AFP', 350],
      ['Kyiv Independent', 'told', 'The Kyiv Independent', 407],
      ['Meduza', 'source-line', 'Meduza', 437],
      ['Suspilne', 'source-line', 'Суспільне', 449],
      ['dpa', 'outlet-reported', 'DPA', 483],
      ['RIA Novosti', 'outlet-reported', 'RIA Novosti', 497],
      ['Reuters', 'citing', 'Reuters', 548],
    ]);
  });
});
