import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { findActorMentions } from './actor-mentions.js';
import { buildGazetteer } from './gazetteer.js';

describe('buildGazetteer', () => {
  it('knows the states, services, leaders, media and stratcom accounts of the context', () => {
    const { actors } = buildGazetteer();
    for (const id of [
      'kp',
      'ru',
      'ua',
      'kr',
      'us',
      'kp-kim-jong-un',
      'kr-nis',
      'ua-gur',
      'ua-sbu',
      'ua-spravdi',
    ]) {
      expect(actors.has(id), id).toBe(true);
    }
    expect(actors.get('kr-nis')?.partOf).toBe('kr');
  });

  it('merges a user file: new actors are added, known ones gain aliases', () => {
    const gazetteer = buildGazetteer(
      {
        actors: [
          {
            id: 'ua-ccd',
            name: 'Centre for Countering Disinformation',
            kind: 'account',
            aliases: ['ЦПД'],
            partOf: 'ua',
          },
          { id: 'ua-azov', name: 'Azov Brigade', kind: 'military', aliases: ['Azov'], partOf: 'ua' },
        ],
      },
      'my-actors.json',
    );
    expect(gazetteer.actors.get('ua-azov')?.name).toBe('Azov Brigade');
    expect(gazetteer.actors.get('ua-ccd')?.aliases).toContain('CCD');
    expect(gazetteer.actors.get('ua-ccd')?.aliases).toContain('ЦПД');
    expect(findActorMentions('The Azov unit posted it.', gazetteer).map((m) => m.actor)).toEqual(['ua-azov']);
  });

  it('matches a user alias that starts in lower case, and otherwise only capitalized names', () => {
    const gazetteer = buildGazetteer([
      { id: 'x-brigade', name: 'The Brigade', kind: 'military', aliases: ['brigade-47'] },
    ]);
    expect(findActorMentions('Then brigade-47 and russia moved.', gazetteer).map((m) => m.actor)).toEqual([
      'x-brigade',
      'ru',
    ]);
    expect(findActorMentions('then russia moved.', buildGazetteer())).toEqual([]);
  });

  it('rejects a malformed entry with a message naming the file and the entry', () => {
    const bad = [
      { id: 'x-one', name: 'One', kind: 'state' },
      { id: 'x-two', name: 'Two', kind: 'planet' },
    ];
    expect(() => buildGazetteer(bad, 'my-actors.json')).toThrow(InvalidInput);
    expect(() => buildGazetteer(bad, 'my-actors.json')).toThrow(
      /^my-actors\.json: actor entry 2 \("x-two"\): field "kind"/,
    );
  });

  it('rejects repeated ids, unknown parents and a file that is not a list', () => {
    const twice = [
      { id: 'x-one', name: 'One', kind: 'group' },
      { id: 'x-one', name: 'Again', kind: 'group' },
    ];
    expect(() => buildGazetteer(twice, 'a.json')).toThrow(
      /actor entry 2 \("x-one"\): the id "x-one" appears twice/,
    );
    expect(() =>
      buildGazetteer([{ id: 'x-a', name: 'A', kind: 'group', partOf: 'nowhere' }], 'a.json'),
    ).toThrow(/expected "partOf" to name a known actor id, found "nowhere"/);
    expect(() => buildGazetteer('actors', 'a.json')).toThrow(/a\.json: expected an array of actor entries/);
  });
});

describe('findActorMentions', () => {
  const gazetteer = buildGazetteer();
  const actorsIn = (text: string) => findActorMentions(text, gazetteer).map((m) => [m.text, m.actor]);

  it('takes the longest alias and resolves capitals to their state', () => {
    expect(actorsIn('The U.S. State Department urged Pyongyang to stop.')).toEqual([
      ['U.S. State Department', 'us-state-dept'],
      ['Pyongyang', 'kp'],
    ]);
    expect(actorsIn('Ukraine’s General Staff and South Korean intelligence disagreed.')).toEqual([
      ['Ukraine’s General Staff', 'ua-general-staff'],
      ['South Korean intelligence', 'kr-nis'],
    ]);
  });

  it('matches acronyms only as written and never inside words', () => {
    expect(actorsIn('AP and the NIS said; the map is not AP-proof, nor is nis or Russians-only.')).toEqual([
      ['AP', 'us-ap'],
      ['NIS', 'kr-nis'],
      ['AP', 'us-ap'],
      ['Russians', 'ru'],
    ]);
    expect(actorsIn('Sapyongyang and @StratcomCentre')).toEqual([['@StratcomCentre', 'ua-spravdi']]);
  });
});
