// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { finopsForCloud } from '../../lib/platforms';
import { PolicyDocument } from './PolicyDocument';

afterEach(cleanup);

const values = { accountId: '111122223333', bucketName: 'billing-export-111122223333' };
const theirs = { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::billing-export-111122223333/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };

const statementsShown = () => (JSON.parse(screen.getByLabelText(/Bucket policy for Data Exports.*, as JSON/i).textContent ?? '') as { Statement: Array<{ Sid: string }> }).Statement;

describe('PolicyDocument', () => {
  it('shows the filled billing import policy, copies it and offers it as a .json download', async () => {
    const user = userEvent.setup();
    render(<PolicyDocument templateId="billingImportPolicy" platform={finopsForCloud} authMethod="assumedRole" values={values} />);
    await user.click(screen.getByRole('button', { name: 'View policy' }));
    const text = screen.getByLabelText(/billing import.*, as JSON/i).textContent ?? '';
    expect(text).toContain('arn:aws:s3:::billing-export-111122223333/*');
    expect(text).not.toMatch(/<|\{\{/);
    await user.click(screen.getByRole('button', { name: /Copy .*billing import/i }));
    expect(await navigator.clipboard.readText()).toBe(text);
    const download = screen.getByRole('link', { name: /Download .* as FinOpsForCloudBillingImport\.json/ });
    expect(decodeURIComponent(download.getAttribute('href')!.split(',')[1]!)).toBe(`${text}\n`);
  });

  it('merges the bucket statement into a pasted current policy, keeping theirs', async () => {
    const user = userEvent.setup();
    render(<PolicyDocument templateId="dataExportsBucketPolicy" platform={finopsForCloud} authMethod="assumedRole" values={values} />);
    await user.click(screen.getByRole('button', { name: 'View policy' }));
    expect(statementsShown().map((statement) => statement.Sid)).toEqual(['FinOpsDataExportsDelivery']);
    const paste = screen.getByLabelText(/current policy/);
    await user.click(paste);
    await user.paste(JSON.stringify({ Version: '2012-10-17', Statement: [theirs] }));
    expect(statementsShown()).toContainEqual(theirs);
    expect(statementsShown().map((statement) => statement.Sid)).toEqual(['DenyInsecureTransport', 'FinOpsDataExportsDelivery']);
    expect(screen.getByText(/Adds 1 statement/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Copy/ })).toHaveTextContent('Copy merged policy');
  });

  it('says why a pasted policy that is not JSON cannot be merged, and keeps offering ours alone', async () => {
    const user = userEvent.setup();
    render(<PolicyDocument templateId="dataExportsBucketPolicy" platform={finopsForCloud} authMethod="assumedRole" values={values} />);
    await user.click(screen.getByRole('button', { name: 'View policy' }));
    await user.click(screen.getByLabelText(/current policy/));
    await user.paste('{ "Statement": [ ');
    expect(screen.getByText(/isn't valid JSON/)).toBeInTheDocument();
    expect(statementsShown().map((statement) => statement.Sid)).toEqual(['FinOpsDataExportsDelivery']);
  });

  it('names the value it still needs instead of showing a policy with a hole in it', () => {
    render(<PolicyDocument templateId="billingImportPolicy" platform={finopsForCloud} authMethod="assumedRole" values={{ accountId: '111122223333' }} />);
    expect(screen.queryByRole('button', { name: 'View policy' })).toBeNull();
    expect(screen.getByText(/bucket/i)).toBeInTheDocument();
  });
});
