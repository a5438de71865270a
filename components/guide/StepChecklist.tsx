import type { AuthMethod, OnboardingStep, PlainValues, StepId } from '../../lib/onboarding/plan-types';
import type { AccountProgress } from '../../lib/onboarding/progress';
import type { PlatformProfile } from '../../lib/platforms';
import { StepItem } from './StepItem';

export interface StepChecklistProps {
  steps: readonly OnboardingStep[];
  progress: AccountProgress['steps'];
  nextStepId?: StepId;
  /** The steps done on the page the person has open, and how to name that page. */
  here?: { stepIds: readonly StepId[]; label: string };
  values: PlainValues;
  /** Values a policy document may be filled with (suggestions left out); `values` when not given. */
  documentValues?: PlainValues;
  platform: PlatformProfile;
  /** The account's authentication: policy documents name the role or the user it signs in with. */
  authMethod: AuthMethod;
  onOpen: (url: string, step: OnboardingStep) => void;
  /** Without these the checklist is a preview: there is no account to record progress for. */
  onMarkDone?: (stepId: StepId) => void;
  onSkip?: (stepId: StepId, reason: string) => void;
  onReopen?: (stepId: StepId) => void;
  /** Extra content under one step (the connect step's hand-off). */
  extraFor?: (step: OnboardingStep) => React.ReactNode;
}

/** The account's plan as a checklist; the state changes under it as the console reports progress. */
export function StepChecklist({ steps, progress, nextStepId, here, values, documentValues, platform, authMethod, onOpen, onMarkDone, onSkip, onReopen, extraFor }: StepChecklistProps) {
  return (
    <ol className="steps" aria-label="Steps">
      {steps.map((step, index) => (
        <StepItem
          key={step.id}
          step={step}
          number={index + 1}
          progress={progress[step.id]}
          isNext={step.id === nextStepId}
          hereLabel={here?.stepIds.includes(step.id) ? here.label : undefined}
          values={values}
          documentValues={documentValues ?? values}
          platform={platform}
          authMethod={authMethod}
          onOpen={onOpen}
          onMarkDone={onMarkDone && (() => onMarkDone(step.id))}
          onSkip={onSkip && ((reason) => onSkip(step.id, reason))}
          onReopen={onReopen && (() => onReopen(step.id))}
        >
          {extraFor?.(step)}
        </StepItem>
      ))}
    </ol>
  );
}
