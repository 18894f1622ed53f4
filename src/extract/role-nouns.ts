// Role nouns: the common nouns that stand before a name as its title ("spokesman Dmitry Peskov",
// "campaign manager Robby Mook"), as opposed to a noun a new clause's subject happens to follow ("the
// first captures Kyiv has announced", "for months Moscow denied").

/** Titles, offices, trades and relations written before a person's name. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson spokespeople spokesmen minister ministers secretary president
  vice-president leader leaders chief chiefs general commander official officials lawmaker lawmakers
  legislator analyst analysts ambassador envoy adviser advisor advisers advisors director head chairman
  chairwoman chair senator senators governor representative deputy correspondent editor professor
  economist economists researcher researchers expert experts aide aides officer colonel lieutenant
  sergeant captain admiral marshal mayor judge justice attorney lawyer counsel prosecutor investigator
  inspector administrator commissioner coordinator executive ceo founder co-founder candidate
  candidates nominee nominees member members king queen prince premier chancellor manager managers
  strategist pollster consultant activist activists commentator columnist host anchor moderator
  reporter journalist author writer historian scientist blogger organizer congressman congresswoman
  councilman councilwoman assemblyman speaker whip delegate mate running-mate surrogate pastor bishop
  priest imam rabbi cardinal pope coach owner partner colleague friend wife husband widow son daughter
  father mother brother sister veteran soldier student teacher voter supporter supporters critic
  critics opponent rival ally challenger incumbent hopeful witness victim doctor physician surgeon
  lady gentleman businessman businesswoman billionaire mogul tycoon actor actress singer star
  comedian rapper entrepreneur investor banker diplomat diplomats negotiator monitor monitors
  prisoner prisoners defector defectors staffer staffers chairperson premier-elect president-elect
  figure fellow`.split(/\s+/),
);
