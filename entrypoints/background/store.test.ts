import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProgressAction } from '@/lib/onboarding/progress';
import { progressCopiesItem, progressItem } from '@/storage/progress';
import { readProgress, restoreProgressCopy, updateProgress } from './store';

const accountId = '111122223333';
const added = (at: string, id = accountId): ProgressAction => ({
  type: 'account-added',
  accountId: id,
  setup: { platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' },
  at,
});
const everything = () => fakeBrowser.storage.local.get(null);

describe('progress store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never writes when it reads, whatever storage holds', async () => {
    for (const raw of ['{"version": 1, "accounts": {', { version: 1, accounts: { 'not-an-account': { x: 1 } } }, { version: 7, accounts: { [accountId]: { fromTheFuture: true } } }]) {
      await fakeBrowser.storage.local.clear();
      await progressItem.setValue(raw);
      const before = structuredClone(await everything());
      await readProgress();
      expect(await everything()).toEqual(before);
    }
  });

  it('leaves progress made by a newer version exactly as it is, refusing every change with a reason', async () => {
    const newer = { version: 2, accounts: { [accountId]: { fromTheFuture: true } } };
    await progressItem.setValue(newer);
    await expect(updateProgress([added('2026-01-01T10:00:00.000Z', '444455556666')])).rejects.toThrow(/made by a newer version/);
    expect(await progressItem.getValue()).toEqual(newer);
    expect(await progressCopiesItem.get()).toEqual([]);
  });

  it('keeps a dated copy of unreadable progress, whole, before the first change writes over it, one per time', async () => {
    const first = { version: 1, accounts: { 'not-an-account': { typed: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } } };
    await progressItem.setValue(first);
    await updateProgress([added('2026-01-01T10:00:00.000Z')]);
    const second = '{"version": 1, "accounts": {';
    await progressItem.setValue(second);
    await updateProgress([added('2026-01-02T10:00:00.000Z')]);

    const copies = await progressCopiesItem.get();
    expect(copies).toHaveLength(2);
    expect(copies[0]).toMatchObject({ text: JSON.stringify(first), reason: expect.stringMatching(/isn't for a 12-digit AWS account ID/) });
    expect(copies[1]).toMatchObject({ text: second, reason: expect.stringMatching(/isn't JSON/) });
    for (const copy of copies) expect(Date.parse(copy.at)).not.toBeNaN();
    expect(Object.keys((await readProgress()).accounts)).toEqual([accountId]);
  });

  it('restores a copy, keeping what it replaces as another copy', async () => {
    const older = { version: 1, accounts: { '444455556666': 'broken' } };
    await progressItem.setValue(older);
    await updateProgress([added('2026-01-01T10:00:00.000Z')]);
    const [copy] = await progressCopiesItem.get();
    const current = await progressItem.getValue();

    await restoreProgressCopy(copy!.at);
    expect(await progressItem.getValue()).toEqual(older);
    const copies = await progressCopiesItem.get();
    expect(copies.map((entry) => entry.text)).toEqual([JSON.stringify(older), JSON.stringify(current)]);
    await expect(restoreProgressCopy('1999-01-01T00:00:00.000Z')).rejects.toThrow(/no copy/i);
  });
});
