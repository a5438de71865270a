/** Progress, written by the background only (the single writer); the UI reads it. */
export const onboardingKey = 'local:onboarding' as const;
/** What the background couldn't read from progress, set aside (secrets removed) for download. */
export const setAsideKey = 'local:onboarding-set-aside' as const;
/** The background's sentences about progress it couldn't read. */
export const storageProblemsKey = 'session:storage-problems' as const;
/** The console page the person has open, per the background: `{ tabId, page, url, title, names, accountId? }`. */
export const activePageKey = 'session:activePage' as const;
/** A console page that didn't look as expected: `{ page, message }`. */
export const pageProblemKey = 'session:pageProblem' as const;
/** The value a console button asked the side panel to open at. */
export const focusFieldKey = 'session:focusField' as const;
/** Secret access keys typed for the hand-off, by account: session memory only, never local or sync. */
export const handOffSecretsKey = 'session:handOffSecrets' as const;
