// @vitest-environment jsdom
// Real Cloudscape components rendered into jsdom, so the selectors meet the hashed `awsui_…`
// class names and aria links the console ships; hand-written markup only where noted.
import Checkbox from '@cloudscape-design/components/checkbox';
import CodeEditor, { type CodeEditorProps } from '@cloudscape-design/components/code-editor';
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import ace from 'ace-builds/src-noconflict/ace';
import 'ace-builds/src-noconflict/mode-json';
import 'ace-builds/src-noconflict/theme-cloud_editor';
import 'ace-builds/src-noconflict/ext-language_tools';
import { act, createElement as h, Fragment, type ReactNode } from 'react';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findChoice, findFieldInput, findPolicyEditors, findTextShapes, readSuccessFlashes } from './dom-find';

const ignore = () => undefined;
const mounted: { root: ReactRoot; container: HTMLElement }[] = [];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(async () => {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
  document.body.innerHTML = '';
});

async function render(...children: ReactNode[]): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(h(Fragment, null, ...children)));
  return container;
}

function markup(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

const field = (label: ReactNode, value: string, extra: { description?: string; info?: ReactNode } = {}) =>
  h(FormField, { label, ...extra }, h(Input, { value, onChange: ignore }));

const textareaField = (label: ReactNode, value: string) => h(FormField, { label }, h(Textarea, { value, onChange: ignore }));

const valueOf = (element: HTMLInputElement | HTMLTextAreaElement | undefined) => element?.value;

describe('findFieldInput', () => {
  it('finds the input of a Cloudscape FormField by its label, in English, German and Japanese', async () => {
    await render(
      field('Role name', 'english-role', { description: 'Enter a meaningful name.', info: h('a', { href: '#' }, 'Info') }),
      field('Richtlinienname', 'german-policy'),
      field('ユーザー名', 'japanese-user'),
      field('Konto-ID', '111122223333'),
    );
    expect(valueOf(findFieldInput(document, 'roleName'))).toBe('english-role');
    expect(valueOf(findFieldInput(document, 'policyName'))).toBe('german-policy');
    expect(valueOf(findFieldInput(document, 'userName'))).toBe('japanese-user');
    expect(valueOf(findFieldInput(document, 'accountId'))).toBe('111122223333');
    expect(findFieldInput(document, 'externalId')).toBeUndefined();
  });

  it('reads a label marked "- optional" and finds a textarea', async () => {
    await render(field('Policy name', 'FinOpsForCloudBillingImport'), textareaField(h(Fragment, null, 'Description ', h('i', null, '- optional')), 'Lets FinOps read billing data'));
    const description = findFieldInput(document, 'description');
    expect(description?.tagName).toBe('TEXTAREA');
    expect(description?.value).toBe('Lets FinOps read billing data');
  });

  it('finds a field whose label is followed by a hint in its own element', async () => {
    await render(
      h(FormField, { label: 'S3 bucket name', description: 'Bucket name must be globally unique.' }, h(Input, { value: 'not-this', onChange: ignore })),
      h(FormField, { label: 'S3 path prefix', description: 'Enter the S3 path prefix that you want prepended to the name of your data export.' }, h(Input, { value: 'finops/cur2', onChange: ignore })),
    );
    expect(valueOf(findFieldInput(document, 's3PathPrefix'))).toBe('finops/cur2');
    expect(findFieldInput(document, 's3Bucket')).toBeUndefined();
    expect(valueOf(findFieldInput(document, 's3BucketName'))).toBe('not-this');
  });

  it('does not take a longer label for a shorter one', async () => {
    await render(field('Role name prefix', 'prefix-value'), field('Role name', 'the-role'));
    expect(valueOf(findFieldInput(document, 'roleName'))).toBe('the-role');
  });

  it('never returns a checkbox, even one labelled with the asked-for text', async () => {
    await render(
      h(Checkbox, { checked: false, onChange: ignore }, 'Require external ID'),
      field('External ID', 'cloudyn-external-id'),
    );
    expect(findFieldInput(document, 'requireExternalId')).toBeUndefined();
    expect(valueOf(findFieldInput(document, 'externalId'))).toBe('cloudyn-external-id');
  });

  it('falls back to the aria-label of a Cloudscape Input without a FormField', async () => {
    await render(h(Input, { value: 'billing-111122223333', ariaLabel: 'Exportname', onChange: ignore }));
    expect(valueOf(findFieldInput(document, 'exportName'))).toBe('billing-111122223333');
  });

  it('falls back to aria-labelledby (hand-written markup)', () => {
    markup('<span id="prefix-label">S3 パスプレフィックス</span><input aria-labelledby="other prefix-label" value="reports">');
    expect(valueOf(findFieldInput(document, 's3PathPrefix'))).toBe('reports');
  });

  it('pairs plain labels with the input in their own row, not the first one in the form (hand-written markup)', () => {
    markup(`
      <form>
        <div><label>Role name</label><input name="role" value="the-role"></div>
        <div><label>Policy name</label><input name="policy" value="the-policy"></div>
        <div><label>External ID <input name="external" value="wrapped"></label></div>
      </form>`);
    expect(valueOf(findFieldInput(document, 'roleName'))).toBe('the-role');
    expect(valueOf(findFieldInput(document, 'policyName'))).toBe('the-policy');
    expect(valueOf(findFieldInput(document, 'externalId'))).toBe('wrapped');
  });

  it('searches only under the root it is given', async () => {
    const outside = await render(field('Role name', 'outside'));
    const inside = await render(field('Role name', 'inside'));
    expect(valueOf(findFieldInput(inside, 'roleName'))).toBe('inside');
    expect(valueOf(findFieldInput(outside, 'roleName'))).toBe('outside');
  });
});

describe('findChoice', () => {
  it('finds a Cloudscape checkbox by its label, in Japanese too', async () => {
    await render(
      h(Checkbox, { checked: false, onChange: ignore, description: '(Best practice when a third party will assume this role)' }, '外部 ID を要求する'),
      field('外部 ID', ''),
    );
    const box = findChoice(document, 'requireExternalId');
    expect(box?.type).toBe('checkbox');
    expect(findChoice(document, 'externalId')).toBeUndefined();
  });

  it('finds the role wizard’s checkbox by its real label, parenthetical and description included', async () => {
    await render(
      h(
        Checkbox,
        {
          checked: false,
          onChange: ignore,
          description: 'You can increase the security of your role by requiring an optional external identifier, which prevents "confused deputy" attacks.',
        },
        'Require external ID (Best practice when a third party will assume this role)',
      ),
      h(Checkbox, { checked: false, onChange: ignore }, 'Require MFA'),
    );
    const box = findChoice(document, 'requireExternalId');
    expect(box?.type).toBe('checkbox');
    expect(box).toBe(document.querySelectorAll('input[type="checkbox"]')[0]);
  });

  it('does not take a checkbox whose label only begins with the same words', async () => {
    await render(h(Checkbox, { checked: false, onChange: ignore }, 'Require external IDs for every role'));
    expect(findChoice(document, 'requireExternalId')).toBeUndefined();
  });

  it('reads a checkbox label with an "- optional" marker (create user, German)', async () => {
    await render(h(Checkbox, { checked: true, onChange: ignore }, 'Benutzerzugriff auf die AWS Management Console bereitstellen - ', h('i', null, 'optional')));
    expect(findChoice(document, 'consoleAccess')?.checked).toBe(true);
  });

  it('finds the right radio of a Cloudscape RadioGroup', async () => {
    await render(
      h(RadioGroup, {
        value: 'DAILY',
        onChange: ignore,
        items: [
          { value: 'DAILY', label: 'Täglich' },
          { value: 'HOURLY', label: 'Stündlich', description: 'Kosten je Stunde' },
        ],
      }),
    );
    const hourly = findChoice(document, 'hourly');
    expect(hourly?.type).toBe('radio');
    expect(hourly?.value).toBe('HOURLY');
    expect(hourly?.checked).toBe(false);
  });

  it('finds a Cloudscape tile by its title, not by its description', async () => {
    await render(
      h(Tiles, {
        value: 'AWS_ACCOUNT',
        onChange: ignore,
        items: [
          { value: 'AWS_SERVICE', label: 'AWS service', description: 'Allow AWS services like EC2 to perform actions in this account.' },
          { value: 'AWS_ACCOUNT', label: 'AWS account', description: 'Custom trust policy' },
          { value: 'CUSTOM_TRUST_POLICY', label: 'Custom trust policy', description: 'Create a custom trust policy.' },
        ],
      }),
    );
    expect(findChoice(document, 'customTrustPolicy')?.value).toBe('CUSTOM_TRUST_POLICY');
    expect(findChoice(document, 'awsAccount')?.value).toBe('AWS_ACCOUNT');
  });

  it('finds a choice linked by <label for> (hand-written markup)', () => {
    markup('<input type="checkbox" id="resource-ids"><label for="resource-ids">Include resource IDs</label>');
    expect(findChoice(document, 'includeResourceIds')?.id).toBe('resource-ids');
  });

  it('reads a label placed beside the input in its own tile, without aria links (hand-written markup)', () => {
    markup(`
      <div class="awsui_root_tiles1">
        <div class="awsui_tile-container_t1"><span><input type="radio" value="account"></span><span class="awsui_label_l1">Ein anderes AWS-Konto</span></div>
        <div class="awsui_tile-container_t1"><span><input type="radio" value="custom"></span><span class="awsui_label_l1">Benutzerdefinierte Vertrauensrichtlinie</span></div>
      </div>`);
    expect(findChoice(document, 'customTrustPolicy')?.value).toBe('custom');
    expect(findChoice(document, 'anotherAwsAccount')?.value).toBe('account');
  });

  it("doesn't pin a label shared by several choices on the first of them (hand-written markup)", () => {
    markup(`
      <div class="awsui_root_group1">
        <span class="awsui_label_g1">Hourly</span>
        <input type="radio" value="first"><input type="radio" value="second">
      </div>`);
    expect(findChoice(document, 'hourly')).toBeUndefined();
  });

  it('never returns a text input', async () => {
    await render(field('Parquet', 'not a choice'));
    expect(findChoice(document, 'parquet')).toBeUndefined();
  });
});

describe('findPolicyEditors', () => {
  const i18nStrings = { loadingState: 'Loading code editor', errorState: 'There was an error loading the code editor.', errorStateRecovery: 'Retry' } as CodeEditorProps.I18nStrings;

  it('returns the Ace editor of a Cloudscape CodeEditor, not its hidden textarea', async () => {
    await render(
      textareaField(h(Fragment, null, 'Description ', h('i', null, '- optional')), ''),
      h(CodeEditor, { ace, language: 'json', value: '{\n  "Version": "2012-10-17"\n}', loading: false, i18nStrings, onPreferencesChange: ignore, ariaLabel: 'Policy editor', themes: { light: ['cloud_editor'], dark: [] } }),
    );
    const editors = findPolicyEditors(document);
    expect(editors).toHaveLength(1);
    expect(editors[0]?.classList.contains('ace_editor')).toBe(true);
  });

  it('without Ace, takes textareas holding JSON or empty ones, never the Description field', async () => {
    await render(
      textareaField('Policy', '{ "Version": "2012-10-17", "Statement": [] }'),
      textareaField(h(Fragment, null, 'Description ', h('i', null, '- optional')), ''),
      textareaField('説明', ''),
      textareaField('Notes', 'Created for FinOps'),
      h(Textarea, { value: '', ariaLabel: 'Policy editor', onChange: ignore }),
    );
    const editors = findPolicyEditors(document) as HTMLTextAreaElement[];
    expect(editors.map((editor) => editor.value)).toEqual(['{ "Version": "2012-10-17", "Statement": [] }', '']);
    expect(editors[1]?.getAttribute('aria-label')).toBe('Policy editor');
  });

  it('finds nothing on a page without editors', async () => {
    await render(field('Policy name', 'FinOpsForCloudBillingImport'));
    expect(findPolicyEditors(document)).toEqual([]);
  });
});

describe('readSuccessFlashes', () => {
  const flashbar = (items: FlashbarProps.MessageDefinition[]) => h(Flashbar, { items });

  it('reads success flashes only, header and content kept apart', async () => {
    await render(
      flashbar([
        { id: 'created', type: 'success', header: 'Role FinOpsForCloudAccessRole created.', content: 'You can now attach policies.' },
        { id: 'policy', type: 'success', content: h('span', null, 'Policy ', h('b', null, 'FinOpsForCloudBillingImport'), ' created.') },
        { id: 'failed', type: 'error', header: 'Bucket policy not saved', content: 'Policy has invalid resource.' },
        { id: 'note', type: 'info', content: 'Exports can take 24 hours.' },
      ]),
    );
    expect(readSuccessFlashes(document)).toEqual(['Role FinOpsForCloudAccessRole created. You can now attach policies.', 'Policy FinOpsForCloudBillingImport created.']);
  });

  it('keeps a name at the end of the header from running into the content', async () => {
    await render(flashbar([{ id: 'bucket', type: 'success', header: 'Successfully created bucket billing-export-111122223333', content: 'To upload files and folders, choose the bucket.' }]));
    const [text] = readSuccessFlashes(document);
    expect(/created bucket ([\w.-]+)/.exec(text ?? '')?.[1]).toBe('billing-export-111122223333');
  });

  it('reads nothing when no flash is shown', async () => {
    await render(flashbar([]));
    expect(readSuccessFlashes(document)).toEqual([]);
  });
});

describe('findTextShapes', () => {
  const roleArn = /arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+/;

  it('reads an ARN from Cloudscape key-value pairs without the next column running into it', async () => {
    await render(
      h(KeyValuePairs, {
        columns: 3,
        items: [
          { label: 'ARN', value: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole' },
          { label: 'Maximum session duration', value: '1 hour' },
          { label: 'Instance profile ARN', value: 'arn:aws:iam::111122223333:instance-profile/Other' },
        ],
      }),
    );
    expect(findTextShapes(document, roleArn)).toEqual(['arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole']);
  });

  it('returns each match once, in page order, with the pattern’s own flags kept', () => {
    markup('<p>akiaiosfodnn7example</p><div>AKIAIOSFODNN7EXAMPLE</div><div>AKIAI44QH8DHBEXAMPLE</div><div>AKIAIOSFODNN7EXAMPLE</div>');
    expect(findTextShapes(document, /AKIA[A-Z0-9]{16}/)).toEqual(['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE']);
    expect(findTextShapes(document, /akia[a-z0-9]{16}/i)).toEqual(['akiaiosfodnn7example', 'AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE']);
  });

  it('joins text a phrasing element splits, and skips scripts and styles', () => {
    markup(`
      <p>Role arn:aws:iam::111122223333:role/<b>FinOps</b>ForCloudAccessRole is ready.</p>
      <script>window.seen = "arn:aws:iam::999999999999:role/FromAScript";</script>
      <style>/* arn:aws:iam::999999999999:role/FromAStyle */</style>`);
    expect(findTextShapes(document, roleArn)).toEqual(['arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole']);
  });

  it('searches only under an element root', () => {
    const first = markup('<span>arn:aws:iam::111122223333:role/First</span>');
    markup('<span>arn:aws:iam::111122223333:role/Second</span>');
    expect(findTextShapes(first, roleArn)).toEqual(['arn:aws:iam::111122223333:role/First']);
    expect(findTextShapes(document, roleArn)).toHaveLength(2);
  });
});
