import { describe, expect, it } from 'vitest';
import { compileLexicon, FRAMING_LEXICON, matchLexicon } from './framing-lexicon.js';
import { tokenizeForFraming } from './framing-tokens.js';

function found(text: string, lexicon = compileLexicon(FRAMING_LEXICON)): string[] {
  const tokens = tokenizeForFraming(text);
  return matchLexicon(tokens, lexicon).map(
    (m) => `${text.slice(tokens.start[m.first], tokens.end[m.last])} = ${m.technique}`,
  );
}

describe('matchLexicon', () => {
  it('finds the conflict euphemisms and dismissals', () => {
    expect(found('Moscow calls the war a special military operation.')).toEqual([
      'special military operation = euphemism',
    ]);
    expect(found('The ministry spoke of liberating the Donetsk region and of baseless claims.')).toEqual([
      'liberating the Donetsk region = euphemism',
      'baseless claims = dismissal',
    ]);
    expect(found('Officials said the footage was fake news and a provocation.')).toEqual([
      'fake news = dismissal',
      'provocation = dismissal',
    ]);
  });

  it('needs a capitalised name where the pattern asks for one', () => {
    expect(found('a report on the liberation of Mariupol')).toEqual(['liberation of Mariupol = euphemism']);
    expect(found('a report on the liberation of prisoners')).toEqual([]);
  });

  it('stretches a destruction verb over its object, up to the next mark', () => {
    expect(found('They vowed to annihilate the enemy bridgehead, officials said.')).toEqual([
      'annihilate the enemy bridgehead = loaded language',
    ]);
  });

  it('lets "so-called" take the name after it, not the rest of the clause', () => {
    expect(found('The so-called peace plan was rejected by parliament.')).toEqual([
      'so-called peace plan = name calling / labeling',
    ]);
  });

  it('takes the longest entry at a position', () => {
    const lexicon = compileLexicon([
      { pattern: 'iron', technique: 'loaded language' },
      { pattern: 'iron [fist] rule', technique: 'name calling / labeling' },
    ]);
    expect(found('under iron fist rule', lexicon)).toEqual(['iron fist rule = name calling / labeling']);
    expect(found('under iron rule', lexicon)).toEqual(['iron rule = name calling / labeling']);
  });

  it('leaves neutral reporting alone', () => {
    expect(found('The army withdrew from the town on Tuesday, the governor said.')).toEqual([]);
  });
});
