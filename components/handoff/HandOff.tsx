import type { ExportState } from '../../lib/onboarding/plan-types';
import { connectFormFor, type AccountType, type AuthMethod, type PlatformProfile } from '../../lib/platforms';
import type { ValueKind } from '../../lib/values';
import type { ValueSource } from '../values/value-entries';
import { ConnectFieldRow } from './ConnectFieldRow';
import { handOffWarnings } from './handoff-warnings';
import { HandOffWarnings } from './HandOffWarnings';
import { PortalAccess } from './PortalAccess';
import { SecretAccessKeyField } from './SecretAccessKeyField';

export interface HandOffProps {
  platform: PlatformProfile;
  accountType: AccountType;
  authMethod: AuthMethod;
  exportState: ExportState;
  values: Partial<Record<ValueKind, string>>;
  /** Where each value came from; suggestions are marked so they get a second look. */
  sources?: Partial<Record<ValueKind, ValueSource>>;
  exportCreatedAt?: number;
  now?: number;
  secretAccessKey?: string;
  onSecretChange: (secret: string) => void;
  onForgetSecret: () => void;
}

/** The platform's connect form for this account type and authentication: its fields, labelled as the portal labels them. */
export function HandOff({ platform, accountType, authMethod, exportState, values, sources = {}, exportCreatedAt, now = Date.now(), secretAccessKey, onSecretChange, onForgetSecret }: HandOffProps) {
  const form = connectFormFor(platform, accountType, authMethod);
  if (!form) {
    return <p className="secondary">{platform.displayName} has no connect form for this account type and authentication method.</p>;
  }
  const warnings = handOffWarnings({ platform, accountType, authMethod, exportState, values, exportCreatedAt, now });
  return (
    <section className="stack" aria-label={`Connect form of ${platform.displayName}`}>
      <p className="small">
        In {platform.displayName}, press {form.choices.map((choice) => `“${choice.label}”`).join(' → ')}, then fill in:
      </p>
      <HandOffWarnings warnings={warnings} />
      <ul className="kv" aria-label="Connect form fields">
        {form.fields.map((field) =>
          field.control === 'secret' ? (
            <SecretAccessKeyField key={field.key} label={field.label} secret={secretAccessKey} onChange={onSecretChange} onForget={onForgetSecret} />
          ) : (
            <ConnectFieldRow key={field.key} field={field} values={values} sources={sources} />
          ),
        )}
      </ul>
      {platform.id === 'customOptScale' && <PortalAccess origin={platform.portal.origin} />}
    </section>
  );
}
