// The news agencies and outlets whose reports others relay, with the names they are credited under.

/** An outlet others relay: its canonical name and the exact forms a text credits it with. */
export interface RelayOutlet {
  name: string;
  /** Case-sensitive forms (acronyms like "AP" must not match "ap"). */
  aliases: readonly string[];
}

export const RELAY_OUTLETS: readonly RelayOutlet[] = [
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'France-Presse'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency', 'Yonhap News'] },
  { name: 'TASS', aliases: ['TASS', 'Tass', 'ITAR-TASS', 'ТАСС'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA', 'РИА Новости'] },
  { name: 'Interfax', aliases: ['Interfax', 'Interfax-Ukraine', 'Интерфакс'] },
  { name: 'KCNA', aliases: ['KCNA', 'Korean Central News Agency', 'KCNA Watch'] },
  { name: 'Rodong Sinmun', aliases: ['Rodong Sinmun'] },
  { name: 'Ukrinform', aliases: ['Ukrinform', 'Укрінформ'] },
  { name: 'UNIAN', aliases: ['UNIAN', 'УНІАН'] },
  { name: 'Suspilne', aliases: ['Suspilne', 'Суспільне'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { name: 'NHK', aliases: ['NHK'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency'] },
  { name: 'PAP', aliases: ['PAP', 'Polish Press Agency'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { name: 'BBC', aliases: ['BBC', 'BBC News'] },
  { name: 'CNN', aliases: ['CNN'] },
  { name: 'Kyiv Independent', aliases: ['Kyiv Independent', 'The Kyiv Independent'] },
  { name: 'Meduza', aliases: ['Meduza'] },
  { name: 'RBC', aliases: ['RBC'] },
  { name: 'Kommersant', aliases: ['Kommersant'] },
  { name: 'NK News', aliases: ['NK News'] },
  { name: 'Korea JoongAng Daily', aliases: ['JoongAng Daily', 'Korea JoongAng Daily', 'JoongAng Ilbo'] },
  { name: 'Chosun Ilbo', aliases: ['Chosun Ilbo', 'The Chosun Ilbo'] },
];

/**
 * The canonical name of an outlet named `name` (any alias, or the same text ignoring case and a leading
 * "The"), or `name` itself trimmed when it is not a known relay source.
 */
export function canonicalOutlet(name: string, outlets: readonly RelayOutlet[] = RELAY_OUTLETS): string {
  const t = name.trim();
  const loose = t.replace(/^the\s+/i, '').toLowerCase();
  for (const o of outlets) {
    if (o.aliases.includes(t)) return o.name;
  }
  for (const o of outlets) {
    // Loose matching only for names long enough not to be ordinary words.
    if (o.aliases.some((a) => a.length > 3 && a.replace(/^the\s+/i, '').toLowerCase() === loose))
      return o.name;
  }
  return t;
}
