// English function words that carry no topic, left out of the retrieval index (our own list).

/**
 * Lower-case function words: articles, pronouns, auxiliaries, prepositions, conjunctions and a few
 * discourse words common in posts. Negations ("not", "no", "never") are in the list on purpose: a claim
 * and its denial must find each other; deciding polarity is not the index's job.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during each
  few for from further had hadn has hasn have haven having he her here hers herself him himself his how
  i if in into is isn it its itself just let me more most mustn my myself no nor not now of off on once
  only or other ought our ours ourselves out over own same shan she should shouldn so some such than
  that the their theirs them themselves then there these they this those through to too under until up
  very was wasn we were weren what when where which while who whom why will with won would wouldn you
  your yours yourself yourselves s t d ll m o re ve y also via yet ever never every many much may might
  must shall get got gets getting go goes going gone say says said saying tell tells told let lets
  like just really still even one thing things way well back new today yesterday tomorrow now
  didnt doesnt dont isnt wasnt arent werent cant wont couldnt shouldnt wouldnt hasnt havent hadnt
  aint im ive youre youve theyre theyve were weve hes shes thats theres whats us
  amp rt lol omg wow oh please thank thanks people someone something anyone anything everyone
  everything know knew known see seen look looking want wanted need needs make makes made`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
