// Actors: who speaks or is spoken of, with a canonical id and the names they go by.

export type ActorKind =
  | 'state'
  | 'government'
  | 'military'
  | 'intelligence'
  | 'ministry'
  | 'person'
  | 'organization'
  | 'group'
  | 'media'
  | 'account';

export interface Actor {
  /** Stable canonical id, e.g. `kp`, `kr-nis`, `ua-spravdi`. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** The actor this one belongs to (a ministry to its state), if any. */
  partOf: string | null;
}
