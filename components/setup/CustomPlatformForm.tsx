import { useId, useState } from 'react';
import { customOptScalePlatform, newestOptScaleVersion, optScaleVersions, type CustomOptScaleInput, type OptScaleVersion } from '../../lib/platforms';
import { requestPortalAccess } from '../state/portal-access';
import { Alert } from '../ui/Alert';

/** The settings as stored (read leniently: a stored field may be of any shape). */
export type SavedCustomPlatform = Partial<Record<keyof CustomOptScaleInput, unknown>>;

export interface CustomPlatformFormProps {
  saved?: SavedCustomPlatform;
  /** Called with settings that passed their checks, from the Save click (a user gesture). */
  onSave: (settings: CustomOptScaleInput) => void | Promise<void>;
}

type TextKey = 'displayName' | 'portalOrigin' | 'trustedPrincipal' | 'externalId';
type Draft = Record<TextKey, string> & { optScaleVersion: OptScaleVersion };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const fromSaved = (saved: SavedCustomPlatform | undefined): Draft => ({
  displayName: text(saved?.displayName),
  portalOrigin: text(saved?.portalOrigin),
  trustedPrincipal: text(saved?.trustedPrincipal),
  externalId: text(saved?.externalId),
  optScaleVersion: optScaleVersions.find((version) => version.id === saved?.optScaleVersion)?.id ?? newestOptScaleVersion,
});

/** A self-hosted OptScale: its address, who it signs in as, and an optional External ID. */
export function CustomPlatformForm({ saved, onSave }: CustomPlatformFormProps) {
  const [draft, setDraft] = useState<Draft>(() => fromSaved(saved));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [savedNote, setSavedNote] = useState<string | undefined>(undefined);
  const id = useId();

  const field = (key: TextKey, label: string, hint: string, placeholder: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <span className="secondary" id={`${id}-${key}-hint`}>
        {hint}
      </span>
      <input
        id={`${id}-${key}`}
        type="text"
        value={draft[key]}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-${key}-hint`}
        onChange={(event) => {
          setDraft({ ...draft, [key]: event.target.value });
          setSavedNote(undefined);
        }}
      />
    </div>
  );

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const settings: CustomOptScaleInput = {
      displayName: draft.displayName,
      portalOrigin: draft.portalOrigin,
      trustedPrincipal: draft.trustedPrincipal,
      externalId: draft.externalId,
      optScaleVersion: draft.optScaleVersion,
      // Chosen beside the platform in the setup, not here: keep what was chosen.
      ...(saved?.powerSchedules === true ? { powerSchedules: true } : {}),
    };
    const checked = customOptScalePlatform(settings);
    if (!checked.ok) {
      setProblem(checked.problem.message);
      return;
    }
    setProblem(undefined);
    const origin = checked.value.portal.origin;
    // Asked inside the click that saved the address (browsers require a user gesture), for that origin only.
    const access = requestPortalAccess(origin).catch(() => false);
    await onSave({ ...settings, portalOrigin: origin, trustedPrincipal: checked.value.trust.trustedPrincipal });
    setSavedNote(
      (await access)
        ? `Saved. The extension may fill the connect form on ${origin}.`
        : `Saved. Access to ${origin} wasn't granted: allow it in the connect step, or copy the values by hand.`,
    );
  };

  return (
    <form className="stack" onSubmit={(event) => void save(event)} aria-label="Self-hosted OptScale settings">
      {field('portalOrigin', 'Portal address', 'Where your OptScale opens, e.g. https://optscale.example.com.', 'https://optscale.example.com')}
      {field('trustedPrincipal', 'Trusted account or principal', 'The AWS account ID or ARN your OptScale assumes roles as.', '123456789012 or arn:aws:iam::…')}
      {field('externalId', 'External ID (optional)', 'Only if your deployment passes one when it assumes the role.', 'optional')}
      <div className="field">
        <label htmlFor={`${id}-optScaleVersion`}>OptScale release</label>
        <span className="secondary" id={`${id}-optScaleVersion-hint`}>
          {optScaleVersions.find((version) => version.id === draft.optScaleVersion)?.line}
        </span>
        <select
          id={`${id}-optScaleVersion`}
          value={draft.optScaleVersion}
          aria-describedby={`${id}-optScaleVersion-hint`}
          onChange={(event) => {
            setDraft({ ...draft, optScaleVersion: event.target.value as OptScaleVersion });
            setSavedNote(undefined);
          }}
        >
          {optScaleVersions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
        </select>
      </div>
      {field('displayName', 'Name (optional)', 'How the guide calls your platform.', 'Self-hosted OptScale')}
      {problem && <Alert type="error">{problem}</Alert>}
      {savedNote && <p className="copied">{savedNote}</p>}
      <div className="row end">
        <button type="submit" className="primary">
          Save platform
        </button>
      </div>
    </form>
  );
}
