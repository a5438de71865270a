import type { PlatformProfile } from './platform-profile';

/** Why a role for a third party should require an External ID, in one sentence. */
export const confusedDeputyExplanation =
  "Without an External ID, anyone who learns this role's ARN could enter it in their own account on the same platform and have the platform read your account for them (the \"confused deputy\"); an External ID that only your connection knows stops that.";

export type ExternalIdOffer =
  | { offered: true; required: boolean; explanation: string; whereToFindIt?: string }
  | { offered: false; reason: string };

/** Whether to offer an External ID condition on the trust policy for this platform, and why not when not. */
export const externalIdOffer = (platform: PlatformProfile): ExternalIdOffer => {
  const { externalId } = platform.trust;
  switch (externalId.support) {
    case 'required':
      return { offered: true, required: true, explanation: confusedDeputyExplanation, whereToFindIt: externalId.whereToFindIt };
    case 'optional':
      return { offered: true, required: false, explanation: confusedDeputyExplanation };
    case 'unsupported':
      return { offered: false, reason: externalId.reason };
  }
};
