// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plan } from '../../lib/onboarding/plan';
import type { AccountProgress } from '../../lib/onboarding/progress';
import { cloudyn, finopsForCloud } from '../../lib/platforms';
import { StepChecklist, type StepChecklistProps } from './StepChecklist';

afterEach(cleanup);

const existingExport = plan(finopsForCloud, 'standalone', 'assumedRole', 'exists');
const at = '2025-06-02T12:00:00.000Z';
const progress: AccountProgress['steps'] = {
  'find-data-export': { status: 'done', at, by: 'page' },
  'billing-import-policy': { status: 'skipped', at, by: 'user', skipReason: 'Made by the platform team' },
};

const renderChecklist = (props: Partial<StepChecklistProps> = {}) => {
  const handlers = { onOpen: vi.fn(), onMarkDone: vi.fn(), onSkip: vi.fn(), onReopen: vi.fn() };
  render(<StepChecklist steps={existingExport.steps} progress={progress} nextStepId="bucket-policy" values={{}} platform={finopsForCloud} authMethod="assumedRole" {...handlers} {...props} />);
  return handlers;
};

const step = (title: RegExp) => screen.getByRole('listitem', { name: title });

describe('StepChecklist', () => {
  it('shows each step’s status and why it matters', () => {
    renderChecklist();
    expect(within(step(/Find your existing Data Export/)).getByText('Done (seen)')).toBeInTheDocument();
    expect(within(step(/FinOpsForCloudBillingImport/)).getByText('Skipped because: Made by the platform team')).toBeInTheDocument();
    expect(within(step(/Update the bucket policy/)).getByText('Next')).toBeInTheDocument();
    expect(within(step(/FinOpsForCloudResourceDiscovery/)).getByText('To do')).toBeInTheDocument();
    expect(within(step(/FinOpsForCloudResourceDiscovery/)).getByText(/list the account's resources .* read-only/)).toBeInTheDocument();
  });

  it('holds back a console link it cannot build yet, and says which value it needs', () => {
    renderChecklist();
    const bucketPolicy = step(/Update the bucket policy/);
    expect(within(bucketPolicy).getByRole('button', { name: /Open in console/ })).toBeDisabled();
    expect(within(bucketPolicy).getByText(/Enter the S3 bucket name first/)).toBeInTheDocument();
  });

  it('opens the step’s page with the values it is built from', async () => {
    const user = userEvent.setup();
    const { onOpen } = renderChecklist({ values: { bucketName: 'billing-export-111122223333', region: 'eu-west-1' } });
    await user.click(within(step(/Update the bucket policy/)).getByRole('button', { name: /Open in console/ }));
    expect(onOpen).toHaveBeenCalledWith(
      'https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/policy/edit?region=eu-west-1',
      expect.objectContaining({ id: 'bucket-policy' }),
    );
  });

  it('explains why the policy can’t be copied yet', () => {
    renderChecklist({ values: { bucketName: 'billing-export-111122223333' } });
    expect(within(step(/Update the bucket policy/)).getByText(/We need the AWS account ID before we can fill the bucket policy/)).toBeInTheDocument();
    expect(within(step(/Update the bucket policy/)).queryByRole('button', { name: /^Copy/ })).toBeNull();
  });

  it('copies the policy filled in for this account', async () => {
    const user = userEvent.setup();
    renderChecklist({ values: { bucketName: 'billing-export-111122223333', accountId: '111122223333' } });
    await user.click(within(step(/Update the bucket policy/)).getByRole('button', { name: 'Copy policy: Bucket policy for Data Exports delivery' }));
    const copied = JSON.parse(await navigator.clipboard.readText());
    expect(JSON.stringify(copied)).toContain('arn:aws:s3:::billing-export-111122223333/*');
    expect(JSON.stringify(copied)).toContain('arn:aws:bcm-data-exports:us-east-1:111122223333:export/*');
  });

  it('marks the person’s page', () => {
    renderChecklist({ here: { stepIds: ['bucket-policy'], label: 'Edit bucket policy — billing-export-111122223333' } });
    expect(within(step(/Update the bucket policy/)).getByText('You are on: Edit bucket policy — billing-export-111122223333')).toBeInTheDocument();
  });

  it('shows no ticking controls in a preview without an account', () => {
    render(<StepChecklist steps={plan(cloudyn, 'standalone', 'assumedRole', 'toCreate').steps} progress={{}} values={{}} platform={cloudyn} authMethod="assumedRole" onOpen={() => {}} />);
    expect(screen.queryByRole('button', { name: /I did this myself/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /Open in console/ }).length).toBeGreaterThan(3);
  });
});
