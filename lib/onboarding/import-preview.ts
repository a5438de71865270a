import { platformFromChoice, type PlatformChoice } from '../platforms/platform-choice';
import { valueLabels, type ValueKind } from '../values';
import { progressReducer, type StepStatus } from './progress';
import type { AccountProgress, ProgressState } from './state-schema';

/** A self-hosted platform's settings that decide who may use the account: shown before anything is imported. */
export interface TrustChange {
  accountId: string;
  /** Who the role will trust: an account ID or ARN that will be able to read this account. */
  trustedPrincipal: string;
  portalOrigin: string;
  /** A new account, or an existing one whose platform settings the import changes. */
  isNew: boolean;
}

export interface ImportPreview {
  added: Array<{ accountId: string; label?: string; platformName: string; trustedPrincipal?: string; portalOrigin?: string }>;
  changed: Array<{
    accountId: string;
    values: Array<{ kind: string; label: string; from: string; to: string }>;
    steps: Array<{ stepId: string; from: StepStatus; to: StepStatus }>;
  }>;
  trustChanges: TrustChange[];
}

const platformName = (choice: PlatformChoice): string => {
  const platform = platformFromChoice(choice);
  return platform.ok ? platform.value.displayName : choice.id;
};

const customSettings = (choice: PlatformChoice): { trustedPrincipal: string; portalOrigin: string } | undefined =>
  choice.id === 'customOptScale' ? { trustedPrincipal: String(choice.settings.trustedPrincipal), portalOrigin: String(choice.settings.portalOrigin) } : undefined;

/**
 * What importing `accounts` would do to `state`, worked out by the reducer itself (so the preview is
 * exactly what happens): accounts added, values replaced, steps changed, and prominently, whom a
 * self-hosted platform's role would trust.
 */
export function previewImport(state: ProgressState, accounts: Record<string, AccountProgress>, at: string = new Date().toISOString()): ImportPreview {
  const after = progressReducer(state, { type: 'import', accounts, at });
  const preview: ImportPreview = { added: [], changed: [], trustChanges: [] };
  for (const [accountId, next] of Object.entries(after.accounts)) {
    const before = state.accounts[accountId];
    if (before === next) continue;
    const custom = customSettings(next.platform);
    const trustChanged = custom && (!before || JSON.stringify(customSettings(before.platform)) !== JSON.stringify(custom));
    if (trustChanged) preview.trustChanges.push({ accountId, ...custom, isNew: !before });
    if (!before) {
      preview.added.push({ accountId, ...(next.label ? { label: next.label } : {}), platformName: platformName(next.platform), ...(custom ?? {}) });
      continue;
    }
    const values = Object.entries(next.values).flatMap(([kind, value]) => {
      const from = before.values[kind as keyof typeof before.values]?.value;
      if (!value || from === undefined || from === value.value) return [];
      return [{ kind, label: valueLabels[kind as ValueKind] ?? kind, from, to: value.value }];
    });
    const added = Object.entries(next.values).flatMap(([kind, value]) =>
      value && before.values[kind as keyof typeof before.values] === undefined ? [{ kind, label: valueLabels[kind as ValueKind] ?? kind, from: '', to: value.value }] : [],
    );
    const steps = Object.entries(next.steps).flatMap(([stepId, step]) => {
      const from = before.steps[stepId]?.status ?? 'todo';
      return from === step.status ? [] : [{ stepId, from, to: step.status }];
    });
    if (values.length + added.length + steps.length > 0) preview.changed.push({ accountId, values: [...values, ...added], steps });
  }
  return preview;
}
