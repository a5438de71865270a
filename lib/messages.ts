import { z } from 'zod';
import { pageIds, type PageId } from './console/pages';
import { EDITOR_TEXT_LIMIT } from './console/view';
import { valueSchemas, type ValueKind } from './values';

/**
 * Messages between the extension's parts. The background is the hub and the single writer of
 * progress: content scripts report what they saw, the side panel dispatches what the user did.
 * Every message is parsed with these schemas on arrival: a page can't forge one, but a stale
 * content script after an update can send an old shape, and that must fail loudly, not corrupt state.
 */

const valueKinds = Object.keys(valueSchemas) as [ValueKind, ...ValueKind[]];
const pageIdSchema = z.enum(pageIds as unknown as [PageId, ...PageId[]]);

/** Secrets never travel in messages that may be stored; the reader drops them here as well. */
const readableValueKinds = valueKinds.filter((kind) => kind !== 'secretAccessKey') as [ValueKind, ...ValueKind[]];
const valueKindSchema = z.enum(readableValueKinds);

export const consoleMessageSchema = z.discriminatedUnion('type', [
  /** The user is on a recognised console page (for "You are on: …"). */
  z.object({
    type: z.literal('page-visited'),
    page: pageIdSchema,
    url: z.string(),
    accountId: z.string().optional(),
    names: z.record(z.string(), z.string()).optional(),
  }),
  /** Values read from the page, e.g. the role ARN on the role page. */
  z.object({
    type: z.literal('values-read'),
    page: pageIdSchema,
    accountId: z.string().optional(),
    values: z.partialRecord(valueKindSchema, z.string()),
  }),
  /** Something happened that may complete a step: a success flash, a saved document. */
  z.object({
    type: z.literal('console-event'),
    page: pageIdSchema,
    accountId: z.string().optional(),
    event: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('flash'), text: z.string() }),
      z.object({ kind: z.literal('document-inserted'), document: z.string() }),
    ]),
  }),
  /** A recognised page didn't look as expected; the side panel shows it and the step stays open. */
  z.object({ type: z.literal('page-problem'), page: pageIdSchema, message: z.string() }),
  /** What was missing turned up after all (a slow page): the side panel drops the problem. */
  z.object({ type: z.literal('page-problem-solved'), page: pageIdSchema }),
  /** Our notice's "Report a problem": load the diagnostics (console-diagnostics.js) into this frame. */
  z.object({ type: z.literal('load-diagnostics') }),
  /** What the console buttons need: the chosen platform and the known values for this account. */
  z.object({ type: z.literal('get-view'), accountId: z.string().optional() }),
  /**
   * Render a document for this account (`insert`), or merge it into the editor's current text
   * (`merge`, `preview`). The work happens in the background so console pages carry no templates.
   */
  z.object({
    type: z.literal('document'),
    mode: z.enum(['insert', 'merge', 'preview']),
    templateId: z.enum(['dataExportsBucketPolicy', 'billingImportPolicy', 'resourceDiscoveryPolicy', 'trustPolicy', 'cloudynBucketPolicy']),
    accountId: z.string().optional(),
    existingText: z.string().max(EDITOR_TEXT_LIMIT).optional(),
    /** The bucket on screen: a bucket policy is for that bucket, whatever the setup remembers. */
    bucketName: z.string().optional(),
    /** Sids of ours the person saw the difference for and agreed to replace. */
    confirmReplace: z.array(z.string().max(128)).max(50).optional(),
  }),
  /** A bucket's policy as the page shows it (S3 Edit bucket policy), kept in case Data Exports replaces it. */
  z.object({ type: z.literal('bucket-policy-seen'), accountId: z.string().optional(), bucketName: z.string().max(255), text: z.string().max(40_960) }),
  /**
   * Put back the statements of this bucket's kept policy that the editor lacks (`preview`: only say
   * what would change). Replies a DocumentReply.
   */
  z.object({
    type: z.literal('restore-bucket-policy'),
    mode: z.enum(['merge', 'preview']),
    accountId: z.string().optional(),
    bucketName: z.string().max(255),
    existingText: z.string().max(EDITOR_TEXT_LIMIT),
  }),
  /** A button needs a value we don't have: open the side panel at that field. Replies `{ opened }`. */
  z.object({ type: z.literal('open-side-panel'), field: z.string().optional() }),
  /**
   * Accounts a page lists (Organizations "AWS accounts", a StackSet's stack instances), for the
   * multi-account tracker. Replies `{ added, deployed }`.
   */
  z.object({
    type: z.literal('accounts-read'),
    page: pageIdSchema,
    source: z.enum(['organizations', 'stack-set-instances']),
    accountId: z.string().optional(),
    accounts: z
      .array(
        z.object({
          accountId: z.string().regex(/^\d{12}$/),
          name: z.string().max(128).optional(),
          management: z.boolean().optional(),
          stackStatus: z.enum(['CURRENT', 'OUTDATED', 'INOPERABLE']).optional(),
        }),
      )
      // Organizations allows a few thousand accounts at most; a page never lists more.
      .max(10_000),
  }),
]);

export type ConsoleMessage = z.infer<typeof consoleMessageSchema>;

export type DocumentRequest = Extract<ConsoleMessage, { type: 'document' }>;

/**
 * Messages from the portal content script, on the FinOps for Cloud portal or a self-hosted
 * OptScale's (registered at run time). Kept apart from the console's: a portal page asks for
 * nothing else. `origin` is what the page says it is; the background trusts only the browser's
 * sender information and refuses when the two differ.
 */
export const portalMessageSchema = z.discriminatedUnion('type', [
  /** Who the fill button is for and what it fills: no values, no secret. */
  z.object({ type: z.literal('portal-preview'), origin: z.string() }),
  /** The fill plan of the current account; the secret access key only for the platform's own portal. */
  z.object({ type: z.literal('portal-fill'), origin: z.string() }),
  /**
   * "Fill next member account": the fill plan of the next member account not yet connected, moving
   * down the batch list; with `peek`, only which account that would be (nothing moves).
   */
  z.object({ type: z.literal('portal-fill-next'), origin: z.string(), peek: z.boolean().optional() }),
  /** The portal said the member account filled last is connected. */
  z.object({ type: z.literal('portal-member-connected'), origin: z.string(), accountId: z.string().regex(/^\d{12}$/) }),
]);

export type PortalMessage = z.infer<typeof portalMessageSchema>;

/**
 * "Report a problem on this page": the side panel injects the diagnostics script into the console
 * tab, which builds a redacted report of the page and returns it (`scripting.executeScript`'s
 * result); nothing else receives it. The panel checks it with this schema.
 */
export const snapshotReplySchema = z.object({ report: z.string().max(20_000) });
