// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { expectedOnPage } from './expected';
import { buildSnapshot, SNAPSHOT_MAX_CHARS } from './snapshot';

const accountId = '731946285017';
const dashedAccountId = '7319-4628-5017';
const trustedAccountId = '654035049067';
const bucketName = 'acme-cur-exports-eu';
const roleName = 'AcmeBillingReader';
const userName = 'acme-finops-bot';
const exportName = 'acme-hourly-cur';
const accessKeyId = 'AKIAZQ3DRST5EXAMPLE7';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9XAMPLEKE';
const email = 'jane.doe@acme-corp.example';
const plainSecretInput = 'the-project-we-keep-quiet';
const roleArn = `arn:aws:iam::${accountId}:role/${roleName}`;
const userArn = `arn:aws:iam::${accountId}:user/${userName}`;
const sessionArn = `arn:aws:sts::${accountId}:assumed-role/Admin/${email}`;
const cookieText = `aws-userInfo=${encodeURIComponent(JSON.stringify({ arn: sessionArn, alias: 'acme-prod' }))}`;

const sensitiveValues = [
  accountId,
  dashedAccountId,
  trustedAccountId,
  bucketName,
  roleName,
  userName,
  exportName,
  accessKeyId,
  secretAccessKey,
  email,
  plainSecretInput,
  roleArn,
  userArn,
  sessionArn,
  'acme-prod',
  'acme',
  // Parts an imperfect mask could leave behind.
  accountId.slice(0, 8),
  secretAccessKey.slice(0, 20),
  accessKeyId.slice(4),
];

// Cloudscape-like markup with hashed class names, and a sensitive value in every place a page can hold one.
const consolePage = `
<head>
  <meta name="awsc-session-data" content='${JSON.stringify({ accountId, sessionARN: sessionArn })}'>
  <title>${bucketName} - S3 bucket</title>
</head>
<body>
  <header><nav><span data-testid="awsc-nav-account-menu-button">${userName} @ ${dashedAccountId}</span></nav></header>
  <main class="awsui_layout_5gtk3_1am5l_7 awsui_root_5gtk3_1am5l_1">
    <nav class="awsui_breadcrumbs_5gtk3_1am5l_3"><a href="/s3/buckets/${bucketName}">${bucketName}</a></nav>
    <div class="awsui_root_18wu0_8x2kd_1">
      <h1 class="awsui_heading_2qdw9_1s2r5_5">Edit bucket policy</h1>
      <p>Bucket ARN arn:aws:s3:::${bucketName} owned by ${accountId} (${dashedAccountId}), contact ${email}</p>
      <p>Data export ${exportName} delivers to s3://${bucketName}/reports/</p>
      <div class="awsui_form-field_1d8qm_1kzqd_3" data-testid="row-${accountId}">
        <label class="awsui_label_1d8qm_1kzqd_9" for="policy-name">Policy name</label>
        <input id="policy-name" type="text" value="${roleName}" aria-label="Name for ${userName}">
      </div>
      <div class="awsui_form-field_1d8qm_1kzqd_3">
        <label class="awsui_label_1d8qm_1kzqd_9" for="notes">Notes for ${roleName}</label>
        <textarea id="notes">${secretAccessKey} ${accessKeyId}</textarea>
      </div>
      <div class="awsui_form-field_1d8qm_1kzqd_3">
        <label class="awsui_label_1d8qm_1kzqd_9">Account ID</label>
        <input type="text" value="${trustedAccountId}">
        <input type="password" value="${secretAccessKey}">
        <input type="hidden" name="token" value="${plainSecretInput}">
        <input type="text" value="${plainSecretInput}">
      </div>
      <div class="awsui_code-editor_1gl9c_abc12_5">
        <div class="awsui_error-screen_1gl9c_abc12_9">There was an error loading the code editor. ${roleArn}</div>
      </div>
      <span class="copyable" title="${accessKeyId}">${accessKeyId}</span>
      <span>${secretAccessKey}</span>
      <span>${cookieText}</span>
      <span>${userArn}</span>
      <script>window.session = ${JSON.stringify({ accountId, roleArn })}</script>
    </div>
  </main>
</body>`;

const url = `https://${accountId}-q7x2.s3.console.aws.amazon.com/s3/bucket/${bucketName}/property/policy/edit?region=eu-west-1&exportName=${exportName}`;

function loadPage(html: string): Document {
  const doc = document.implementation.createHTMLDocument('console');
  doc.documentElement.innerHTML = html;
  return doc;
}

const build = (root: Document | Element, problem?: string) =>
  buildSnapshot({
    url,
    root,
    expected: expectedOnPage['s3-edit-bucket-policy'],
    extensionVersion: '0.1.0',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0',
    problem,
  });

describe('buildSnapshot', () => {
  const report = build(loadPage(consolePage), `Couldn't find the bucket policy editor for ${bucketName} on this page.`);

  it.each(sensitiveValues)('contains nothing of %s', (value) => {
    expect(report.toLowerCase()).not.toContain(value.toLowerCase());
    expect(report.toLowerCase()).not.toContain(encodeURIComponent(value).toLowerCase());
  });

  it('says where, what was expected, and with which extension', () => {
    expect(report).toContain('Page: s3-edit-bucket-policy (Edit bucket policy)');
    expect(report).toContain('URL: https://<account>-<session>.s3.console.aws.amazon.com/s3/bucket/<bucket>/property/policy/edit?region=eu-west-1&exportName=<export>');
    expect(report).toContain(`Expected: ${expectedOnPage['s3-edit-bucket-policy']}`);
    expect(report).toContain("Shown to you: Couldn't find the bucket policy editor for <bucket> on this page.");
    expect(report).toContain('Extension version: 0.1.0');
    expect(report).toContain('Browser: Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0');
  });

  it('keeps the structure: tags, Cloudscape names without their hash, input types, test IDs, known labels', () => {
    expect(report).toContain('main.awsui_layout');
    expect(report).toMatch(/div\.awsui_code-editor > div\.awsui_error-screen <text \d+ chars>/);
    expect(report).not.toMatch(/awsui_[a-z-]+_[a-z0-9]{5}/);
    expect(report).toMatch(/label\.awsui_label\[for\] "Policy name"/);
    expect(report).toMatch(/label\.awsui_label "Account ID"/);
    expect(report).toMatch(/label\.awsui_label\[for\] <text \d+ chars>/);
    expect(report).toMatch(/input\[type=text\]\[aria-label=<text \d+ chars>\]\[filled\]/);
    expect(report).toContain('input[type=password][filled]');
    expect(report).toContain('textarea[filled]');
    expect(report).toContain('data-testid=row-<account>');
    expect(report).toContain('h1.awsui_heading <text 18 chars>');
    expect(report).toMatch(/nav\.awsui_breadcrumbs \(navigation, 1 element left out\)/);
    expect(report).toContain('On the page: 0 Ace editor(s) (.ace_editor), 1 code editor(s) (awsui_code-editor), 1 textarea(s)');
    expect(report).toContain('Console labels seen: Policy name, Account ID');
  });

  it('never describes an input by its value, only as filled or empty', () => {
    const doc = loadPage('<main><input type="text" value=""><input type="text"><textarea></textarea></main>');
    const input = doc.querySelector<HTMLInputElement>('input[type="text"]:not([value])')!;
    input.value = plainSecretInput; // typed, not an attribute
    const typed = build(doc);
    expect(typed).not.toContain(plainSecretInput);
    expect(typed).toContain('input[type=text][empty]\n');
    expect(typed).toContain('input[type=text][filled]\n');
    expect(typed).toContain('textarea[empty]');
  });

  it('describes a given element as the region', () => {
    const doc = loadPage(consolePage);
    const field = doc.querySelector('.awsui_code-editor_1gl9c_abc12_5')!;
    const lines = build(field).split('\n');
    expect(lines).toContain("Structure of the page's div region (wrappers without content left out):");
    expect(lines.at(-1)).toMatch(/^div\.awsui_code-editor > div\.awsui_error-screen <text \d+ chars>$/);
  });

  it('stays under 8 KB on a large page, and says it was cut', () => {
    const rows = (section: number) =>
      Array.from({ length: 12 }, (_, index) => `<div class="awsui_row_x1_y2_1"><span>${'x'.repeat(section * 12 + index + 1)}</span><input type="text" value="${accountId}"></div>`);
    const sections = Array.from({ length: 12 }, (_, section) => `<div class="awsui_container_x1_y2_1">${rows(section).join('')}</div>`);
    const big = build(loadPage(`<main>${sections.join('')}</main>`));
    expect(big.length).toBeLessThanOrEqual(SNAPSHOT_MAX_CHARS);
    expect(big).toMatch(/… report cut at 8 KB: \d+ more line\(s\) of structure left out\.$/);
    expect(big).not.toContain(accountId);
  });

  it('collapses identical neighbours and long lists', () => {
    const items = Array.from({ length: 30 }, (_, index) => `<li class="awsui_item_a1_b2_${index}">${index < 5 ? 'Hourly' : 'y'.repeat(index)}</li>`).join('');
    const list = build(loadPage(`<main><ul>${items}</ul></main>`));
    expect(list).toContain('li.awsui_item "Hourly" ×5');
    expect(list).toMatch(/… \d+ more/);
  });
});
