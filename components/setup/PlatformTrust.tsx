import { externalIdOffer, type PlatformProfile } from '../../lib/platforms';
import { ValueRow } from '../values/ValueRow';

export interface PlatformTrustProps {
  platform: PlatformProfile;
  /** The External ID of this connection, when the platform uses one. */
  externalId?: string;
  onSaveExternalId: (value: string) => void;
}

/** Who the role trusts and whether an External ID goes with it, for the chosen platform. */
export function PlatformTrust({ platform, externalId, onSaveExternalId }: PlatformTrustProps) {
  const offer = externalIdOffer(platform);
  return (
    <div className="stack">
      <ul className="kv" aria-label="Trust">
        <ValueRow entry={{ kind: 'trustedPrincipal', value: platform.trust.trustedPrincipal }} />
        {offer.offered && offer.required && (
          <ValueRow
            entry={{ kind: 'externalId', value: externalId, ...(externalId ? { source: 'typed' as const } : {}) }}
            hint={offer.whereToFindIt}
            onSave={onSaveExternalId}
          />
        )}
      </ul>
      {!offer.offered && <p className="secondary">No External ID: {offer.reason}</p>}
    </div>
  );
}
