// A proposition's live links folded into what its status history, listing row and source outcomes read,
// so that links added later fold in without the earlier ones being gone over again.

import type { PartialDate } from '../domain/document.js';
import type { SideMap } from '../link/actor-sides.js';
import { firstActorIn } from '../link/concept-spans.js';
import { compareDates } from '../link/partial-date.js';
import type { Claim, Link, Polarity } from '../link/proposition.js';
import { claimPositions } from './source-positions.js';
import {
  statusHistory,
  statusInputKey,
  type StatusChange,
  type StatusInput,
  type StatusOverride,
} from './status-history.js';
import { standOutcome, type Resolution, type SourceKind, type SourceOutcome } from './track-records.js';

/**
 * Where a link stands among the proposition's links: by its claim's date (undated last), then in the
 * order the links were added. Every query orders the links so.
 */
interface Rank {
  on: PartialDate | null;
  seq: number;
}

interface FoldedInput {
  /** The first link that gave it. */
  rank: Rank;
  input: StatusInput;
  contradiction: boolean;
}

interface FoldedStand {
  kind: SourceKind;
  source: string;
  /** Its first and latest position, and which of its link's positions the first was. */
  first: { rank: Rank; polarity: Polarity; index: number };
  last: { rank: Rank; polarity: Polarity };
  firstSupportOn: PartialDate | null;
}

/** The speaker's origin, or the first actor its words name (each distinct speaker text read once). */
export type OriginOf = (claim: Claim) => string | null;

/** `sides`' origin of a claim's speaker, else the first actor named in the speaker's words. */
export function speakerOrigins(sides: SideMap): OriginOf {
  const named = new Map<string, string | null>();
  return (claim) => {
    const origin = sides.origin(claim.speaker.actor);
    if (origin !== null) return origin;
    let found = named.get(claim.speaker.text);
    if (found === undefined) {
      found = firstActorIn(claim.speaker.text);
      named.set(claim.speaker.text, found);
    }
    return found;
  };
}

/**
 * The live links of one proposition, added one by one in the order they are held (any order; the digest
 * orders them by claim date itself). Memory grows with the distinct status inputs and sources, not with
 * the links. What it answers equals what `assess` derives from the same links.
 */
export class PropositionDigest {
  supports = 0;
  disputes = 0;
  private added = 0;
  private firstSupport: Rank | null = null;
  private readonly inputs = new Map<string, FoldedInput>();
  private readonly stands = new Map<string, FoldedStand>();

  constructor(
    readonly propositionId: string,
    private readonly sides: SideMap,
    private readonly originOf: OriginOf,
  ) {}

  /** The earliest day a supporting claim was made (undated only when none is dated), or null. */
  get firstSupportedOn(): PartialDate | null {
    return this.firstSupport?.on ?? null;
  }

  /** Folds in one live link (not rejected, of a live proposition) and its claim. */
  add(link: Link, claim: Claim): void {
    const rank: Rank = { on: claim.on, seq: this.added };
    this.added += 1;
    if (link.polarity === 'supports') {
      this.supports += 1;
      if (this.firstSupport === null || compareRanks(rank, this.firstSupport) < 0) this.firstSupport = rank;
    } else {
      this.disputes += 1;
    }
    this.addInput(link, claim, rank);
    claimPositions(this.propositionId, link, claim, this.sides).forEach((p, index) => {
      const key = `${p.kind}\u0000${p.source}`;
      const supportOn = p.polarity === 'supports' ? p.on : null;
      const stand = this.stands.get(key);
      if (!stand) {
        this.stands.set(key, {
          kind: p.kind,
          source: p.source,
          first: { rank, polarity: p.polarity, index },
          last: { rank, polarity: p.polarity },
          firstSupportOn: supportOn,
        });
        return;
      }
      if (compareRanks(rank, stand.first.rank) < 0) stand.first = { rank, polarity: p.polarity, index };
      if (compareRanks(rank, stand.last.rank) > 0) stand.last = { rank, polarity: p.polarity };
      if (
        supportOn !== null &&
        (stand.firstSupportOn === null || compareDates(supportOn, stand.firstSupportOn) < 0)
      )
        stand.firstSupportOn = supportOn;
    });
  }

  /** The status history, the proposition being about `party` (null: its first supporter's origin). */
  statusHistory(party: string | null, overrides: readonly StatusOverride[]): StatusChange[] {
    const firstSupport = this.firstSupportedOn;
    const inputs = [...this.inputs.values()]
      .sort((a, b) => compareRanks(a.rank, b.rank))
      .map(({ input, contradiction }) =>
        // A contradiction ("our units still hold positions") disputes a claim only once it is made.
        contradiction && firstSupport !== null && compareDates(input.on, firstSupport) < 0
          ? { ...input, on: firstSupport }
          : input,
      );
    return statusHistory(
      inputs,
      { origin: party, side: party === null ? 'unknown' : this.sides.side(party) },
      overrides,
    );
  }

  /** Each source's outcome, in the order of its first position. */
  outcomes(resolution: Resolution): SourceOutcome[] {
    return [...this.stands.values()]
      .sort((a, b) => compareRanks(a.first.rank, b.first.rank) || a.first.index - b.first.index)
      .map((s) =>
        standOutcome(
          {
            kind: s.kind,
            source: s.source,
            propositionId: this.propositionId,
            first: s.first.polarity,
            last: s.last.polarity,
            firstSupportOn: s.firstSupportOn,
          },
          resolution,
        ),
      );
  }

  private addInput(link: Link, claim: Claim, rank: Rank): void {
    const on = claim.on ?? claim.knownOn;
    if (on === null) return;
    const origin = this.originOf(claim);
    const input: StatusInput = {
      on,
      polarity: link.polarity,
      origin,
      side: origin === null ? 'unknown' : this.sides.side(origin),
      name: claim.speaker.actor ?? (claim.speaker.text || 'unknown'),
      evidenceKind: claim.evidenceKind,
      what: claim.text,
    };
    // Inputs the rules cannot tell apart count once (see `statusHistory`), at their first place.
    const contradiction = link.basis === 'contradiction';
    const key = `${contradiction ? 'c' : '-'}${statusInputKey(input)}`;
    const folded = this.inputs.get(key);
    if (!folded) this.inputs.set(key, { rank, input, contradiction });
    else if (compareRanks(rank, folded.rank) < 0) folded.rank = rank;
  }
}

function compareRanks(a: Rank, b: Rank): number {
  return compareDates(a.on, b.on) || a.seq - b.seq;
}
