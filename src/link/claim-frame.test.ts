import { describe, expect, it } from 'vitest';
import { readContent } from './claim-frame.js';

/** The frames of a content as `predicate(party,place)`, `!` for negated, `^` for entailed. */
function frames(text: string, speaker: string | null = null, contextPlaces: string[] = []): string[] {
  return readContent(text, 0, { speaker, contextPlaces }).frames.map(
    (f) =>
      `${f.predicate}(${f.party ?? '-'},${f.place ?? '-'})${f.negated ? '!' : ''}${f.entailed ? '^' : ''}`,
  );
}

describe('readContent: what a claim is about', () => {
  it('reads a deployment from troops and their owner, whatever the verb', () => {
    expect(frames('Pyongyang has shipped some 3,000 soldiers to the Russian Far East')).toEqual([
      'deploy(kp,-)',
    ]);
    expect(frames('several thousand North Korean troops are already in the Kursk region')).toEqual([
      'deploy(kp,-)',
    ]);
    expect(frames('the Korean People’s Army servicemen took part in the operation')).toContain(
      'deploy(kp,-)',
    );
  });

  it('tells a withdrawal and a return to the front from a deployment, and keeps the place', () => {
    expect(frames('North Korean units were pulled back from the Kursk front')).toEqual([
      'withdraw(kp,kursk)',
      'deploy(kp,-)^',
    ]);
    expect(frames('North Korean units were redeployed to the front line near Kursk')).toContain(
      'redeploy(kp,kursk)',
    );
  });

  it('tells a town from the region around it', () => {
    expect(frames('Russian forces liberated the town of Sudzha in the Kursk region')).toEqual([
      'control(ru,sudzha)',
    ]);
    expect(frames('the whole Kursk region has been liberated from Ukrainian units')).toEqual([
      'control(-,kursk)',
    ]);
  });

  it('reads "the region" as the place named just before the content', () => {
    expect(frames('complete control of the region', 'ru', ['belgorod', 'kursk'])).toEqual([
      'control(-,kursk)',
    ]);
  });

  it('resolves "we", "it" and "they" to the speaker when the content names no one before them', () => {
    expect(frames('they are fighting in the Russian war', 'kp')).toEqual(['deploy(kp,-)']);
    expect(frames('our soldiers took two North Korean soldiers prisoner', 'ua')).toContain('capture(kp,-)');
  });

  it('does not take the helped party or an object of a preposition for the one who sent troops', () => {
    expect(frames('it had sent soldiers to help Moscow fight', 'kp')).toEqual(['deploy(kp,-)']);
    expect(frames('Moscow intends to use the soldiers against Ukrainian units in Kursk', 'us')).toEqual([]);
  });

  it('marks a negated claim, and says nothing for a condition or a non-confirmation', () => {
    expect(frames('no North Korean soldiers are in Russia', 'kp')).toEqual(['deploy(kp,-)!']);
    const conditional = readContent('if such troops exist at all, it would be lawful', 0, { speaker: 'kp' });
    expect(conditional).toMatchObject({ neutral: 'conditional', frames: [] });
    const unconfirmed = readContent('Moscow has not confirmed the deployment', 0, { speaker: null });
    expect(unconfirmed.neutral).toBe('unconfirmed');
  });

  it('recognises a denial that names no claim of its own', () => {
    expect(readContent('the reports as baseless rumours', 0, { speaker: 'kp' }).referential).toBe(true);
    expect(readContent('a claim Pyongyang brushed off as a smear', 0, { speaker: 'kp' }).referential).toBe(
      true,
    );
  });

  it('reads a priority claim: who claims to be first, and at what', () => {
    const reading = readContent('our service was the first to publish video of North Korean troops', 0, {
      speaker: 'ua',
    });
    const priority = reading.frames[0];
    expect(priority?.predicate).toBe('priority');
    expect(priority?.claimant).toBe('ua');
    expect(priority?.claimed).toMatchObject({ predicate: 'footage', party: 'kp' });
  });

  it('implies deployment from captures, casualties and praise of the troops', () => {
    expect(frames('dozens of North Korean soldiers were killed near the border')).toEqual([
      'casualties(kp,-)',
      'deploy(kp,-)^',
    ]);
    expect(frames('the leader praised the soldiers for their heroism', 'kp')).toContain('deploy(kp,-)^');
  });
});
