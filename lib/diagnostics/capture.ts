import type { PageId } from '../console/pages';

/**
 * Field captures: a person's "Report a problem" report turned into a test fixture. The report keeps
 * the page's structure and known labels but masks every value; a capture puts a fake of the same
 * shape wherever a mask was (an account ID becomes another 12-digit ID, an IAM ARN another IAM ARN …)
 * so the page detectors and DOM readers can run on it as they would on the real page. The page's own
 * texts stay what the report made them, their length only.
 */
export interface FieldCapture {
  /** Where it came from, e.g. "replica: export details with s3://BUCKET/finops/cur2" or a support ticket. */
  source: string;
  /** The report's URL with fakes for its masks. */
  url: string;
  /** The report's "Page:" line: what the extension recognised when the report was made. */
  reportedPage: string;
  /** The report's structure lines with fakes for its masks. */
  structure: string[];
  expect: CaptureExpectation;
}

export interface CaptureExpectation {
  /** The page detector that must recognise the URL. */
  page: PageId;
  /** Values read from the capture (URL detectors' names, DOM readers' counts), by kind. */
  values: Record<string, string | number | boolean>;
}

export const fakeAccountId = '111122223333';
export const fakeBucket = 'fake-bucket-0001';

// Fakes keep the masked value's form: an ARN keeps its partition and service.
const fakeArn = (partition: string, service: string): string => {
  if (service === 'iam') return `arn:${partition}:iam::${fakeAccountId}:role/FakeRole`;
  if (service === 's3') return `arn:${partition}:s3:::${fakeBucket}`;
  if (service === 'sts') return `arn:${partition}:sts::${fakeAccountId}:assumed-role/FakeRole/fake-session`;
  return `arn:${partition}:${service}:us-east-1:${fakeAccountId}:fake/FakeResource`;
};

const fakeNames: Record<string, string> = {
  '<account>': fakeAccountId,
  '<bucket>': fakeBucket,
  '<role>': 'FakeRole',
  '<user>': 'FakeUser',
  '<group>': 'FakeGroup',
  '<policy>': 'FakePolicy',
  '<export>': 'fake-export',
  '<stack set>': 'FakeStackSet',
  '<stack>': 'FakeStack',
  '<external id>': 'fake-external-id',
  '<template url>': 'https%3A%2F%2Ffake-bucket-0001.s3.amazonaws.com%2Ffake.yaml',
  '<email>': 'someone@example.com',
  '<access key id>': 'AKIAFAKEFAKEFAKEFAKE',
  '<secret>': 'fakeSecretFakeSecretFakeSecretFakeSecret',
  '<token>': 'FAKETOKEN'.repeat(12),
  '<session>': 'fakesession',
  '<name>': 'fake-name',
  '<service>': 'fake',
};

/** `text` with every mask the report uses replaced by a fake of the same shape. */
export function fakeMaskedValues(text: string): string {
  return text
    .replace(/arn:(aws[a-z-]*):([a-z0-9<>-]*):<masked>/gi, (_match, partition: string, service: string) => fakeArn(partition, service))
    .replace(/arn%3A(aws[a-z-]*)%3A([a-z0-9<>-]*)%3A<masked>/gi, (_match, partition: string, service: string) =>
      encodeURIComponent(fakeArn(partition, service)),
    )
    // URL values the report keeps only as their length (`<value 12 chars>`) become that many letters.
    .replace(/<([a-z][a-z ]*?) (\d+) chars>/g, (match, kind: string, length: string) => (kind === 'text' ? match : 'x'.repeat(Number(length))))
    .replace(/<(?:[a-z][a-z ]*)>/g, (mask) => fakeNames[mask] ?? mask);
}

const linePattern = (name: string) => new RegExp(`^${name}: (.*)$`, 'm');

/**
 * A capture from a report as the extension shows it (copied from its text box). Throws with what is
 * missing when the text isn't such a report.
 */
export function captureFromSnapshot(report: string, expect: CaptureExpectation, source: string): FieldCapture {
  const url = linePattern('URL').exec(report)?.[1];
  const reportedPage = linePattern('Page').exec(report)?.[1];
  const lines = report.split('\n');
  const structureStart = lines.findIndex((line) => line.startsWith('Structure of the page'));
  if (!url || !reportedPage || structureStart === -1) {
    throw new Error('Not a "Report a problem" report: expected its "Page:", "URL:" and "Structure of the page" lines.');
  }
  const structure = lines
    .slice(structureStart + 1)
    .filter((line) => line.trim() !== '' && !line.startsWith('… report cut'))
    .map(fakeMaskedValues);
  return { source, url: fakeMaskedValues(url), reportedPage, structure, expect };
}

// One structure line: `tag.awsui_x.ace_y[attr][attr] "Label"` or `… <text N chars>`, maybe `×N`.
const nodePattern = /^([a-z][a-z0-9-]*)((?:\.[a-z][\w-]*)*)((?:\[[^\]]*\])*)(?: (.*))?$/;

interface CaptureNode {
  line: string;
  children: CaptureNode[];
  times: number;
}

function parseTree(structure: string[]): CaptureNode[] {
  const roots: CaptureNode[] = [];
  const stack: Array<{ indent: number; node: CaptureNode }> = [];
  for (const raw of structure) {
    const indent = raw.length - raw.trimStart().length;
    let line = raw.trim();
    if (line.startsWith('… ')) continue;
    let times = 1;
    const repeated = / ×(\d+)$/.exec(line);
    if (repeated) {
      times = Number(repeated[1]);
      line = line.slice(0, repeated.index);
    }
    // "a > b > c": a chain of single children on one line; quoted labels may hold " > " too.
    const chain = line.split(/ > (?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const nodes = chain.map((part) => ({ line: part, children: [] as CaptureNode[], times: 1 }));
    nodes.forEach((node, index) => nodes[index - 1]?.children.push(node));
    const [head] = nodes;
    if (!head) continue;
    head.times = times;
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    const parent = stack.at(-1)?.node;
    (parent ? parent.children : roots).push(head);
    stack.push({ indent, node: nodes.at(-1) ?? head });
  }
  return roots;
}

function buildElement(doc: Document, line: string): Element {
  const match = nodePattern.exec(line);
  if (!match) {
    const span = doc.createElement('span');
    span.textContent = line;
    return span;
  }
  const [, tag = 'div', classes = '', attributes = '', rest = ''] = match;
  const element = doc.createElement(tag);
  for (const name of classes.split('.').filter(Boolean)) element.classList.add(name);
  for (const attribute of attributes.slice(1, -1).split('][').filter(Boolean)) {
    const equals = attribute.indexOf('=');
    const name = equals === -1 ? attribute : attribute.slice(0, equals);
    const value = equals === -1 ? '' : attribute.slice(equals + 1);
    const text = value.startsWith('"') ? (JSON.parse(value) as string) : fillText(value);
    if (name === 'checked') (element as HTMLInputElement).checked = true;
    else if (name === 'filled') (element as HTMLInputElement).value = 'x';
    else if (name === 'disabled' || name === 'hidden') element.setAttribute(name, '');
    else if (name === 'contenteditable') element.setAttribute(name, 'true');
    else if (name === 'unchecked' || name === 'empty' || name === 'for' || name === 'aria-labelledby') continue;
    else element.setAttribute(name, text);
  }
  let text = rest.replace(/ \((?:navigation, )?\d+ (?:elements?|rows?)(?: left out| inside)\)$/, '');
  if (/^\(navigation, /.test(rest)) text = '';
  if (text) element.append(doc.createTextNode(text.startsWith('"') ? (JSON.parse(text) as string) : fillText(text)));
  return element;
}

// `<text N chars>`: the report kept only the length; the filler has that length.
const fillText = (text: string) => text.replace(/<text (\d+) chars>/g, (_match, length: string) => 'x'.repeat(Number(length)));

/**
 * DOM reader's counterpart: the capture's structure rebuilt inside `doc`'s body (a `<main>` region as
 * the report described it), so detectors and readers run on it as on the page.
 */
export function documentFromCapture(capture: FieldCapture, doc: Document): Document {
  doc.body.replaceChildren();
  const append = (parent: Element, nodes: CaptureNode[]) => {
    for (const node of nodes) {
      for (let copy = 0; copy < node.times; copy += 1) {
        const element = buildElement(doc, node.line);
        parent.append(element);
        append(element, node.children);
      }
    }
  };
  append(doc.body, parseTree(capture.structure));
  return doc;
}
