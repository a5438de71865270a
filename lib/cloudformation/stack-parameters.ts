import type { PlatformProfile } from '../platforms/platform-profile';
import { renderPolicy, type PolicySlots } from '../policies/render';
import type { SlotName } from '../policies/template-slots';
import { policyTemplates, slotsOf, variantsOf } from '../policies/templates';
import type { TemplateId } from '../policies/template-types';
import { fail, ok, type Result } from '../result';
import type { TemplateParameter, TemplateValue } from './template-types';

/** Policy slots a stack takes as parameters; the trusted principal always comes from the platform. */
export type ParameterisedSlot = 'bucketName' | 'externalId';

/**
 * CloudFormation's AllowedPattern (a Java regex that must match the whole value) for S3 general
 * purpose bucket names: the same rules `bucketNameSchema` checks, in one expression. Kept in step
 * with it by a property test.
 */
export const bucketNameAllowedPattern =
  '(?!xn--|sthree-|amzn-s3-demo-)(?!.*\\.\\.)(?!\\d{1,3}(\\.\\d{1,3}){3}$)(?!.*(-s3alias|--ol-s3|\\.mrap|--x-s3|--table-s3)$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]';

/** The characters IAM accepts in `sts:ExternalId`; the length is MinLength/MaxLength. */
export const externalIdAllowedPattern = '[\\w+=,.@:/-]*';

interface ParameterSpec {
  name: string;
  /** What the CloudFormation console shows beside the field. */
  label: string;
  definition: (platform: PlatformProfile) => TemplateParameter;
  /**
   * A valid value of the slot's kind that no template contains: the policy is rendered with it by
   * `renderPolicy`, then every occurrence is swapped for the parameter. So the stack's document is
   * the console's document with the person's value put back in, not a second copy of the policy.
   */
  standIn: string;
}

export const parameterSpecs: Record<ParameterisedSlot, ParameterSpec> = {
  bucketName: {
    name: 'BillingBucketName',
    label: 'S3 bucket your Data Export delivers to',
    standIn: 'cfn-stand-in-billing-bucket-name',
    definition: () => ({
      Type: 'String',
      Description: 'The name of the S3 bucket your Data Export (CUR 2.0) delivers to, e.g. billing-export-111122223333. The platform gets read access to its export files.',
      AllowedPattern: bucketNameAllowedPattern,
      ConstraintDescription:
        'Enter the bucket name only (no s3:// or ARN): 3 to 63 lowercase letters, numbers, dots and hyphens, starting and ending with a letter or number, e.g. billing-export-111122223333.',
      MinLength: 3,
      MaxLength: 63,
    }),
  },
  externalId: {
    name: 'ExternalId',
    label: 'External ID',
    standIn: 'cfn-stand-in-external-id',
    definition: (platform) => {
      const support = platform.trust.externalId;
      const where = support.support === 'required' ? ` ${support.whereToFindIt}` : '';
      return {
        Type: 'String',
        Description: `The External ID ${platform.displayName} passes when it assumes the role; copy it from the platform, don't make one up.${where}`,
        AllowedPattern: externalIdAllowedPattern,
        ConstraintDescription: 'An External ID is 2 to 1,224 letters, numbers and + = , . @ : / _ - characters. Copy it again from the platform.',
        MinLength: 2,
        MaxLength: 1224,
        NoEcho: true,
      };
    },
  },
};

const parameterisedSlots = Object.keys(parameterSpecs) as ParameterisedSlot[];

/** Fn::Sub reads `${…}` as a reference, so literal text writes it `${!…}`. */
const escapeForSub = (text: string) => text.replaceAll('${', '${!');

const swapStandIns = (value: unknown, used: Set<ParameterisedSlot>): TemplateValue => {
  if (typeof value === 'string') {
    const found = parameterisedSlots.filter((slot) => value.includes(parameterSpecs[slot].standIn));
    if (found.length === 0) return value;
    found.forEach((slot) => used.add(slot));
    const only = found.length === 1 ? parameterSpecs[found[0]!] : undefined;
    if (only && value === only.standIn) return { Ref: only.name };
    let sub = escapeForSub(value);
    for (const slot of found) sub = sub.split(parameterSpecs[slot].standIn).join(`\${${parameterSpecs[slot].name}}`);
    return { 'Fn::Sub': sub };
  }
  if (Array.isArray(value)) return value.map((item) => swapStandIns(item, used));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, swapStandIns(item, used)]));
  }
  return value as TemplateValue;
};

export interface ParameterisedPolicy {
  /** The rendered document with each parameterised value as a Ref or Fn::Sub. */
  document: TemplateValue;
  /** The slots it takes as stack parameters, in `parameterSpecs` order. */
  parameters: ParameterisedSlot[];
}

/**
 * A policy document for a template, rendered by `renderPolicy` exactly as the console path renders
 * it, with the chosen slots left to the stack's parameters. Any other open slot is refused: it
 * would need a value the stack doesn't ask for.
 */
export function parameterisedPolicy(templateId: TemplateId, platform: PlatformProfile, slots: readonly ParameterisedSlot[]): Result<ParameterisedPolicy> {
  const template = policyTemplates[templateId];
  const open = new Set(variantsOf(template).flatMap(({ variant }) => slotsOf(variant)));
  const unsupported = [...open].filter((slot: SlotName) => slot !== 'trustedPrincipal' && !parameterisedSlots.includes(slot as ParameterisedSlot));
  if (unsupported.length > 0) {
    return fail(
      'template-not-parameterised',
      `The ${template.title.toLowerCase()} needs ${unsupported.join(', ')}, which a CloudFormation stack doesn't ask for. Use the console path for it.`,
    );
  }
  const standIns: PolicySlots = Object.fromEntries(slots.map((slot) => [slot, parameterSpecs[slot].standIn]));
  const rendered = renderPolicy(templateId, platform, standIns);
  if (!rendered.ok) return rendered;
  const used = new Set<ParameterisedSlot>();
  const document = swapStandIns(rendered.value.document, used);
  return ok({ document, parameters: parameterisedSlots.filter((slot) => used.has(slot)) });
}
