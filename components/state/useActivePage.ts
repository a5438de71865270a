import { pageTitle } from '../../lib/console/pages';
import type { ValueKind } from '../../lib/values';
import { activePageItem, focusFieldItem, pageProblemItem, type ActivePage, type PageProblem } from '@/storage/session';
import { useStoredValue } from './useStoredValue';

/** "Edit bucket policy — billing-export-111122223333": the page's console name and what it is about. */
export const activePageLabel = (active: ActivePage): string => {
  const subject = (['bucketName', 'roleName', 'userName', 'exportName'] as const).map((name) => active.names[name]).find(Boolean);
  return subject ? `${pageTitle(active.page)} — ${subject}` : pageTitle(active.page);
};

/** The console page the person has open, as the background recorded it; null when none is. */
export const useActivePage = (): ActivePage | null => useStoredValue(activePageItem) ?? null;

/** A recognised page that didn't look as expected, reported by the content script. */
export const usePageProblem = (): PageProblem | null => useStoredValue(pageProblemItem) ?? null;

/** The value a console button asked the side panel to open at (it lacked it), if any. */
export const useRequestedField = (): ValueKind | null => useStoredValue(focusFieldItem) ?? null;
