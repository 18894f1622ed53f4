// A side saying it still holds positions in a place disputes another side's claim to control that place.

import type { SideMap } from './actor-sides.js';
import { placeRegion } from './concept-lexicon.js';
import type { HoldRecord } from './linker-state.js';
import { addDays, compareDates, periodStart } from './partial-date.js';
import type { IndexedProposition } from './proposition-index.js';
import type { PropositionRegistry } from './proposition-registry.js';
import type { Claim } from './proposition.js';

/**
 * Keeps every "we still hold positions in X" claim by place, and links it as a dispute to each control
 * proposition about X (or its region) that another side asserts, from the day before that control was
 * first claimed. Works in either order: a hold claim checks the control propositions already known, and
 * a control proposition whose first support arrives or moves earlier checks the holds already known.
 */
export class ControlContradictions {
  private readonly byPlace = new Map<string, HoldRecord[]>();

  constructor(
    private readonly registry: PropositionRegistry,
    private readonly sides: SideMap,
  ) {}

  /** Restores holds read before (they are not recorded again). */
  restore(holds: readonly HoldRecord[]): void {
    for (const hold of holds) this.index(hold);
  }

  /** A new hold claim: remembered, and checked against the control propositions about its places. */
  addHold(claim: Claim, origin: string | null, places: readonly string[], documentId: string): void {
    const all = new Set(places);
    for (const place of places) {
      const region = placeRegion(place);
      if (region !== null) all.add(region);
    }
    const hold: HoldRecord = { claimId: claim.id, documentId, origin, places: [...all], on: claim.on };
    this.index(hold);
    this.registry.addHold(hold);
    for (const place of hold.places) {
      for (const entry of this.registry.index.atPlace('control', place)) this.check(hold, entry);
    }
  }

  /** A control proposition gained its earliest support: check the holds of its place. */
  controlSupported(entry: IndexedProposition): void {
    const place = entry.proposition.place;
    if (entry.proposition.predicate !== 'control' || place === null) return;
    for (const hold of this.byPlace.get(place) ?? []) this.check(hold, entry);
  }

  private check(hold: HoldRecord, entry: IndexedProposition): void {
    const target = this.registry.index.live(entry);
    if (target === null) return;
    const side = this.sides.side(hold.origin);
    const controller = entry.proposition.party ?? this.registry.foundingOf(entry.proposition.id).origin;
    if (controller === null || side === 'unknown' || this.sides.side(controller) === side) return;
    const first = entry.firstSupportOn;
    if (first === null || hold.on === null) return;
    if (compareDates(hold.on, dayBefore(first)) < 0) return;
    this.registry.addLink(holdClaim(hold), target, 'disputes', 'contradiction', 0.6, hold.documentId);
  }

  private index(hold: HoldRecord): void {
    for (const place of hold.places) {
      const list = this.byPlace.get(place);
      if (list) list.push(hold);
      else this.byPlace.set(place, [hold]);
    }
  }
}

const DAYS_BEFORE = new Map<string, string>();

/** The day before the period `date` names starts (memoized: the same first days recur across holds). */
function dayBefore(date: string): string {
  let day = DAYS_BEFORE.get(date);
  if (day === undefined) {
    day = addDays(periodStart(date), -1);
    if (DAYS_BEFORE.size >= 100_000) DAYS_BEFORE.clear();
    DAYS_BEFORE.set(date, day);
  }
  return day;
}

/** The part of a claim linking reads: its id and date (the link is a dispute, so the date changes nothing). */
function holdClaim(hold: HoldRecord): Claim {
  return {
    id: hold.claimId,
    kind: 'statement',
    documentId: hold.documentId,
    logIndex: null,
    publishedAt: null,
    knownOn: null,
    on: hold.on,
    speaker: { text: '', actor: hold.origin },
    outlet: null,
    stance: null,
    evidenceKind: null,
    hedged: false,
    text: '',
    start: 0,
    end: 0,
    parent: null,
  };
}
