/**
 * The side panel asks the console tab for a problem report (`browser.tabs.sendMessage`); the
 * report comes back to the panel only. Checked by hand here so console pages carry no zod; the
 * panel parses the reply with `snapshotReplySchema` (lib/messages).
 */
export const BUILD_SNAPSHOT = 'build-snapshot';

export interface BuildSnapshotRequest {
  type: typeof BUILD_SNAPSHOT;
}

export interface SnapshotReply {
  report: string;
}

export const buildSnapshotRequest: BuildSnapshotRequest = { type: BUILD_SNAPSHOT };

export const isBuildSnapshotRequest = (message: unknown): message is BuildSnapshotRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === BUILD_SNAPSHOT;
