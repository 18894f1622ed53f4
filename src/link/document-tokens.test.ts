import { describe, expect, it } from 'vitest';
import { claimTokens } from './claim-tokens.js';
import { DocumentTokens } from './document-tokens.js';

// Our own text, with the shapes tokens take: abbreviations, thousands, decimals, possessives,
// hyphenated names, sentence ends, quotes, dashes and characters outside the basic plane.
const TEXT =
  'The U.S. envoy said 1,500.5 troops left Kursk. Kim Jong-un’s aides — "not us" — denied it! ' +
  'Officials in Seoul put it at 12,000 (about 3.5 brigades) near Sudzha. 𝐀rmy units 🙂 moved; ' +
  'the soldiers’ families asked n. Korea for news. End.';

describe('DocumentTokens', () => {
  it('gives every stretch of the document the tokens it has on its own', () => {
    const document = new DocumentTokens(TEXT);
    for (let start = 0; start <= TEXT.length; start += 1) {
      for (let end = start; end <= TEXT.length; end += 1) {
        const part = TEXT.slice(start, end);
        expect(document.of(part, start)).toEqual(claimTokens(part, start));
      }
    }
  });

  it('tokenizes text that is not the document at that offset on its own', () => {
    const document = new DocumentTokens(TEXT);
    expect(document.of('Pyongyang denied it', 4)).toEqual(claimTokens('Pyongyang denied it', 4));
  });
});
