// The words claim matching treats as concepts rather than strings: actors, places, troops and war.

/** An actor concept: the origin-level actor id (a state or bloc), with the words naming it. */
export interface ActorConcept {
  id: string;
  name: string;
  /** The adjective used in canonical texts ("North Korean troops"). */
  adjective: string;
  phrases: string[];
}

/**
 * Actors by the words that name them in content. Ids are origins (top-level states or organizations),
 * because a proposition is about "North Korean troops", not about the commission that announced them.
 * Phrases are lowercase, possessive `'s` removed, punctuation as in the text ("n. korea").
 */
export const ACTOR_CONCEPTS: readonly ActorConcept[] = [
  {
    id: 'kp',
    name: 'North Korea',
    adjective: 'North Korean',
    phrases: [
      'north korea',
      'north korean',
      'north koreans',
      'n. korea',
      'n. korean',
      'n korea',
      'n korean',
      'dprk',
      'pyongyang',
      'korean people army',
      'kpa',
      'kim jong un',
      'kim jong-un',
      'kcna',
      'workers party of korea',
      'workers party',
    ],
  },
  {
    id: 'ru',
    name: 'Russia',
    adjective: 'Russian',
    phrases: [
      'russia',
      'russian',
      'russians',
      'moscow',
      'kremlin',
      'the russian federation',
      'russian federation',
      'putin',
      'vladimir putin',
      'gerasimov',
      'peskov',
      'tass',
    ],
  },
  {
    id: 'ua',
    name: 'Ukraine',
    adjective: 'Ukrainian',
    phrases: [
      'ukraine',
      'ukrainian',
      'ukrainians',
      'kyiv',
      'kiev',
      'zelenskyy',
      'zelensky',
      'spravdi',
      'sbu',
      'hur',
    ],
  },
  {
    id: 'kr',
    name: 'South Korea',
    adjective: 'South Korean',
    phrases: [
      'south korea',
      'south korean',
      'south koreans',
      's. korea',
      's. korean',
      'seoul',
      'nis',
      'yonhap',
    ],
  },
  {
    id: 'us',
    name: 'the United States',
    adjective: 'U.S.',
    phrases: [
      'united states',
      'the united states',
      'u.s',
      'u.s.',
      'american',
      'americans',
      'washington',
      'pentagon',
      'white house',
    ],
  },
  { id: 'nato', name: 'NATO', adjective: 'NATO', phrases: ['nato', 'the alliance'] },
  { id: 'by', name: 'Belarus', adjective: 'Belarusian', phrases: ['belarus', 'belarusian', 'minsk'] },
  { id: 'cn', name: 'China', adjective: 'Chinese', phrases: ['china', 'chinese', 'beijing'] },
  { id: 'ir', name: 'Iran', adjective: 'Iranian', phrases: ['iran', 'iranian', 'tehran'] },
];

/** A place concept: a key, a readable name, the words naming it and the region it lies in. */
export interface PlaceConcept {
  id: string;
  name: string;
  phrases: string[];
  /** The region holding this place, when it is a town or village. */
  within: string | null;
}

export const PLACE_CONCEPTS: readonly PlaceConcept[] = [
  {
    id: 'kursk',
    name: 'the Kursk region',
    phrases: ['kursk', 'kursk region', 'kursk oblast', 'kursk area', 'kursk front'],
    within: null,
  },
  {
    id: 'belgorod',
    name: 'the Belgorod region',
    phrases: ['belgorod', 'belgorod region', 'belgorod oblast'],
    within: null,
  },
  { id: 'sudzha', name: 'Sudzha', phrases: ['sudzha'], within: 'kursk' },
  { id: 'gornal', name: 'Gornal', phrases: ['gornal'], within: 'kursk' },
  {
    id: 'far-east',
    name: "Russia's Far East",
    phrases: [
      'far east',
      'russian far east',
      'primorsky krai',
      'primorye',
      'vladivostok',
      'ussuriysk',
      'khabarovsk',
      'blagoveshchensk',
      'eastern russia',
    ],
    within: null,
  },
  { id: 'donetsk', name: 'the Donetsk region', phrases: ['donetsk', 'donbas', 'donbass'], within: null },
  { id: 'luhansk', name: 'the Luhansk region', phrases: ['luhansk', 'lugansk'], within: null },
  {
    id: 'zaporizhzhia',
    name: 'the Zaporizhzhia region',
    phrases: ['zaporizhzhia', 'zaporozhye'],
    within: null,
  },
  { id: 'kherson', name: 'the Kherson region', phrases: ['kherson'], within: null },
  { id: 'crimea', name: 'Crimea', phrases: ['crimea'], within: null },
  { id: 'pokrovsk', name: 'Pokrovsk', phrases: ['pokrovsk'], within: 'donetsk' },
  { id: 'bakhmut', name: 'Bakhmut', phrases: ['bakhmut'], within: 'donetsk' },
  { id: 'avdiivka', name: 'Avdiivka', phrases: ['avdiivka'], within: 'donetsk' },
];

/** Nouns for armed personnel; "North Korean" followed by one of these is that actor's troops. */
export const TROOP_WORDS: readonly string[] = [
  'troop',
  'troops',
  'soldier',
  'soldiers',
  'force',
  'forces',
  'serviceman',
  'servicemen',
  'unit',
  'units',
  'subunit',
  'subunits',
  'personnel',
  'brigade',
  'brigades',
  'army',
  'armies',
  'military',
  'fighter',
  'fighters',
  'battalion',
  'battalions',
  'officer',
  'officers',
  'contingent',
  'mercenary',
  'mercenaries',
  'formation',
  'formations',
  'prisoner',
  'prisoners',
  'detainee',
  'detainees',
];

/** Words placing a claim in a war, for predicates such as "involvement" that name no troops. */
export const WAR_WORDS: readonly string[] = [
  'war',
  'invasion',
  'invade',
  'invading',
  'fighting',
  'conflict',
  'combat',
  'effort',
  'operation',
  'operations',
  'front',
  'hostilities',
  'offensive',
  'counteroffensive',
  'battle',
  'battlefield',
  'deployment',
];

/** Words for settlements and territory, which a control predicate can take instead of a named place. */
export const TERRITORY_WORDS: readonly string[] = [
  'region',
  'area',
  'town',
  'village',
  'villages',
  'city',
  'settlement',
  'settlements',
  'territory',
  'oblast',
];

/** The readable name of an actor concept id, or the id itself. */
export function actorName(id: string): string {
  return ACTOR_CONCEPTS.find((a) => a.id === id)?.name ?? id;
}

/** The adjective of an actor concept id ("North Korean"), or its name. */
export function actorAdjective(id: string): string {
  return ACTOR_CONCEPTS.find((a) => a.id === id)?.adjective ?? actorName(id);
}

/** The readable name of a place id; unknown places (read from capitalized words) are their own name. */
export function placeName(id: string): string {
  const known = PLACE_CONCEPTS.find((p) => p.id === id);
  if (known) return known.name;
  return id.replace(
    /(^|-)(\p{L})/gu,
    (_m, sep: string, c: string) => `${sep === '-' ? ' ' : ''}${c.toUpperCase()}`,
  );
}

/** The region a place lies in, or null. */
export function placeRegion(id: string): string | null {
  return PLACE_CONCEPTS.find((p) => p.id === id)?.within ?? null;
}

/** True for a known region (not a town within one, not an unknown place). */
export function isRegion(id: string): boolean {
  const known = PLACE_CONCEPTS.find((p) => p.id === id);
  return known !== undefined && known.within === null;
}
