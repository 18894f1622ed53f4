// Language identification of document text (eld: n-gram model shipped in the npm package).

import { eld } from 'eld/medium';

/** ISO 639-1 code of the text's language, or null when eld finds none it is sure of. */
export function detectLanguage(text: string): string | null {
  const result = eld.detect(text.slice(0, 2000));
  return result.language !== '' && result.isReliable() ? result.language : null;
}
