// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FormAction } from '@/lib/handoff/fill-plan';
import { applyFillPlan, findPressable, olderConnectFormShown } from './fill-form';

/*
 * The executor on plain DOM, for what a well-behaved page never shows: fields that turn up late,
 * refuse a value, or are not there at all. tests/browser/portal-fill.test.ts runs it on the
 * MUI + react-hook-form replica of the portal in a real browser.
 */

const press = (label: string, testId?: string): FormAction => ({ kind: 'press', label, ...(testId ? { testId } : {}) });
const fill = (label: string, inputName: string | undefined, testId: string | undefined, value: string): FormAction => ({
  kind: 'fill',
  fieldKey: label,
  label,
  ...(inputName ? { inputName } : {}),
  ...(testId ? { testId } : {}),
  value,
  secret: false,
  suggested: false,
});
const choose: FormAction = { kind: 'choose', fieldKey: 'exportType', label: 'Export type', inputName: 'curVersion', value: '2', meaning: 'CUR 2.0' };

const run = (actions: FormAction[]) => applyFillPlan(document, actions, new AbortController().signal, { fieldTimeoutMs: 100 });
const outcomes = async (actions: FormAction[]) => (await run(actions)).map(({ action, outcome }) => `${action.label}: ${outcome}`);

beforeEach(() => {
  document.body.innerHTML = `
    <div role="group" aria-label="Account type">
      <button type="button">AWS Management</button><button type="button">AWS Member</button>
    </div>
    <form>
      <input name="name">
      <div data-test-id="input_assume_role_name"><input></div>
      <input data-test-id="input_export_name">
      <label><input type="radio" name="curVersion" value="1" checked> Legacy</label>
      <label><input type="radio" name="curVersion" value="2"> CUR 2.0</label>
    </form>`;
});

describe('applyFillPlan', () => {
  it('fills inputs found by name or test id, picks the radio, and reads them all back', async () => {
    const events: string[] = [];
    document.querySelector('input[name="name"]')?.addEventListener('input', (event) => events.push(`input ${(event.target as HTMLInputElement).value}`));
    const results = await outcomes([fill('Name', 'name', undefined, 'Acme'), fill('Assumed Role Name', 'awsRoleName', 'input_assume_role_name', 'FinOpsReader'), choose, fill('Export name', undefined, 'input_export_name', 'cur2')]);
    expect(results).toEqual(['Name: done', 'Assumed Role Name: done', 'Export type: done', 'Export name: done']);
    expect(events).toEqual(['input Acme']);
    expect(document.querySelector<HTMLInputElement>('input[name="curVersion"][value="2"]')?.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('[data-test-id="input_assume_role_name"] input')?.value).toBe('FinOpsReader');
  });

  it('presses a toggle by its label when it has no test id, and waits for the fields it shows', async () => {
    let pressed = '';
    for (const button of Array.from(document.querySelectorAll('button')))
      button.addEventListener('click', () => {
        pressed = button.textContent ?? '';
        setTimeout(() => document.querySelector('form')?.insertAdjacentHTML('beforeend', '<input name="awsRoleAccountId">'), 30);
      });
    expect(await outcomes([press('Member', 'btn_member'), fill('AWS Account ID', 'awsRoleAccountId', undefined, '111122223333')])).toEqual(['Member: done', 'AWS Account ID: done']);
    expect(pressed).toBe('AWS Member');
  });

  it('reports a field that did not keep its value as not kept', async () => {
    const stubborn = document.querySelector<HTMLInputElement>('input[name="name"]');
    stubborn?.addEventListener('input', () => setTimeout(() => (stubborn.value = '')));
    expect(await outcomes([fill('Name', 'name', undefined, 'Acme')])).toEqual(['Name: not-kept']);
  });

  it('reports a value a later toggle wiped as not kept', async () => {
    document.querySelector('button')?.addEventListener('click', () => document.querySelector('form')?.reset());
    expect(await outcomes([fill('Name', 'name', undefined, 'Acme'), press('Management')])).toEqual(['Name: not-kept', 'Management: done']);
  });

  it('reports toggles and fields that are not on the page as not found', async () => {
    expect(await outcomes([press('Access key', 'btn_accessKey'), fill('AWS Access key ID', 'awsAccessKeyId', 'input_aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE')])).toEqual([
      'Access key: not-found',
      'AWS Access key ID: not-found',
    ]);
  });
});

describe('findPressable', () => {
  it('does not guess between two buttons that both end with the label', () => {
    document.body.innerHTML = '<button>AWS Member</button><button>Azure Member</button>';
    expect(findPressable(document, { kind: 'press', label: 'Member' })).toBeUndefined();
  });
});

describe('the older connect form', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <button type="button">AWS Root</button><button type="button">AWS Linked</button>
      <label><input type="checkbox" name="useEdpDiscount" checked> Use AWS Enterprise Discount Program (EDP)</label>
      <label><input type="checkbox" checked> Automatically detect existing Data Exports</label>
      <label><input type="radio" name="configScheme" value="create_report" checked> Create new Data Export</label>
      <label><input type="radio" name="configScheme" value="bucket_only"> Connect only to data in bucket</label>`;
  });

  it('is recognised by its AWS Root tile', () => {
    expect(olderConnectFormShown(document)).toBe(true);
    document.body.innerHTML = '<button type="button">AWS</button>';
    expect(olderConnectFormShown(document)).toBe(false);
  });

  it('turns detection off by its label, chooses bucket only, and leaves EDP alone', async () => {
    const results = await applyFillPlan(
      document,
      [
        { kind: 'switch', fieldKey: 'detectExports', label: 'Automatically detect existing Data Exports', inputName: 'isFindReport', on: false },
        { kind: 'choose', fieldKey: 'dataExportSource', label: 'Connect only to data in bucket', inputName: 'configScheme', value: 'bucket_only', meaning: 'Connect only to data in bucket' },
      ],
      new AbortController().signal,
      { fieldTimeoutMs: 100 },
    );
    expect(results.map(({ outcome }) => outcome)).toEqual(['done', 'done']);
    const boxes = document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect([boxes[0]?.checked, boxes[1]?.checked]).toEqual([true, false]);
    expect(document.querySelector<HTMLInputElement>('input[value="bucket_only"]')?.checked).toBe(true);
  });

  it('reports a switch it cannot find', async () => {
    document.body.innerHTML = '<form></form>';
    const results = await applyFillPlan(document, [{ kind: 'switch', fieldKey: 'detectExports', label: 'Automatically detect existing Data Exports', on: false }], new AbortController().signal, { fieldTimeoutMs: 50 });
    expect(results[0]?.outcome).toBe('not-found');
  });
});
