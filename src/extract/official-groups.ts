// Officials and authorities as group actors: "Ukrainian officials" are part of Ukraine but are not
// Ukraine speaking, so an analyst can tell an unnamed official's word from a state's.

import type { Actor } from '../domain/actor.js';

type Row = [state: string, adjectives: string[], capitals: string[]];

/** The states whose officials reporting quotes as a body, with the words it names them by. */
const STATES: Row[] = [
  ['kp', ['North Korean', 'DPRK'], ['Pyongyang']],
  ['ru', ['Russian'], ['Moscow']],
  ['ua', ['Ukrainian'], ['Kyiv', 'Kiev']],
  ['kr', ['South Korean'], ['Seoul']],
  ['us', ['U.S.', 'US', 'American'], ['Washington']],
  ['cn', ['Chinese'], ['Beijing']],
  ['jp', ['Japanese'], ['Tokyo']],
  ['gb', ['British', 'UK', 'U.K.'], ['London']],
  ['fr', ['French'], ['Paris']],
  ['de', ['German'], ['Berlin']],
  ['pl', ['Polish'], ['Warsaw']],
  ['by', ['Belarusian'], ['Minsk']],
  ['ir', ['Iranian'], ['Tehran']],
];

const BODIES: [suffix: string, noun: string][] = [
  ['officials', 'officials'],
  ['authorities', 'authorities'],
];

/**
 * One group actor per state and body (`ua-officials`, `kr-authorities`), kind `group`, part of its
 * state, named "<Adjective> <body>" with the capital's form as an alias ("Kyiv officials").
 */
export function officialGroups(): Actor[] {
  return STATES.flatMap(([state, adjectives, capitals]) =>
    BODIES.map(([suffix, noun]) => {
      const [first, ...others] = [...adjectives, ...capitals].map((word) => `${word} ${noun}`);
      return {
        id: `${state}-${suffix}`,
        kind: 'group' as const,
        name: first ?? `${state} ${noun}`,
        aliases: others,
        partOf: state,
      };
    }),
  );
}
