import { consoleLabels, isLabel, type LabelId } from '../console/labels';

/**
 * DOM readers for the problem report: the shape of a console page without its content. Tags,
 * roles, Cloudscape class names without their hash, input types, `data-testid`s and known console
 * labels are kept; every other text and attribute value becomes a shape marker, and no input's
 * value is ever read beyond "filled" or "empty".
 */
type Root = Document | Element;

const labelIds = Object.keys(consoleLabels) as LabelId[];

/** The console label `text` is, in any language we know, if it is one. */
export const knownLabel = (text: string | null | undefined): LabelId | undefined => labelIds.find((label) => isLabel(text, label));

const documentOf = (root: Root): Document => ('ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document));

/**
 * Where the page's own content is: the `<main>` landmark (Cloudscape's AppLayout renders one), a
 * `role="main"` element, else the body. An Element is taken as the region itself.
 */
export function contentRegion(root: Root): Element {
  if (!('body' in root)) return root;
  return root.querySelector('main, [role="main"]') ?? root.body ?? root.documentElement;
}

// Cloudscape hashes its class names: awsui_code-editor_1gl9c_abc12_5 → awsui_code-editor.
const cloudscapeClass = /^awsui_([a-z0-9-]+?)(?:_[a-z0-9]+)*$/;
// Layout and styling classes that say nothing about what an element is.
const noiseClass =
  /^(?:root|root-.+|refresh|.+-refresh|child|icon|icon-(?:left|right)|rotate|restore-pointer-events|grid|grid-column|colspan-\d+|box|with-.*|has-.*|is-.*|use-.*|hide-.*|decrease-.*|size-.*|variant-.*|font-.*|color-.*|.*-variant(?:-.*)?|horizontal.*|vertical.*|split-panel-.*|test-utils-.*|animated-content|virtual-space|divider.*)$/;

function cloudscapeNames(element: Element): string[] {
  const names: string[] = [];
  for (const name of Array.from(element.classList)) {
    const cloudscape = cloudscapeClass.exec(name)?.[1];
    if (cloudscape && !noiseClass.test(cloudscape)) names.push(`awsui_${cloudscape}`);
    // Ace's classes are not hashed and say exactly which part of the editor this is.
    else if (/^ace_[a-z-]+$/.test(name)) names.push(name);
  }
  return Array.from(new Set(names)).slice(0, 3);
}

const textMarker = (text: string) => `<text ${text.length} chars>`;

/** Visible text as a known label (quoted) or as its length only. */
const describeText = (text: string) => (knownLabel(text) ? JSON.stringify(text) : textMarker(text));

const ownText = (element: Element) =>
  Array.from(element.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.nodeValue ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const formControls = new Set(['input', 'textarea', 'select']);
const alwaysShown = new Set(['main', 'form', 'label', 'button', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'th', 'iframe', 'fieldset', 'legend', ...formControls]);
const neverShown = new Set(['script', 'style', 'noscript', 'template', 'svg', 'link', 'meta', 'br', 'hr', 'path']);
// Site navigation, breadcrumbs, the search bar: counted, not described.
const navigationSelector = 'nav, [role="navigation"], [role="search"], [class*="awsui_breadcrumbs"], [class*="awsui_navigation-container"]';
// Ace draws each visible line (and each gutter cell) as elements of its own: their number is enough.
const aceLayer = /(?:^|\s)ace_(?:text-layer|marker-layer|gutter-layer|cursor-layer|layer)(?:\s|$)/;

function attributes(element: Element, tag: string): string[] {
  const shown: string[] = [];
  const role = element.getAttribute('role');
  if (role) shown.push(`role=${/^[a-z]+(?: [a-z]+)*$/.test(role) ? role : textMarker(role)}`);
  const type = element.getAttribute('type');
  if (type && (tag === 'input' || tag === 'button')) shown.push(`type=${/^[a-z-]{1,20}$/.test(type) ? type : textMarker(type)}`);
  const testId = element.getAttribute('data-testid');
  if (testId !== null) shown.push(`data-testid=${/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/i.test(testId) && testId.length <= 48 ? testId : textMarker(testId)}`);
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel) shown.push(`aria-label=${describeText(ariaLabel)}`);
  if (element.hasAttribute('aria-labelledby')) shown.push('aria-labelledby');
  if (tag === 'label' && element.hasAttribute('for')) shown.push('for');
  if (formControls.has(tag)) {
    const control = element as HTMLInputElement;
    if (control.type === 'checkbox' || control.type === 'radio') shown.push(control.checked ? 'checked' : 'unchecked');
    // Whether something is in it, never what: a key or a name may be.
    else if (control.type !== 'hidden') shown.push(control.value === '' ? 'empty' : 'filled');
  }
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') shown.push('disabled');
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) shown.push('hidden');
  if (element.getAttribute('contenteditable') === 'true') shown.push('contenteditable');
  return shown;
}

const elementCount = (element: Element) => element.getElementsByTagName('*').length;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export interface StructureOptions {
  /** Levels of shown elements below the region (wrappers that say nothing don't count). */
  maxDepth?: number;
  /** Children shown per element; the rest are counted. */
  maxChildren?: number;
}

/** An element worth a line, with the shown elements under it. */
interface ShownElement {
  line: string;
  /** A line with the element's own text can't take its child on the same line. */
  hasText: boolean;
  children: ShownElement[];
}

const leaf = (line: string): ShownElement => ({ line, hasText: true, children: [] });

/**
 * The region's structure, one line per element that says something or groups several that do,
 * indented by nesting. Other wrappers are left out (their child moves up), a chain of single
 * children shares a line ("div.awsui_title > h1.awsui_heading > span <text 9 chars>"), and
 * identical neighbours are shown once with "×N".
 */
export function describeStructure(region: Element, { maxDepth = 30, maxChildren = 12 }: StructureOptions = {}): string[] {
  const collect = (element: Element, depth: number): ShownElement[] => {
    const tag = element.tagName.toLowerCase();
    if (neverShown.has(tag)) return [];
    // Our own buttons and notices live in shadow roots: where they sit is what matters.
    if (tag.startsWith('finops-')) return [leaf(tag)];
    const names = cloudscapeNames(element).map((name) => `.${name}`).join('');
    if (element !== region && element.matches(navigationSelector)) {
      return [leaf(`${tag}${names} (navigation, ${plural(elementCount(element), 'element')} left out)`)];
    }
    const shown = attributes(element, tag);
    const text = ownText(element);
    const says = element === region || alwaysShown.has(tag) || names !== '' || shown.length > 0 || text !== '' || tag.includes('-');
    if (!says) {
      // A wrapper that says nothing still groups its children (a form field's label and control).
      const children = Array.from(element.children).flatMap((child) => collect(child, depth + 1));
      return children.length > 1 ? [{ line: tag, hasText: false, children }] : children;
    }

    const line = `${tag}${names}${shown.map((attribute) => `[${attribute}]`).join('')}${text ? ` ${describeText(text)}` : ''}`;
    if (aceLayer.test(element.className)) return [leaf(`${line} (${plural(element.children.length, 'row')} left out)`)];
    // Closed dropdowns and the like: that they are there is enough.
    if (shown.includes('hidden') && element.children.length > 0) return [leaf(`${line} (${plural(elementCount(element), 'element')} inside)`)];
    if (depth >= maxDepth && element.children.length > 0) return [{ line, hasText: text !== '', children: [leaf(`… ${plural(elementCount(element), 'element')} deeper`)] }];
    return [{ line, hasText: text !== '', children: Array.from(element.children).flatMap((child) => collect(child, depth + 1)) }];
  };

  /** Lines of one element and what is under it, indented relative to it. */
  const render = (element: ShownElement): string[] => {
    const groups = renderSiblings(element.children);
    const [only] = groups;
    if (groups.length === 1 && only && only.times === 1 && !element.hasText) {
      return [`${element.line} > ${only.lines[0]}`, ...only.lines.slice(1)];
    }
    return [element.line, ...flatten(groups).map((line) => `  ${line}`)];
  };

  const renderSiblings = (siblings: ShownElement[]) => {
    const groups: Array<{ lines: string[]; signature: string; times: number }> = [];
    for (const sibling of siblings) {
      const lines = render(sibling);
      const signature = lines.join('\n');
      const last = groups.at(-1);
      if (last?.signature === signature) last.times += 1;
      else groups.push({ lines, signature, times: 1 });
    }
    return groups;
  };

  const flatten = (groups: ReturnType<typeof renderSiblings>) => {
    const lines = groups.slice(0, maxChildren).flatMap(({ lines: [first = '', ...rest], times }) => [times > 1 ? `${first} ×${times}` : first, ...rest]);
    if (groups.length > maxChildren) lines.push(`… ${groups.length - maxChildren} more`);
    return lines;
  };

  return flatten(renderSiblings(collect(region, 0)));
}

/** What a person diagnosing "couldn't find the editor" asks first, counted over the whole page. */
export function pageSignals(root: Root): string[] {
  const count = (selector: string) => root.querySelectorAll(selector).length;
  const doc = documentOf(root);
  const html = doc.documentElement;
  const lang = html?.getAttribute('lang') ?? '';
  const dark = doc.querySelector('.awsui-dark-mode, .awsui-polaris-dark-mode') !== null;
  const labelsSeen = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('label, [class*="awsui_label"], [class*="awsui_title"], button, [role="tab"], [role="radio"]'))) {
    const label = knownLabel(ownText(element)) ?? knownLabel(element.textContent);
    if (label) labelsSeen.add(consoleLabels[label].en[0] ?? label);
  }
  return [
    `Console language: ${/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(lang) ? lang : lang ? textMarker(lang) : 'not set'} · theme: ${dark ? 'dark' : 'light'}`,
    `On the page: ${count('.ace_editor')} Ace editor(s) (.ace_editor), ${count('[class*="awsui_code-editor"]')} code editor(s) (awsui_code-editor), ` +
      `${count('textarea:not(.ace_text-input)')} textarea(s), ${count('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])')} text input(s), ` +
      `${count('input[type="checkbox"], input[type="radio"]')} checkbox(es)/radio(s), ${count('iframe')} iframe(s), ` +
      `${count('finops-action')} FinOps button(s), ${count('finops-notice')} FinOps notice(s)`,
    `Console labels seen: ${labelsSeen.size > 0 ? Array.from(labelsSeen).join(', ') : 'none'}`,
  ];
}
