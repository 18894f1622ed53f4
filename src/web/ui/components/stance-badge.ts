// A statement's stance as a labelled badge: the word carries the meaning, the colour repeats it.

import { h } from '../dom.js';
import { STANCE_LABEL } from '../format.js';

export function stanceBadge(stance: string, hedged = false): HTMLElement {
  return h(
    'span',
    {
      class: `badge stance-${stance}`,
      attrs: { title: hedged ? 'reported with distance ("reportedly")' : null },
    },
    STANCE_LABEL[stance] ?? stance,
    hedged ? ' (hedged)' : '',
  );
}
