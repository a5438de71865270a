import { policyTemplates } from './templates';
import { templatesUsedBy } from '../platforms/platform-lookup';
import { describeChanges, hasChanges, mergeStatements } from './merge';
import { diffLines } from './statement-diff';
import { statementsOf } from './document';
import type { DocumentReply } from '../console/view';
import { renderPolicy, type PolicySlots, type RenderedPolicy } from './render';
import type { TemplateId } from './template-types';
import type { ResolvedSetup } from '../setup/resolve';
import { valueLabels, type ValueKind } from '../values';
import type { SlotName } from './template-slots';

/** What filling a document takes of an account's setup: the side panel and the console buttons both pass theirs. */
export type DocumentSetup = Pick<ResolvedSetup, 'platform' | 'authMethod' | 'values'> & Partial<ResolvedSetup>;

/** Which known value fills each slot a person never types per policy. */
const slotSources: Record<Exclude<SlotName, 'trustedPrincipal'>, ValueKind[]> = {
  bucketName: ['bucketName'],
  accountId: ['accountId'],
  externalId: ['externalId'],
  readOnlyPrincipalArn: ['roleArn', 'userArn'],
};

export type DocumentForSetup =
  | { ok: true; rendered: RenderedPolicy; name: string }
  | { ok: false; missing: ValueKind; message: string }
  | { ok: false; missing?: undefined; message: string };

/**
 * Render a template with what the setup knows. A value still missing is named, so a button can
 * say "We need the S3 bucket name first" and open the side panel at that field.
 */
export function documentForSetup(templateId: TemplateId, setup: DocumentSetup): DocumentForSetup {
  const template = policyTemplates[templateId];
  // A template the platform doesn't use is refused as such, before asking for values it would need.
  if (!templatesUsedBy(setup.platform).includes(templateId)) {
    const refused = renderPolicy(templateId, setup.platform, {});
    if (!refused.ok) return { ok: false, message: refused.problem.message };
  }
  const slots: PolicySlots = {};
  for (const [slot, kinds] of Object.entries(slotSourcesFor(setup)) as [keyof typeof slotSources, ValueKind[]][]) {
    const value = kinds.map((kind) => setup.values[kind]).find((candidate) => candidate !== undefined && candidate !== '');
    if (value !== undefined) slots[slot] = value;
  }
  const needed = neededSlots(templateId, setup);
  for (const slot of needed) {
    if (slots[slot] === undefined) {
      const kind = slotSourcesFor(setup)[slot][0]!;
      return { ok: false, missing: kind, message: missingValueMessage(kind, template.title, setup) };
    }
  }
  const rendered = renderPolicy(templateId, setup.platform, slots);
  if (!rendered.ok) return { ok: false, message: rendered.problem.message };
  return { ok: true, rendered: rendered.value, name: setup.platform.names.policyNames[templateId] ?? template.title };
}

/**
 * The sources for this setup: the read-only identity is the user when the person signs the platform
 * in with an access key, else the role; an External ID only for a platform that can send one (a
 * value left from another platform would otherwise block the trust policy).
 */
function slotSourcesFor(setup: DocumentSetup): typeof slotSources {
  return {
    ...slotSources,
    externalId: setup.platform.trust.externalId.support === 'unsupported' ? [] : slotSources.externalId,
    readOnlyPrincipalArn: setup.authMethod === 'accessKey' ? ['userArn', 'roleArn'] : slotSources.readOnlyPrincipalArn,
  };
}

function missingValueMessage(kind: ValueKind, templateTitle: string, setup: DocumentSetup): string {
  const external = setup.platform.trust.externalId;
  const whereToFind =
    kind === 'externalId' && external.support === 'required'
      ? external.whereToFindIt
      : kind === 'roleArn' || kind === 'userArn'
        ? `Open the ${kind === 'roleArn' ? 'role' : 'user'}'s page in IAM so we can read it, or enter it in the side panel.`
        : 'Enter it in the side panel, or open the console page that shows it so we can read it.';
  // "Bucket policy for Data Exports delivery" → "the bucket policy for Data Exports delivery": names keep their capitals.
  const title = templateTitle.charAt(0).toLowerCase() + templateTitle.slice(1);
  return `We need the ${valueLabels[kind]} before we can fill the ${title}. ${whereToFind}`;
}

function neededSlots(templateId: TemplateId, setup: DocumentSetup): Array<keyof typeof slotSources> {
  const template = policyTemplates[templateId];
  const text = JSON.stringify(template.variants);
  const slots = (['bucketName', 'accountId', 'readOnlyPrincipalArn'] as const).filter((slot) => text.includes(`{{${slot}}}`));
  const external = setup.platform.trust.externalId;
  return templateId === 'trustPolicy' && external.support === 'required' ? [...slots, 'externalId'] : slots;
}

/**
 * The background's answer to a console button asking for a document, inserted or merged. A merge
 * that would replace a statement under one of our Sids that differs from ours (an older version, or
 * the person changed it) says so with a line diff, and `needsConfirmation` stays true until the
 * request names every such Sid in `confirmReplace`: the button shows the diff and asks first.
 */
export function documentReply(
  setup: DocumentSetup,
  request: { mode: 'insert' | 'merge' | 'preview'; templateId: TemplateId; existingText?: string; bucketName?: string; confirmReplace?: string[] },
): DocumentReply {
  const forPage: DocumentSetup = request.bucketName ? { ...setup, values: { ...setup.values, bucketName: request.bucketName } } : setup;
  const document = documentForSetup(request.templateId, forPage);
  if (!document.ok) return { ok: false, message: document.message, ...(document.missing ? { missing: document.missing } : {}) };
  if (request.mode === 'insert') return { ok: true, text: document.rendered.text, name: document.name, changed: true };
  const merged = mergeStatements(request.existingText ?? '', statementsOf(document.rendered.document), document.rendered.kind);
  if (!merged.ok) return { ok: false, message: merged.problem.message };
  const { changes, replacements, compact } = merged.value;
  const confirmed = new Set(request.confirmReplace ?? []);
  const needsConfirmation = replacements.some((replacement) => !confirmed.has(replacement.sid));
  const pretty = (statement: unknown) => JSON.stringify(statement, null, 4);
  const differs = replacements.map((replacement) => replacement.sid).join(', ');
  const warning =
    replacements.length > 0
      ? ` ${differs} ${replacements.length === 1 ? 'is' : 'are'} ours by name but ${replacements.length === 1 ? 'differs' : 'differ'} from ours in the editor (an older version, or changed by hand): check the difference before replacing.`
      : '';
  return {
    ok: true,
    text: merged.value.text,
    name: document.name,
    changed: hasChanges(changes),
    description: `${describeChanges(changes, { compact })}${warning}`,
    needsConfirmation,
    ...(replacements.length > 0
      ? { replacements: replacements.map(({ sid, before, after }) => ({ sid, diff: diffLines(pretty(before), pretty(after)) })) }
      : {}),
  };
}
