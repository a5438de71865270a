/**
 * DOM readers for the account the console is signed in to. They take the page's `Document`
 * (and optionally its cookie string) so they stay testable without a browser.
 */

export type AccountIdSource = 'session-data' | 'cookie' | 'account-menu';

export interface ConsoleAccount {
  /** 12 digits, no dashes. */
  accountId: string;
  source: AccountIdSource;
}

/** `1234-5678-9012`, `123456789012` or `1234 5678 9012` → `123456789012`; anything else → undefined. */
function normaliseAccountId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = value.trim().replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : undefined;
}

function accountIdFromArn(arn: unknown): string | undefined {
  return typeof arn === 'string' ? /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/.exec(arn)?.[1] : undefined;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `<meta name="awsc-session-data" content='{"accountId":"…","sessionARN":"…"}'>` */
export function accountIdFromSessionData(doc: Document): string | undefined {
  const content = doc.querySelector('meta[name="awsc-session-data"]')?.getAttribute('content');
  const sessionData = content ? parseJsonObject(content) : undefined;
  return sessionData && (normaliseAccountId(sessionData.accountId) ?? accountIdFromArn(sessionData.sessionARN));
}

/** The `aws-userInfo` cookie: URL-encoded JSON whose `arn` names the signed-in identity. */
export function accountIdFromUserInfoCookie(cookie: string): string | undefined {
  for (const pair of cookie.split(';')) {
    const separator = pair.indexOf('=');
    if (pair.slice(0, separator).trim() !== 'aws-userInfo') continue;
    let value = pair.slice(separator + 1).trim();
    // Seen encoded once or twice; decode until it reads as JSON.
    for (let round = 0; round < 2 && !value.startsWith('{'); round++) {
      try {
        value = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
    return accountIdFromArn(parseJsonObject(value)?.arn);
  }
  return undefined;
}

/** The account menu's copy control, or the text around it, which shows `1234-5678-9012`. */
export function accountIdFromAccountMenu(doc: Document): string | undefined {
  const copyControl = doc.querySelector('[data-testid="awsc-copy-accountid"]');
  for (const element of [copyControl, copyControl?.parentElement]) {
    const shown = element?.textContent?.match(/\b\d{4}-\d{4}-\d{4}\b|\b\d{12}\b/)?.[0];
    const accountId = normaliseAccountId(shown);
    if (accountId) return accountId;
  }
  return undefined;
}

/**
 * The signed-in account, from the most reliable source present: session data, then the
 * `aws-userInfo` cookie, then the account menu.
 */
export function readConsoleAccount(doc: Document, cookie: string = doc.cookie): ConsoleAccount | undefined {
  const readers: [AccountIdSource, () => string | undefined][] = [
    ['session-data', () => accountIdFromSessionData(doc)],
    ['cookie', () => accountIdFromUserInfoCookie(cookie)],
    ['account-menu', () => accountIdFromAccountMenu(doc)],
  ];
  for (const [source, read] of readers) {
    const accountId = read();
    if (accountId) return { accountId, source };
  }
  return undefined;
}
