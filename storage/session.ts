import { z } from 'zod';
import { pageIds, type PageId } from '@/lib/console/pages';
import { valueSchemas, type ValueKind } from '@/lib/values';
import { defineStored } from './define';

/*
 * What the background and the side panel share for this browser session. `storage.session` is
 * memory only and content scripts can't read it, which is why secrets may live here and nowhere else.
 */

const parsed =
  <T>(schema: z.ZodType<T>) =>
  (raw: unknown): T | undefined => {
    const result = schema.safeParse(raw);
    return result.success ? result.data : undefined;
  };

const pageIdSchema = z.enum(pageIds as [PageId, ...PageId[]]);

export const activePageSchema = z.object({
  tabId: z.number(),
  page: pageIdSchema,
  title: z.string(),
  url: z.string(),
  /** What the page is about: bucketName, roleName, userName, exportName … */
  names: z.record(z.string(), z.string()),
  accountId: z.string().optional(),
  at: z.string(),
});
/** Where the person is, per the last console page a content script reported: for "You are on: …". */
export type ActivePage = z.infer<typeof activePageSchema>;
export const activePageItem = defineStored<ActivePage | null>('session:activePage', parsed(activePageSchema), null);

export const pageProblemSchema = z.object({ page: pageIdSchema, message: z.string(), at: z.string() });
/** A recognised console page that didn't look as expected: the side panel shows it, the step stays open. */
export type PageProblem = z.infer<typeof pageProblemSchema>;
export const pageProblemItem = defineStored<PageProblem | null>('session:pageProblem', parsed(pageProblemSchema), null);

/** The value a console button asked the side panel to open at (it lacked it). */
export const focusFieldItem = defineStored<ValueKind | null>('session:focusField', parsed(z.enum(Object.keys(valueSchemas) as [ValueKind, ...ValueKind[]])), null);

/** Secret access keys typed for the hand-off, by account ID: session memory only, never local or sync. */
export const handOffSecretsItem = defineStored<Record<string, string>>(
  'session:handOffSecrets',
  // One bad entry costs only that entry.
  (raw) => (typeof raw === 'object' && raw !== null ? Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : undefined),
  {},
);

/** Drops the secret typed for one account (connected, or removed from the list); the item goes when none is left. */
export async function forgetHandOffSecret(accountId: string): Promise<void> {
  const { [accountId]: gone, ...others } = await handOffSecretsItem.get();
  if (gone === undefined) return;
  await (Object.keys(others).length === 0 ? handOffSecretsItem.item.removeValue() : handOffSecretsItem.item.setValue(others));
}

/** The member account "Fill next member account" filled last: the list moves on from there. */
export const memberCursorItem = defineStored<string | null>('session:portalMemberCursor', parsed(z.string()), null);

/** The account the portal's own fill button filled last: the one a success message then confirms. */
export const lastFilledItem = defineStored<string | null>('session:portalLastFilled', parsed(z.string()), null);
