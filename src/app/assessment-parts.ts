// What assessment needs of the world, built once per process: sides, display names, outlet ids, the clock.

import type { DocumentInput } from '../domain/document.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { createSideMap, type SideMap } from '../link/actor-sides.js';

export interface AssessmentParts {
  sides: SideMap;
  /** Display names by actor id. */
  names: Readonly<Record<string, string>>;
  /** A document's outlet as an actor id when the gazetteer knows it (a post: its author), else its name. */
  outletOf(document: Pick<DocumentInput, 'outlet' | 'author' | 'kind'>): string | null;
  clock: () => Date;
}

/** Parts from the gazetteer: an actor's origin follows its `partOf` chain; names and aliases resolve outlets. */
export function createAssessmentParts(gazetteer: Gazetteer, clock: () => Date): AssessmentParts {
  const actors = [...gazetteer.actors.values()];
  const names: Record<string, string> = {};
  const byName = new Map<string, string>();
  for (const actor of actors) {
    names[actor.id] = actor.name;
    for (const name of [actor.id, actor.name, ...actor.aliases]) byName.set(name.toLowerCase(), actor.id);
  }
  const resolve = (name: string | null): string | null =>
    name === null ? null : (byName.get(name.trim().toLowerCase()) ?? name);
  return {
    sides: createSideMap({ actors }),
    names,
    outletOf: (document) =>
      resolve(document.outlet) ?? (document.kind === 'post' ? resolve(document.author) : null),
    clock,
  };
}
