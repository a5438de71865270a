import { useId, useState } from 'react';
import type { SetupChoice } from '../../lib/onboarding/progress';
import type { PlatformId } from '../../lib/onboarding/plan-types';
import { powerSchedulesChosen, withPowerSchedules, type PlatformChoice, type PlatformProfile } from '../../lib/platforms';
import { ChoiceGroup } from './ChoiceGroup';
import { CustomPlatformForm, type SavedCustomPlatform } from './CustomPlatformForm';
import { PlatformTrust } from './PlatformTrust';
import { accountTypeText, authMethodText, exportStateText, memberWithoutManagementAccess, platformText, powerSchedulesText } from './setup-text';

export interface SetupChooserProps {
  choice: SetupChoice;
  /** The profile the choice gives, when it can be built. */
  platform?: PlatformProfile;
  onChange: (next: SetupChoice) => void | Promise<void>;
  /** The connection's External ID (platforms that require one). */
  externalId?: string;
  onSaveExternalId: (value: string) => void;
}

const options = <T extends string>(text: Record<T, { title: string; line: string }>, order: readonly T[]) =>
  order.map((value) => ({ value, ...text[value] }));

const builtInChoice = (id: Exclude<PlatformId, 'customOptScale'>): PlatformChoice => (id === 'cloudyn' ? { id } : { id, policyVariant: 'published' });

/** Platform, account type, authentication and export: what decides the steps. Defaults apply until changed. */
export function SetupChooser({ choice, platform, onChange, externalId, onSaveExternalId }: SetupChooserProps) {
  // A self-hosted platform is stored only once its settings check out; until then the form shows.
  const [choosingCustom, setChoosingCustom] = useState(false);
  const accessId = useId();
  const powerId = useId();
  const platformId: PlatformId = choosingCustom ? 'customOptScale' : choice.platform.id;
  const storedPlatform = choice.platform;
  const savedCustom: SavedCustomPlatform | undefined = storedPlatform.id === 'customOptScale' ? storedPlatform.settings : undefined;
  const shownAccountType = choice.hasManagementAccess === false ? 'member' : choice.accountType;
  const onboardedAs = choice.hasManagementAccess === false ? 'standalone' : choice.accountType;
  const needsExport = platform ? platform.setup[onboardedAs].needsDataExport : onboardedAs !== 'member';
  const powerSchedules = choosingCustom ? undefined : powerSchedulesChosen(storedPlatform);

  return (
    <div className="stack">
      <ChoiceGroup
        legend="FinOps platform"
        value={platformId}
        options={options(platformText, ['finopsForCloud', 'customOptScale', 'cloudyn'])}
        onChange={(id) => {
          if (id === 'customOptScale') {
            if (storedPlatform.id === 'customOptScale') void onChange({ ...choice, platform: storedPlatform });
            else setChoosingCustom(true);
            return;
          }
          setChoosingCustom(false);
          void onChange({ ...choice, platform: builtInChoice(id) });
        }}
      />
      {platformId === 'customOptScale' && (
        <CustomPlatformForm
          saved={savedCustom}
          onSave={async (settings) => {
            await onChange({ ...choice, platform: { id: 'customOptScale', settings } });
            setChoosingCustom(false);
          }}
        />
      )}
      {platform && platformId !== 'customOptScale' && <PlatformTrust platform={platform} externalId={externalId} onSaveExternalId={onSaveExternalId} />}
      {powerSchedules !== undefined && (
        <label className="choice" htmlFor={powerId}>
          <input
            id={powerId}
            type="checkbox"
            checked={powerSchedules}
            aria-labelledby={`${powerId}-title`}
            aria-describedby={`${powerId}-line`}
            onChange={(event) => void onChange({ ...choice, platform: withPowerSchedules(storedPlatform, event.target.checked) })}
          />
          <span className="choice-text">
            <span className="choice-title" id={`${powerId}-title`}>
              {powerSchedulesText.title}
            </span>
            <span className="secondary" id={`${powerId}-line`}>
              {powerSchedulesText.line}
            </span>
          </span>
        </label>
      )}
      <ChoiceGroup
        legend="Account type"
        value={shownAccountType}
        options={options(accountTypeText, ['management', 'member', 'standalone'])}
        onChange={(accountType) => {
          const { hasManagementAccess: _reset, ...rest } = choice;
          void onChange({ ...rest, accountType });
        }}
        note={shownAccountType === 'member' ? undefined : memberWithoutManagementAccess}
      />
      {shownAccountType === 'member' && (
        <label className="choice" htmlFor={accessId}>
          <input
            id={accessId}
            type="checkbox"
            checked={choice.hasManagementAccess !== false}
            aria-labelledby={`${accessId}-title`}
            aria-describedby={`${accessId}-line`}
            onChange={(event) => void onChange({ ...choice, accountType: 'member', hasManagementAccess: event.target.checked })}
          />
          <span className="choice-text">
            <span className="choice-title" id={`${accessId}-title`}>
              The management account is connected (or I can connect it)
            </span>
            <span className="secondary" id={`${accessId}-line`}>Untick if you can’t reach it: the account is then onboarded as standalone, with its own Data Export.</span>
          </span>
        </label>
      )}
      <ChoiceGroup
        legend="Authentication"
        value={choice.authMethod}
        options={options(authMethodText, ['assumedRole', 'accessKey'])}
        onChange={(authMethod) => void onChange({ ...choice, authMethod })}
      />
      {needsExport && (
        <ChoiceGroup
          legend="Billing data export"
          value={choice.exportState}
          options={options(exportStateText, ['toCreate', 'exists'])}
          onChange={(exportState) => void onChange({ ...choice, exportState })}
        />
      )}
    </div>
  );
}
