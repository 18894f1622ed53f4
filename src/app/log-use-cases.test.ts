// The log's use cases over a real store (every dialect): decisions as leaves, one key per log, tiles kept in step.

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/support/databases.js';
import { parseCheckpoint } from '../log/checkpoint.js';
import { parseNote } from '../log/signed-note.js';
import { verifyTlogProof } from '../log/tlog-proof.js';
import { PgStore } from '../store/pg-store.js';
import { readConfig } from './config.js';
import { createLog } from './open-log.js';

const decision = {
  action: 'status.set',
  subject: 'prop-1',
  by: 'analyst',
  reason: 'both governments admitted it',
  decidedAt: '2025-04-28T08:00:00Z',
  details: { status: 'confirmed' },
};

for (const dialect of testDialects()) {
  describe(`the log's use cases on ${dialect}`, () => {
    let test: TestDatabase;
    let home: string;
    beforeEach(async () => {
      [test, home] = await Promise.all([
        createTestDatabase(dialect),
        mkdtemp(join(tmpdir(), 'claimlog-log-home-')),
      ]);
    });
    afterEach(async () => {
      await test.drop();
    });

    const logFor = (env: Record<string, string> = {}) =>
      createLog(readConfig({ CLAIMLOG_HOME: home, ...env }), new PgStore(test.db));

    it('logs a decision as a leaf with a signed checkpoint, provable offline, and publishes the tiles', async () => {
      const log = logFor({ CLAIMLOG_LOG_ORIGIN: 'example.org/desk' });
      const first = await log.recordDecision('d1', decision);
      const second = await log.recordDecision('d2', { ...decision, subject: 'prop-2', reason: null });
      expect([first.logIndex, second.logIndex]).toEqual([0, 1]);
      expect(parseCheckpoint(parseNote(second.checkpoint).text)).toMatchObject({
        origin: 'example.org/desk',
        size: 2,
      });
      const leaf = await log.leaf(0);
      expect(leaf).toMatchObject({ kind: 'decision', ref: 'd1' });
      expect(JSON.parse(new TextDecoder().decode(leaf.data))).toMatchObject({
        type: 'claimlog.decision/v1',
        action: 'status.set',
      });
      const { proof } = await log.prove('0');
      const { verifierKey } = await log.verifierKey();
      expect(verifyTlogProof(proof, leaf.data, { logKey: verifierKey })).toMatchObject({
        ok: true,
        index: 0,
      });
      expect(await readFile(join(home, 'log', 'checkpoint'), 'utf8')).toBe(second.checkpoint);
      const check = await log.consistency(first.checkpoint, second.checkpoint);
      expect(check.verification).toEqual({ ok: true });
      expect((await log.audit()).problems).toEqual([]);
    });

    it('refuses to sign for a log whose checkpoints another key signed', async () => {
      await logFor().recordDecision('d1', decision);
      const intruder = logFor({ CLAIMLOG_LOG_KEY_FILE: join(home, 'other.key') });
      await expect(intruder.recordDecision('d2', decision)).rejects.toThrow(
        /was not signed by this claimlog's key .*Point CLAIMLOG_LOG_KEY_FILE at the log's key file/,
      );
      expect(await new PgStore(test.db).log.storage.treeSize()).toBe(1);
    });

    it('keeps the origin a key was made for', async () => {
      await logFor({ CLAIMLOG_LOG_ORIGIN: 'example.org/desk' }).verifierKey();
      await expect(logFor({ CLAIMLOG_LOG_ORIGIN: 'example.org/other' }).verifierKey()).rejects.toThrow(
        /was made for origin example\.org\/desk/,
      );
      expect((await logFor().verifierKey()).origin).toBe('example.org/desk');
    });

    it('rebuilds a tiles folder that went missing or belongs to another log', async () => {
      const log = logFor();
      await log.recordDecision('d1', decision);
      const { rm } = await import('node:fs/promises');
      await rm(join(home, 'log'), { recursive: true });
      expect(await log.publishTiles()).toMatchObject({ size: 1, rebuilt: true });
      expect(await log.publishTiles()).toMatchObject({ size: 1, written: 0 });
      const file = await log.publicFile('tile/entries/000.p/1');
      expect(file.immutable).toBe(true);
      await expect(log.publicFile('tile/0/000')).rejects.toMatchObject({ code: 'NotFound' });
    });
  });
}
