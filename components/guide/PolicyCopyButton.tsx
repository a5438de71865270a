import { renderPolicy, type PolicySlots, type TemplateId } from '../../lib/policies';
import { policyTemplates } from '../../lib/policies';
import type { PlatformProfile } from '../../lib/platforms';
import type { PlainValues } from '../../lib/onboarding/plan-types';
import { CopyButton } from '../ui/CopyButton';

export interface PolicyCopyButtonProps {
  templateId: TemplateId;
  platform: PlatformProfile;
  values: PlainValues;
}

/** Copy the step's policy document, filled for this account; or say which value it still needs. */
export function PolicyCopyButton({ templateId, platform, values }: PolicyCopyButtonProps) {
  const slots: PolicySlots = {
    bucketName: values.bucketName,
    accountId: values.accountId,
    externalId: values.externalId,
    readOnlyPrincipalArn: values.principalArn ?? values.roleArn ?? values.userArn,
  };
  const rendered = renderPolicy(templateId, platform, slots);
  const title = policyTemplates[templateId].title;
  if (!rendered.ok) return <p className="secondary">{`${title}: ${rendered.problem.message}`}</p>;
  return (
    <CopyButton text={rendered.value.text} label={`Copy ${title}`}>
      Copy policy
    </CopyButton>
  );
}
