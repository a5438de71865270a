import { findChoice, findInputLabelled, visibleText } from './dom-find';
import { isLabel } from './labels';
import { accountIdsIn, tableRows } from './read-organization';

/**
 * DOM readers for CloudFormation StackSet pages: the "Stack instances" table (one row per account
 * and region with its status) and the deployment options chosen in "Create StackSet". Rows are read
 * by value shape (a 12-digit account ID, a region code, a status word); only the status reason
 * needs its column header, being free text.
 */

/** CloudFormation's StackInstanceStatus. */
export const stackInstanceStatuses = ['CURRENT', 'OUTDATED', 'INOPERABLE'] as const;
export type StackInstanceStatus = (typeof stackInstanceStatuses)[number];

export interface StackInstanceRow {
  accountId: string;
  region?: string;
  status: StackInstanceStatus;
  statusReason?: string;
}

type Root = Document | Element;

const regionPattern = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const regionInTextPattern = /(?<![a-z-])[a-z]{2}(?:-[a-z]+)+-\d{1,2}(?![\d-])/g;

const cellsOf = (row: Element) => Array.from(row.querySelectorAll('td, th, [role="gridcell"], [role="cell"], [role="rowheader"]')).filter((cell) => !cell.querySelector('td, th'));

const statusOf = (text: string): StackInstanceStatus | undefined => stackInstanceStatuses.find((status) => status === text.trim().toUpperCase());

interface Columns {
  status?: number;
  statusReason?: number;
}

/** Column positions by header: the reason is free text, and "Status" tells itself from "Detailed status". */
function columnsOf(row: Element): Columns {
  const table = row.closest('table, [role="grid"], [role="table"]');
  const header = table?.querySelector('thead tr');
  if (!header) return {};
  const headers = cellsOf(header).map((cell) => visibleText(cell));
  const at = (index: number) => (index === -1 ? undefined : index);
  return {
    status: at(headers.findIndex((text) => isLabel(text, 'status'))),
    statusReason: at(headers.findIndex((text) => /^status reason$|^statusgrund$|^ステータスの理由$/i.test(text))),
  };
}

/**
 * The stack instances the page shows: account, region, status and reason. A paged table shows
 * one page at a time; call again when the page changes.
 */
export function readStackInstances(root: Root): StackInstanceRow[] {
  const rows: StackInstanceRow[] = [];
  const seen = new Set<string>();
  for (const row of tableRows(root)) {
    const cells = cellsOf(row);
    const texts = cells.map((cell) => visibleText(cell));
    const ids = accountIdsIn(texts.join(' '));
    if (ids.length !== 1) continue;
    const columns = columnsOf(row);
    // The "Status" column; without headers, the first status word ("Detailed status" may say INOPERABLE too).
    const byHeader = columns.status === undefined ? undefined : statusOf(texts[columns.status] ?? '');
    const status = byHeader ?? texts.map(statusOf).find((found) => found !== undefined);
    if (status === undefined) continue;
    const region = texts.find((text) => regionPattern.test(text));
    const key = `${ids[0]}|${region ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = columns.statusReason === undefined ? undefined : texts[columns.statusReason];
    rows.push({
      accountId: ids[0]!,
      ...(region === undefined ? {} : { region }),
      status,
      ...(reason && reason !== '-' ? { statusReason: reason } : {}),
    });
  }
  return rows;
}

export type DeploymentTargetsRead =
  | { kind: 'organization' }
  | { kind: 'organizationalUnits'; ids: string[] }
  /** Neither option is chosen, or the step isn't on screen. */
  | { kind: 'unknown' };

export interface DeploymentOptionsRead {
  targets: DeploymentTargetsRead;
  /** Region codes chosen under "Specify regions". */
  regions: string[];
  /** "Automatic deployment": Activated (true) or Deactivated (false); undefined when not on screen. */
  automaticDeployment?: boolean;
}

const organizationalUnitIdPattern = /^(?:ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;

/** The FormField (or fieldset) that `label` names, for reading the choice made inside it. */
function fieldScope(root: Root, matches: (text: string) => boolean): Element | undefined {
  for (const label of Array.from(root.querySelectorAll('label, legend, [class*="awsui_label_"]'))) {
    if (!matches(visibleText(label))) continue;
    let scope: Element | null = label.parentElement;
    // Up to the element that holds the field's controls, but no further than a few levels.
    for (let depth = 0; scope && depth < 6; depth += 1, scope = scope.parentElement) {
      if (scope.querySelector('input[type="radio"]')) return scope;
    }
  }
  return undefined;
}

/** The region codes in the chosen-region tokens (Cloudscape multiselect), else in a regions list. */
function chosenRegions(root: Root): string[] {
  const tokens = Array.from(root.querySelectorAll('[class*="awsui_token_"], [data-region]'));
  const text = tokens.map((token) => token.getAttribute('data-region') ?? visibleText(token)).join(' ');
  return [...new Set(text.match(regionInTextPattern) ?? [])];
}

/**
 * What "Set deployment options" is set to: the deployment targets (organization, or the OU IDs
 * typed), the regions and automatic deployment. Read from the form's own controls.
 */
export function readDeploymentOptions(root: Root): DeploymentOptionsRead {
  let targets: DeploymentTargetsRead = { kind: 'unknown' };
  if (findChoice(root, 'deployToOrganization')?.checked) targets = { kind: 'organization' };
  else if (findChoice(root, 'deployToOrganizationalUnits')?.checked) {
    const ids = Array.from(root.querySelectorAll<HTMLInputElement>('input'))
      .map((input) => input.value.trim())
      .filter((value) => organizationalUnitIdPattern.test(value));
    targets = { kind: 'organizationalUnits', ids: [...new Set(ids)] };
  }
  const automatic = fieldScope(root, (text) => isLabel(text, 'automaticDeployment'));
  const checked = automatic?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  const checkedLabel = checked ? visibleText(checked.closest('label') ?? checked.parentElement?.parentElement ?? checked) : '';
  const automaticDeployment = checked ? /^(?:activated|aktiviert|activé|activado|有効|ativado)/i.test(checkedLabel) || checked.value === 'enabled' : undefined;
  return { targets, regions: chosenRegions(root), ...(automaticDeployment === undefined ? {} : { automaticDeployment }) };
}

// As lib/cloudformation's StackSet plan has it (not imported: console pages carry no templates).
const stackSetRegion = 'us-east-1';

export const describeTargets = ({ targets }: Pick<DeploymentOptionsRead, 'targets'>): string => {
  if (targets.kind === 'organization') return 'the whole organization';
  if (targets.kind === 'organizationalUnits') return targets.ids.length > 0 ? targets.ids.join(', ') : 'no OU yet';
  return 'nothing chosen yet';
};

export interface DeploymentOptionsCheck {
  ok: boolean;
  /** What the page is set to do, in one sentence. */
  reading: string;
  /** What to change to match the StackSet plan, one phrase each. */
  problems: string[];
}

/** The deployment options read back, against the plan: targets set, automatic deployment on, us-east-1 only. */
export function checkDeploymentOptions(options: DeploymentOptionsRead): DeploymentOptionsCheck {
  const problems: string[] = [];
  if (options.targets.kind === 'unknown') problems.push('choose "Deploy to organization", or "Deploy to organizational units (OUs)" with their IDs');
  else if (options.targets.kind === 'organizationalUnits' && options.targets.ids.length === 0) problems.push('type at least one OU ID (ou-… or the root r-…)');
  if (options.automaticDeployment === false) problems.push('activate automatic deployment, so accounts that join later get the role');
  if (options.regions.length === 0) problems.push(`choose the region ${stackSetRegion}`);
  else if (options.regions.length > 1 || options.regions[0] !== stackSetRegion) {
    problems.push(`deploy to ${stackSetRegion} only (chosen: ${options.regions.join(', ')}): IAM is global, so a second region fails creating the same role`);
  }
  const reading = `Deploys to ${describeTargets(options)}, in ${options.regions.join(', ') || 'no region yet'}${options.automaticDeployment ? ', with automatic deployment' : ''}.`;
  return { ok: problems.length === 0, reading, problems };
}

/** The input CloudFormation shows for a template parameter: labelled with the parameter's logical name. */
export function findParameterInput(root: Root, parameterName: string): HTMLInputElement | HTMLTextAreaElement | undefined {
  return findInputLabelled(root, (text) => text === parameterName);
}
