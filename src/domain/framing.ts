// Framing: loaded language and propaganda-technique spans, tied to who used them.

export type Technique =
  | 'loaded language'
  | 'name calling / labeling'
  | 'flag-waving'
  | 'exaggeration / minimisation'
  | 'doubt'
  | 'appeal to fear'
  | 'causal oversimplification'
  | 'slogans'
  | 'whataboutism / straw man / red herring'
  | 'thought-terminating cliché'
  | 'black-and-white fallacy'
  | 'appeal to authority'
  | 'bandwagon'
  | 'repetition'
  | 'euphemism'
  | 'dismissal';

export interface FramingSpan {
  text: string;
  start: number;
  end: number;
  technique: Technique;
  /** Actor id (or speaker text when unresolved) whose words these are; the outlet when outside any attribution. */
  speaker: string | null;
  /** Set when the reporter puts the phrase in scare quotes: distance, not the speaker's framing. */
  scareQuotes?: boolean;
}
