import type { OnboardingPlan } from '../../lib/onboarding/plan-types';
import type { PlatformProfile } from '../../lib/platforms';
import { StepChecklist } from '../guide/StepChecklist';
import { openInConsole, openPortal } from '../state/console-tabs';
import { Section } from '../ui/Section';

export interface PreviewGuideProps {
  plan: OnboardingPlan;
  platform: PlatformProfile;
  onOpenProblem: (message: string) => void;
}

/** The steps before any account is known: links work, ticks wait until there is an account to keep them for. */
export function PreviewGuide({ plan, platform, onOpenProblem }: PreviewGuideProps) {
  return (
    <Section title="Steps" counter={`${plan.steps.length}`}>
      <p className="secondary">
        Sign in to the AWS console and open any page from a step: the account is recognised and its progress is kept from then on. Or add the account
        by its ID under Accounts.
      </p>
      <StepChecklist
        steps={plan.steps}
        progress={{}}
        nextStepId={plan.steps[0]?.id}
        values={{}}
        platform={platform}
        authMethod={plan.authMethod}
        onOpen={(url, step) => {
          (step.page === 'platform-connect' ? openPortal(url) : openInConsole(url)).catch((error: unknown) =>
            onOpenProblem(`Couldn't open the page: ${error instanceof Error ? error.message : String(error)}`),
          );
        }}
      />
    </Section>
  );
}
