import { pageTitle, recognisePage, type PageId } from '../console/pages';
import { maskSensitiveText, maskUrl, namesInUrl, type KnownNames } from './mask';
import { contentRegion, describeStructure, pageSignals } from './structure';

/**
 * "Report a problem on this page": a plain-text report a person can read, copy and send to
 * support. It is built on the page, shown on screen and put on the clipboard only when they ask:
 * the extension sends it nowhere. Everything that could identify the account or its resources is
 * masked; the page's own texts appear only as their length, except known console labels.
 */
export interface SnapshotInput {
  /** The page's address; masked before it goes in. */
  url: string | URL;
  /** The page (its content region is described) or the element to describe. */
  root: Document | Element;
  /** What the extension looked for, e.g. "a JSON policy editor (.ace_editor) near 'Policy editor'". */
  expected: string;
  extensionVersion: string;
  /** The recognised page; worked out from the URL when not given. */
  page?: PageId;
  userAgent?: string;
  /** The message the person was shown, if any ("Couldn't find the policy editor …"). */
  problem?: string;
}

/** Reports stay small enough to paste into a support form or a chat. */
export const SNAPSHOT_MAX_CHARS = 8000;

const title = 'FinOps AWS onboarding: problem report';
const privacyNote =
  'Made in your browser; the extension sent it nowhere. Account IDs, ARNs, names, keys and the page’s texts are masked ' +
  '(texts appear as <text N chars>, except known field labels). Read it before you send it.';

export function buildSnapshot({ url, root, expected, extensionVersion, page, userAgent, problem }: SnapshotInput): string {
  const names: KnownNames = namesInUrl(url);
  const pageId = page ?? recognisePage(url)?.page;
  const region = contentRegion(root);
  const structure = describeStructure(region);
  const header = [
    title,
    privacyNote,
    '',
    `Extension version: ${extensionVersion}`,
    ...(userAgent ? [`Browser: ${userAgent}`] : []),
    `Page: ${pageId ? `${pageId} (${pageTitle(pageId)})` : 'not recognised'}`,
    `URL: ${maskUrl(url, names)}`,
    `Expected: ${expected}`,
    ...(problem ? [`Shown to you: ${problem}`] : []),
    ...pageSignals(root),
    '',
    `Structure of the page's ${region.tagName.toLowerCase()} region (wrappers without content left out):`,
  ];
  // Masked before it is cut, so a cut can't leave part of an ID unmasked.
  const report = maskSensitiveText([...header, ...structure].join('\n'), names);
  return truncate(report, SNAPSHOT_MAX_CHARS);
}

function truncate(report: string, maxChars: number): string {
  if (report.length <= maxChars) return report;
  const lines = report.split('\n');
  const note = (left: number) => `… report cut at ${Math.round(maxChars / 1000)} KB: ${left} more line(s) of structure left out.`;
  const kept: string[] = [];
  let length = 0;
  const room = maxChars - note(lines.length).length - 1;
  for (const line of lines) {
    if (length + line.length + 1 > room) break;
    kept.push(line);
    length += line.length + 1;
  }
  return [...kept, note(lines.length - kept.length)].join('\n');
}
