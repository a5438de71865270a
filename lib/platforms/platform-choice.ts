import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { cloudyn } from './cloudyn';
import { customOptScaleInputSchema, customOptScalePlatform } from './custom-optscale';
import { finopsForCloud, finopsForCloudSeedPolicies } from './finops-for-cloud';
import type { PlatformProfile } from './platform-profile';

/**
 * What the person chose, as stored: a built-in platform by id, or the settings of their own
 * OptScale. The profile itself is data in code and is rebuilt from this, never stored.
 */
export const platformChoiceSchema = z.discriminatedUnion('id', [
  z.object({
    id: z.literal('finopsForCloud'),
    policyVariant: z.enum(['published', 'seed']).default('published'),
    /** Opt-in: the platform may start and stop instances on power schedules. */
    powerSchedules: z.boolean().default(false),
  }),
  z.object({ id: z.literal('cloudyn') }),
  z.object({ id: z.literal('customOptScale'), settings: customOptScaleInputSchema }),
]);

export type PlatformChoice = z.input<typeof platformChoiceSchema>;

/** FinOps for Cloud with its published policies: what applies until the person chooses. */
export const defaultPlatformChoice: PlatformChoice = { id: 'finopsForCloud', policyVariant: 'published' };

export function platformFromChoice(choice: PlatformChoice): Result<PlatformProfile> {
  switch (choice.id) {
    case 'finopsForCloud': {
      const profile = choice.policyVariant === 'seed' ? finopsForCloudSeedPolicies : finopsForCloud;
      return ok(choice.powerSchedules ? { ...profile, policyOptions: ['powerSchedules'] } : profile);
    }
    case 'cloudyn':
      return ok(cloudyn);
    case 'customOptScale':
      return customOptScalePlatform(choice.settings);
    default:
      return fail('unknown-platform', 'That platform is not known to this version of the extension; choose it again in the side panel.');
  }
}

/** Whether the choice lets the platform start and stop instances; undefined for a platform without power schedules. */
export function powerSchedulesChosen(choice: PlatformChoice): boolean | undefined {
  if (choice.id === 'finopsForCloud') return choice.powerSchedules === true;
  if (choice.id === 'customOptScale') return (choice.settings as { powerSchedules?: unknown } | undefined)?.powerSchedules === true;
  return undefined;
}

/** The same choice with power schedules switched on or off (a platform without them is returned as it is). */
export function withPowerSchedules(choice: PlatformChoice, powerSchedules: boolean): PlatformChoice {
  if (choice.id === 'finopsForCloud') return { ...choice, powerSchedules };
  if (choice.id === 'customOptScale') return { ...choice, settings: { ...choice.settings, powerSchedules } };
  return choice;
}
