import { visibleText } from './dom-find';

/**
 * DOM readers for AWS Organizations' "AWS accounts" page. The page is a tree table of the
 * organization (root, OUs, accounts) whose markup and wording change between console versions, so
 * accounts are found by value shape: a row holding exactly one 12-digit account ID (shown with or
 * without dashes) is an account, and its name is the first text in the row that is not the ID, an
 * email address, a date or a badge. OU and root rows carry no account ID and are passed over.
 */

export interface OrganizationAccountRow {
  accountId: string;
  /** As the organization names it, e.g. "Production". */
  name?: string;
  /** The row carries the "management account" badge. */
  management: boolean;
}

type Root = Document | Element;

const accountIdPattern = /(?<![\d-])(\d{4})-?(\d{4})-?(\d{4})(?![\d-])/g;
const emailPattern = /\S+@\S+\.\S+/;
const datePattern = /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/;
// The badge beside the management account, in the console's main languages.
const managementBadgePattern = /management account|verwaltungskonto|compte de gestion|cuenta de administración|管理アカウント|conta de gerenciamento/i;
// Status words and column furniture that are never an account's name.
const notANamePattern = /^(?:active|suspended|pending closure|closed|joined|invited|created|[|·•,-])$/i;

/** The 12-digit IDs in a text, dashes removed, each once. */
export function accountIdsIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(accountIdPattern), (match) => `${match[1]}${match[2]}${match[3]}`))];
}

/** Rows of tables and grids, innermost first when grids nest (a row never holds another row's text twice). */
export const tableRows = (root: Root): Element[] =>
  Array.from(root.querySelectorAll('tr, [role="row"]')).filter((row) => !row.querySelector('tr, [role="row"]'));

/** Texts of the row's leaves (elements without element children that show text), in document order. */
function leafTexts(row: Element): string[] {
  const texts: string[] = [];
  for (const element of Array.from(row.querySelectorAll('*'))) {
    if (element.children.length > 0 || ['SCRIPT', 'STYLE', 'INPUT', 'BUTTON', 'svg'].includes(element.tagName)) continue;
    const text = visibleText(element);
    if (text) texts.push(text);
  }
  return texts;
}

const looksLikeName = (text: string) =>
  text.length <= 128 &&
  accountIdsIn(text).length === 0 &&
  !emailPattern.test(text) &&
  !datePattern.test(text) &&
  !managementBadgePattern.test(text) &&
  !notANamePattern.test(text) &&
  /[\p{L}\p{N}]/u.test(text);

/** Every account the page lists, once each, in page order. */
export function readOrganizationAccounts(root: Root): OrganizationAccountRow[] {
  const accounts = new Map<string, OrganizationAccountRow>();
  for (const row of tableRows(root)) {
    const text = visibleText(row);
    const ids = accountIdsIn(text);
    // No ID: an OU, the root or a header. Several: not one account's row (a summary line).
    if (ids.length !== 1) continue;
    const accountId = ids[0]!;
    if (accounts.has(accountId)) continue;
    const name = leafTexts(row).find(looksLikeName);
    accounts.set(accountId, { accountId, ...(name === undefined ? {} : { name }), management: managementBadgePattern.test(text) });
  }
  return [...accounts.values()];
}
