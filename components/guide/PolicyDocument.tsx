import { useId, useState } from 'react';
import type { AuthMethod, PlainValues } from '../../lib/onboarding/plan-types';
import type { PlatformProfile } from '../../lib/platforms';
import { documentReply } from '../../lib/policies/for-setup';
import { policyTemplates } from '../../lib/policies/templates';
import type { TemplateId } from '../../lib/policies/template-types';
import { nameStartingWith } from '../ui/accessible-name';
import { CopyButton } from '../ui/CopyButton';

export interface PolicyDocumentProps {
  templateId: TemplateId;
  platform: PlatformProfile;
  /** Whose ARN the read-only statements name: the role's, or the user's when the platform signs in with a key. */
  authMethod: AuthMethod;
  values: PlainValues;
}

const isBucketPolicy = (templateId: TemplateId) => policyTemplates[templateId].kind === 'bucket';

/**
 * The step's document, filled for this account: view, copy, download. The in-page button is the
 * fast path; this is the way that always works, whatever the console looks like today. A bucket
 * policy is merged into the bucket's current one when the person pastes it here.
 */
export function PolicyDocument({ templateId, platform, authMethod, values }: PolicyDocumentProps) {
  const [viewing, setViewing] = useState(false);
  const [current, setCurrent] = useState('');
  const pasteId = useId();
  const title = policyTemplates[templateId].title;
  // Filled exactly as the console buttons fill it (lib/policies/for-setup), merged the same way.
  const setup = { platform, authMethod, values };
  const ours = documentReply(setup, { mode: 'insert', templateId });
  if (!ours.ok) return <p className="secondary">{`${title}: ${ours.message}`}</p>;

  const merged = isBucketPolicy(templateId) && current.trim() !== '' ? documentReply(setup, { mode: 'merge', templateId, existingText: current }) : undefined;
  const text = merged?.ok ? merged.text : ours.text;
  const fileName = `${platform.names.policyNames[templateId] ?? templateId}${merged?.ok ? '-merged' : ''}.json`;

  return (
    <div className="policy-document">
      <div className="row">
        <CopyButton text={text} label={`Copy ${title}`}>
          {merged?.ok ? 'Copy merged policy' : 'Copy policy'}
        </CopyButton>
        <button type="button" className="link" data-finops-action="view-policy" aria-expanded={viewing} onClick={() => setViewing(!viewing)}>
          {viewing ? 'Hide policy' : 'View policy'}
        </button>
        <a
          className="button link"
          data-finops-action="download-policy"
          aria-label={nameStartingWith('Download .json', `Download ${title} as ${fileName}`)}
          download={fileName}
          href={`data:application/json;charset=utf-8,${encodeURIComponent(`${text}\n`)}`}
        >
          Download .json
        </a>
      </div>
      {viewing && (
        <>
          {isBucketPolicy(templateId) && (
            <div className="field">
              <label htmlFor={pasteId}>The bucket's current policy (paste it to merge; leave empty for a bucket with none)</label>
              <textarea id={pasteId} rows={4} spellCheck={false} value={current} onChange={(event) => setCurrent(event.target.value)} />
              {merged && (
                <p className={merged.ok ? 'secondary' : 'problem small'} role="status">
                  {merged.ok ? merged.description : merged.message}
                </p>
              )}
            </div>
          )}
          <pre className="policy-text" tabIndex={0} aria-label={`${title}, as JSON`}>
            {text}
          </pre>
        </>
      )}
    </div>
  );
}
