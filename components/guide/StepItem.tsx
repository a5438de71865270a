import { useEffect, useRef, useState } from 'react';
import { consoleLinkFor } from '../../lib/onboarding/plan';
import { platformConnectPage, type AuthMethod, type OnboardingStep, type PlainValues } from '../../lib/onboarding/plan-types';
import type { StepProgress } from '../../lib/onboarding/progress';
import type { PlatformProfile } from '../../lib/platforms';
import { StatusIndicator } from '../ui/StatusIndicator';
import { PolicyDocument } from './PolicyDocument';
import { SkipStepForm } from './SkipStepForm';

export interface StepItemProps {
  step: OnboardingStep;
  number: number;
  /** Undefined while the step is still to do. */
  progress?: StepProgress;
  isNext: boolean;
  /** "Edit bucket policy — billing-export-111122223333" when the person is on this step's page. */
  hereLabel?: string;
  values: PlainValues;
  documentValues: PlainValues;
  platform: PlatformProfile;
  authMethod: AuthMethod;
  onOpen: (url: string, step: OnboardingStep) => void;
  onMarkDone?: () => void;
  onSkip?: (reason: string) => void;
  onReopen?: () => void;
  /** Shown under the step while it is open (the hand-off form for the connect step). */
  children?: React.ReactNode;
}

/** One step: status, one-line why, and what to do about it. */
export function StepItem({ step, number, progress, isNext, hereLabel, values, documentValues, platform, authMethod, onOpen, onMarkDone, onSkip, onReopen, children }: StepItemProps) {
  const [skipping, setSkipping] = useState(false);
  const [showDetails, setShowDetails] = useState(false);
  // After "I did this myself" or Skip the pressed button is gone; keyboard focus moves to Undo, not to the page top.
  const refocus = useRef(false);
  const undo = useRef<HTMLButtonElement>(null);
  const status = progress?.status ?? 'todo';
  const open = status === 'todo';
  const expanded = open && (isNext || hereLabel !== undefined || showDetails);
  const link = consoleLinkFor(step, values);
  useEffect(() => {
    if (!open && refocus.current) undo.current?.focus();
    refocus.current = false;
  }, [open]);
  const onPlatformPage = step.page === platformConnectPage;
  const titleId = `step-${step.id}-title`;
  const indicator =
    status === 'done' ? (
      <StatusIndicator status="done">{progress?.by === 'page' ? 'Done (seen)' : 'Done'}</StatusIndicator>
    ) : status === 'skipped' ? (
      <StatusIndicator status="skipped">Skipped</StatusIndicator>
    ) : isNext ? (
      <StatusIndicator status="current">Next</StatusIndicator>
    ) : (
      <StatusIndicator status="pending">To do</StatusIndicator>
    );

  return (
    <li className="step" data-status={status} data-next={isNext} data-here={hereLabel !== undefined} aria-labelledby={titleId} aria-current={isNext ? 'step' : undefined}>
      <div className="step-head">
        <span className="step-title" id={titleId}>
          {number}. {step.title}
        </span>
        {indicator}
      </div>
      {hereLabel !== undefined && <span className="here">You are on: {hereLabel}</span>}
      {open && <p className="secondary">{step.why}</p>}
      {status === 'skipped' && progress?.skipReason && <p className="secondary">Skipped because: {progress.skipReason}</p>}
      {expanded && (
        <>
          <ol className="small" style={{ margin: 0, paddingLeft: 20 }} aria-label="Instructions">
            {step.instructions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          {step.caution && (
            <p className="small" role="note" style={{ color: 'var(--warning)' }}>
              ⚠ {step.caution}
            </p>
          )}
          {step.completion.kind === 'manual' && <p className="secondary">How to tell it is done: {step.completion.hint}</p>}
        </>
      )}
      {open && !skipping && (
        <div className="step-actions">
          {link.ok ? (
            <button
              type="button"
              className={isNext ? 'icon primary' : 'icon'}
              data-finops-action={onPlatformPage ? 'open-portal' : 'open-in-console'}
              aria-label={onPlatformPage ? `Open ${platform.displayName} for: ${step.title}` : `Open in console: ${step.title}`}
              onClick={() => onOpen(link.value, step)}
            >
              {onPlatformPage ? `Open ${platform.displayName}` : 'Open in console'}
            </button>
          ) : (
            <button type="button" className="icon" data-finops-action="open-in-console" aria-label={`Open in console: ${step.title}`} disabled title={link.problem.message}>
              Open in console
            </button>
          )}
          {step.document && <PolicyDocument templateId={step.document} platform={platform} authMethod={authMethod} values={documentValues} />}
          {onMarkDone && (
            <button type="button" className="icon link" data-finops-action="mark-done" aria-label={`I did this myself: ${step.title}`} onClick={() => {
                refocus.current = true;
                onMarkDone();
              }}>
              I did this myself
            </button>
          )}
          {onSkip && (
            <button type="button" className="icon link" aria-label={`Skip: ${step.title}`} onClick={() => setSkipping(true)}>
              Skip
            </button>
          )}
          {!isNext && hereLabel === undefined && (
            <button type="button" className="icon link" aria-expanded={showDetails} aria-label={`How: ${step.title}`} onClick={() => setShowDetails(!showDetails)}>
              {showDetails ? 'Hide how' : 'How'}
            </button>
          )}
        </div>
      )}
      {open && !link.ok && <p className="secondary">{link.problem.message}</p>}
      {skipping && onSkip && (
        <SkipStepForm
          stepTitle={step.title}
          onCancel={() => setSkipping(false)}
          onSkip={(reason) => {
            refocus.current = true;
            setSkipping(false);
            onSkip(reason);
          }}
        />
      )}
      {!open && onReopen && (
        <div className="step-actions">
          <button type="button" ref={undo} className="icon link" aria-label={`Undo: ${step.title}`} onClick={onReopen}>
            Undo
          </button>
        </div>
      )}
      {expanded && children}
    </li>
  );
}
