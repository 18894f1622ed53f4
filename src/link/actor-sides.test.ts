import { describe, expect, it } from 'vitest';
import { createSideMap } from './actor-sides.js';

describe('createSideMap', () => {
  const sides = createSideMap();

  it('finds an actor’s origin from its id, and a medium’s from its name', () => {
    expect(sides.origin('kr-nis')).toBe('kr');
    expect(sides.origin('kp-wpk-cmc')).toBe('kp');
    expect(sides.origin('Yonhap News Agency')).toBe('kr');
    expect(sides.origin('TASS')).toBe('ru');
    expect(sides.origin('Some Blog')).toBeNull();
  });

  it('puts allies on one side and leaves the unknown unknown', () => {
    expect(sides.side('ru-gerasimov')).toBe(sides.side('kp'));
    expect(sides.side('ua-spravdi')).toBe(sides.side('kr-nis'));
    expect(sides.side('ua')).not.toBe(sides.side('ru'));
    expect(sides.side(null)).toBe('unknown');
  });

  it('follows partOf chains of known actors and takes a user’s own blocs', () => {
    const custom = createSideMap({
      actors: [{ id: 'observer', name: 'Observer', kind: 'media', aliases: [], partOf: 'ch' }],
      sides: { ch: 'neutral' },
    });
    expect(custom.origin('observer')).toBe('ch');
    expect(custom.side('observer')).toBe('neutral');
  });
});
