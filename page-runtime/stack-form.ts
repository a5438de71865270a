import { findFieldInput } from '@/lib/console/dom-find';
import type { LabelId } from '@/lib/console/labels';
import { findParameterInput } from '@/lib/console/read-stack-set';
import type { CloudFormationParameterView } from '@/lib/console/view';
import { addAction, type ActionOutcome } from './action-button';
import type { ConsoleContext } from './context';
import { whenever } from './decorate';
import { writeInput } from './write';

export interface StackForm {
  /** `stackName` or `stackSetName`: the field the wizard's details step shows. */
  nameField: LabelId;
  /** "stack" or "StackSet", for the button and its messages. */
  noun: string;
  /** Looked up when clicked, so values learned meanwhile are used. */
  values: (context: ConsoleContext) => Promise<{ name: string; parameters: CloudFormationParameterView[] } | undefined>;
}

/**
 * Fills the name and the template's parameters on a CloudFormation wizard's details step. The
 * parameters the page shows come from the uploaded template, so each is looked up by its logical
 * name; one the page doesn't show is reported, never guessed at.
 */
async function fillStackForm(context: ConsoleContext, form: StackForm): Promise<ActionOutcome> {
  const wanted = await form.values(context);
  if (!wanted) return { status: 'problem', message: `There is no ${form.noun} for this setup: the side panel says why.` };
  const unknown = wanted.parameters.find((parameter) => parameter.value === undefined);
  if (unknown) {
    return {
      status: 'missing',
      message: `${unknown.name} needs ${unknown.label.toLowerCase()}, which isn't known yet. Enter it in the side panel, then press this again.`,
      field: unknown.valueKind ?? 'bucketName',
    };
  }
  const filled: string[] = [];
  const missed: string[] = [];
  const nameInput = findFieldInput(document, form.nameField);
  if (nameInput && (await writeInput(nameInput, wanted.name)).ok) filled.push(`name ${wanted.name}`);
  else missed.push(`the ${form.noun} name (${wanted.name})`);
  for (const parameter of wanted.parameters) {
    const input = findParameterInput(document, parameter.name);
    if (input && (await writeInput(input, parameter.value!)).ok) filled.push(parameter.name);
    else missed.push(parameter.name);
  }
  const extra = parameterNamesOnPage().filter((name) => !wanted.parameters.some((parameter) => parameter.name === name));
  const notOurs = extra.length > 0 ? ` This template also asks for ${extra.join(', ')}: is it the template from the side panel?` : '';
  if (missed.length > 0) {
    return {
      status: 'problem',
      message: `Filled ${filled.length > 0 ? filled.join(', ') : 'nothing'}; couldn't fill ${missed.join(', ')}: type ${missed.length > 1 ? 'them' : 'it'} in yourself, from the side panel.${notOurs}`,
    };
  }
  return { status: 'done', message: `Filled ${filled.join(', ')}.${notOurs} Check them, then choose Next.` };
}

/** Logical parameter names the page labels fields with (letters and digits, no spaces). */
function parameterNamesOnPage(): string[] {
  const heading = Array.from(document.querySelectorAll('h2, h3')).find((element) => /^parameters$/i.test((element.textContent ?? '').trim()));
  // Up from the heading to the container that holds the parameter fields.
  let scope = heading?.parentElement ?? null;
  for (let depth = 0; scope && depth < 8 && !scope.querySelector('input'); depth += 1) scope = scope.parentElement;
  if (!scope) return [];
  return Array.from(scope.querySelectorAll('label'))
    .map((label) => (label.textContent ?? '').trim())
    .filter((text) => /^[A-Za-z][A-Za-z0-9]*$/.test(text));
}

/** A "Fill …" button above the wizard step that shows the name field, whenever it appears. */
export function offerStackForm(context: ConsoleContext, signal: AbortSignal, form: StackForm, label: string): void {
  whenever(signal, () => [findFieldInput(document, form.nameField)].filter((input) => input !== undefined), (input) => {
    const anchor = input.closest('form') ?? input.closest('[class*="awsui_root_"]')?.parentElement ?? input;
    void addAction(context, { anchor, append: 'before' }, { action: 'fill-form', label, run: () => fillStackForm(context, form) }, signal);
  });
}
