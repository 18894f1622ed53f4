// A source's framing profile: how often it uses loaded language and propaganda techniques, by technique
// and by month, as rates per 1,000 words.

import type { FramingProfile } from '../assessment-contracts.js';
import { h } from '../dom.js';
import { plural } from '../format.js';

export function framingProfile(profile: FramingProfile | null): HTMLElement {
  const section = (...children: (Node | null)[]) =>
    h(
      'section',
      { class: 'framing-profile', attrs: { 'aria-labelledby': 'framing-profile-heading' } },
      h('h2', { attrs: { id: 'framing-profile-heading' } }, 'Framing profile'),
      ...children,
    );
  if (profile === null || profile.words === 0)
    return section(h('p', {}, 'No words attributed to this source yet, so no framing profile.'));
  const rate = (n: number) => n.toFixed(1);
  return section(
    h(
      'p',
      {},
      `${plural(profile.spans, 'framing span')} in ${plural(Math.round(profile.words), 'word')} it said: `,
      h('strong', {}, rate(profile.per1000Words)),
      ' per 1,000 words',
      profile.change === null
        ? '.'
        : ` (${profile.change >= 0 ? '+' : ''}${rate(profile.change)} from its first month to its latest).`,
    ),
    profile.techniques.length === 0
      ? null
      : h(
          'table',
          { class: 'statements framing-techniques' },
          h('caption', { class: 'visually-hidden' }, 'framing techniques'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Technique', 'Spans', 'Per 1,000 words'].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            profile.techniques.map((t) =>
              h(
                'tr',
                {},
                h(
                  'td',
                  { attrs: { 'data-label': 'Technique' } },
                  h('span', { class: 'badge framing' }, t.technique),
                ),
                h('td', { attrs: { 'data-label': 'Spans' } }, String(t.count)),
                h('td', { attrs: { 'data-label': 'Per 1,000 words' } }, rate(t.per1000Words)),
              ),
            ),
          ),
        ),
    profile.byMonth.length === 0
      ? null
      : h(
          'details',
          {},
          h('summary', {}, 'By month'),
          h(
            'ul',
            { class: 'framing-months' },
            profile.byMonth.map((m) =>
              h(
                'li',
                {},
                `${m.month}: ${rate(m.per1000Words)} per 1,000 words (${plural(m.spans, 'span')} in ${plural(Math.round(m.words), 'word')})`,
                m.techniques.length === 0 ? '' : ` — ${m.techniques.map((t) => t.technique).join(', ')}`,
              ),
            ),
          ),
        ),
  );
}
