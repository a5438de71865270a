import { parse } from 'yaml';

/** A template parameter as the console's "Parameters" section renders it. */
export interface TemplateParameterSpec {
  name: string;
  description?: string;
  defaultValue?: string;
  noEcho: boolean;
  allowedPattern?: string;
  constraintDescription?: string;
  minLength?: number;
  maxLength?: number;
}

export interface UploadedTemplate {
  fileName: string;
  parameters: TemplateParameterSpec[];
  /** Resource types, e.g. AWS::IAM::Role: named IAM resources need CAPABILITY_NAMED_IAM. */
  resourceTypes: string[];
  needsNamedIam: boolean;
}

export type TemplateRead = { ok: true; template: UploadedTemplate } | { ok: false; error: string };

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Reads an uploaded template as the console does: JSON or YAML (long-form intrinsics), Resources required. */
export function readTemplate(fileName: string, text: string): TemplateRead {
  let body: unknown;
  try {
    body = parse(text);
  } catch (error) {
    return { ok: false, error: `Template format error: ${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}` };
  }
  const template = record(body);
  const resources = record(template?.Resources);
  if (!template || !resources) return { ok: false, error: 'Template format error: At least one Resources member must be defined.' };
  const parameters = Object.entries(record(template.Parameters) ?? {}).map(([name, raw]): TemplateParameterSpec => {
    const spec = record(raw) ?? {};
    const text = (key: string) => (typeof spec[key] === 'string' || typeof spec[key] === 'number' ? String(spec[key]) : undefined);
    const number = (key: string) => (typeof spec[key] === 'number' ? (spec[key] as number) : undefined);
    return {
      name,
      description: text('Description'),
      defaultValue: text('Default'),
      noEcho: spec.NoEcho === true || spec.NoEcho === 'true',
      allowedPattern: text('AllowedPattern'),
      constraintDescription: text('ConstraintDescription'),
      minLength: number('MinLength'),
      maxLength: number('MaxLength'),
    };
  });
  const resourceTypes = Object.values(resources).map((resource) => String(record(resource)?.Type ?? ''));
  const needsNamedIam = Object.values(resources).some((resource) => {
    const properties = record(record(resource)?.Properties) ?? {};
    return String(record(resource)?.Type ?? '').startsWith('AWS::IAM::') && ['RoleName', 'UserName', 'ManagedPolicyName', 'GroupName'].some((key) => key in properties);
  });
  return { ok: true, template: { fileName, parameters, resourceTypes, needsNamedIam } };
}

/** The console's own check of a parameter value against the template's constraints. */
export function parameterError(spec: TemplateParameterSpec, value: string): string | undefined {
  if (value === '' && spec.defaultValue === undefined) return `Parameters: [${spec.name}] must have values`;
  if (value === '') return undefined;
  const tooShort = spec.minLength !== undefined && value.length < spec.minLength;
  const tooLong = spec.maxLength !== undefined && value.length > spec.maxLength;
  // AllowedPattern is a Java regex matched against the whole value; (?!…) look-aheads work the same in JS.
  let mismatch = false;
  if (spec.allowedPattern !== undefined) {
    try {
      mismatch = !new RegExp(`^(?:${spec.allowedPattern})$`).test(value);
    } catch {
      mismatch = true;
    }
  }
  if (tooShort || tooLong || mismatch) return spec.constraintDescription ?? `Parameter ${spec.name} failed to satisfy constraint`;
  return undefined;
}
