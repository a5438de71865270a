import { z } from 'zod';
import { pageIds, pageTitle, type PageId } from '../../lib/console/pages';
import { valueSchemas, type ValueKind } from '../../lib/values';
import { activePageKey, focusFieldKey, pageProblemKey } from './storage-keys';
import { useStoredValue } from './useStoredValue';

// The background writes `names` (bucketName, roleName …); top-level names are accepted as well.
const activePageSchema = z.object({
  tabId: z.number(),
  page: z.enum(pageIds as [PageId, ...PageId[]]),
  url: z.string(),
  title: z.string().optional(),
  accountId: z.string().optional(),
  names: z.record(z.string(), z.string()).optional(),
  bucketName: z.string().optional(),
  roleName: z.string().optional(),
  userName: z.string().optional(),
  exportName: z.string().optional(),
});

export type ActivePage = z.infer<typeof activePageSchema>;

/** "Edit bucket policy — billing-export-111122223333": the page's console name and what it is about. */
export const activePageLabel = (active: ActivePage): string => {
  const subject = (['bucketName', 'roleName', 'userName', 'exportName'] as const).map((name) => active.names?.[name] ?? active[name]).find(Boolean);
  return subject ? `${pageTitle(active.page)} — ${subject}` : pageTitle(active.page);
};

const readActivePage = (raw: unknown): ActivePage | null => {
  const parsed = activePageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** The console page the person has open, as the background recorded it; null when none is. */
export const useActivePage = (): ActivePage | null => useStoredValue(activePageKey, readActivePage) ?? null;

const pageProblemSchema = z.object({ page: z.enum(pageIds as [PageId, ...PageId[]]), message: z.string() });
export type PageProblem = z.infer<typeof pageProblemSchema>;

const readPageProblem = (raw: unknown): PageProblem | null => {
  const parsed = pageProblemSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** A recognised page that didn't look as expected, reported by the content script. */
export const usePageProblem = (): PageProblem | null => useStoredValue(pageProblemKey, readPageProblem) ?? null;

const readFocusField = (raw: unknown): ValueKind | null => (typeof raw === 'string' && raw in valueSchemas ? (raw as ValueKind) : null);

/** The value a console button asked the side panel to open at (it lacked it), if any. */
export const useRequestedField = (): ValueKind | null => useStoredValue(focusFieldKey, readFocusField) ?? null;
