// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValueEntry } from './value-entries';
import { valueHintsFor } from './value-kinds';
import { ValuesPanel } from './ValuesPanel';

afterEach(cleanup);

const entries: ValueEntry[] = [
  { kind: 'accountId', value: '1111-2222-3333', source: 'page' },
  { kind: 'bucketName', value: 'billing-export-111122223333', source: 'default' },
  { kind: 'exportPathPrefix', value: 's3://billing-export-111122223333/finops/reports/', source: 'typed' },
  { kind: 'roleArn', value: 'arn:aws:sts::111122223333:assumed-role/Admin/me', source: 'page' },
  { kind: 'externalId' },
];

const rowOf = (label: string) => screen.getByText(label, { selector: '.kv-label' }).closest('li') as HTMLElement;

describe('ValuesPanel', () => {
  it.each([
    ['Copy AWS account ID', '111122223333'],
    ['Copy S3 bucket name', 'billing-export-111122223333'],
    ['Copy S3 path prefix', 'finops/reports'],
  ])('%s copies what the platform field wants: %s', async (buttonName, expected) => {
    const user = userEvent.setup();
    render(<ValuesPanel entries={entries} onSave={() => {}} />);
    await user.click(screen.getByRole('button', { name: buttonName }));
    expect(await navigator.clipboard.readText()).toBe(expected);
    expect(screen.getByRole('button', { name: buttonName })).toHaveAttribute('data-finops-action', 'copy');
  });

  it("shows a legacy CUR export's type, and sends the person to the export's Edit page for its prefix", () => {
    const legacy: ValueEntry[] = [
      { kind: 'curVersion', value: '1', source: 'page' },
      { kind: 'exportPathPrefix' },
    ];
    render(<ValuesPanel entries={legacy} onSave={() => {}} hints={valueHintsFor({ curVersion: { value: '1' } })} />);
    expect(within(rowOf('Export type')).getByText('1')).toBeInTheDocument();
    expect(within(rowOf('S3 path prefix')).getByText(/open the export in Data Exports and choose Edit/)).toBeInTheDocument();
    expect(valueHintsFor({ curVersion: { value: '2' } })).toEqual({});
  });

  it('shows where each value came from', () => {
    render(<ValuesPanel entries={entries} onSave={() => {}} />);
    expect(within(rowOf('AWS account ID')).getByText('read from page')).toBeInTheDocument();
    expect(within(rowOf('S3 bucket name')).getByText('default')).toBeInTheDocument();
    expect(within(rowOf('S3 path prefix')).getByText('typed')).toBeInTheDocument();
  });

  it('explains an invalid value and offers no copy for it', () => {
    render(<ValuesPanel entries={entries} onSave={() => {}} />);
    const row = rowOf('Role ARN');
    expect(within(row).getByText(/ARN of a signed-in session, not of the role/)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Copy Role ARN' })).toBeNull();
  });

  it('copies all valid values as labelled lines', async () => {
    const user = userEvent.setup();
    render(<ValuesPanel entries={entries} onSave={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Copy all values' }));
    expect(await navigator.clipboard.readText()).toBe(
      'AWS account ID: 111122223333\nS3 bucket name: billing-export-111122223333\nS3 path prefix: finops/reports',
    );
  });

  it('checks a typed value as it is typed and saves it normalised', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<ValuesPanel entries={entries} onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: 'Edit AWS account ID' }));
    const input = screen.getByRole('textbox', { name: 'AWS account ID' });
    await user.clear(input);
    await user.type(input, '1234-5678-901');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/12 digits; this one has 11/);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.type(input, '2{Enter}');
    expect(onSave).toHaveBeenCalledWith('accountId', '123456789012');
    expect(screen.queryByRole('textbox', { name: 'AWS account ID' })).toBeNull();
  });

  it('offers to enter a value that is not known yet', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<ValuesPanel entries={entries} onSave={onSave} />);
    expect(within(rowOf('External ID')).getByText('Not known yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enter External ID' }));
    await user.type(screen.getByRole('textbox', { name: 'External ID' }), 'finops-connection-7{Enter}');
    expect(onSave).toHaveBeenCalledWith('externalId', 'finops-connection-7');
  });
});
