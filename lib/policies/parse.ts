import { fail, ok, type Result } from '../result';
import type { PolicyDocument } from './document';

/** Appended to every problem: reading a policy never writes anything back to the editor. */
const UNTOUCHED = "we haven't changed anything.";

/** A new bucket or a blank editor holds no policy yet: we start from an empty one. */
export const emptyPolicy = (): PolicyDocument => ({ Version: '2012-10-17', Statement: [] });

/** Where a JSON text stops being JSON, and what we found there. */
export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the offending character, or text length for a premature end. */
  offset: number;
  line: number;
  column: number;
  /** For the person at the console, e.g. `unexpected '}' — remove the comma before it`; for a duplicate key, the key as written. */
  description: string;
  /** `duplicate-key` when the JSON is well formed but one object names the same key twice. */
  kind: 'syntax' | 'duplicate-key';
}

/**
 * Reads the policy text from a console editor. Blank text is an empty policy; anything we can't read
 * as a policy comes back as a problem that says where and what, so the caller never overwrites it.
 * Every key, known to the policy grammar or not, is kept as it was.
 */
export function parsePolicyText(text: string): Result<PolicyDocument> {
  // Editors and clipboards sometimes carry a byte order mark; it is not part of the policy.
  const policyText = text.replace(/^\uFEFF/, '');
  if (policyText.trim() === '') return ok(emptyPolicy());

  const syntaxError = findJsonSyntaxError(policyText);
  if (syntaxError?.kind === 'duplicate-key') {
    return fail(
      'duplicate-key',
      `The policy in the editor names ${syntaxError.description} twice in the same block (line ${syntaxError.line}, column ${syntaxError.column}), so we can't tell which one you mean. Remove one of them, then try again — ${UNTOUCHED}`,
    );
  }
  if (syntaxError) return invalidJson(syntaxError);

  let parsed: unknown;
  try {
    parsed = JSON.parse(policyText);
  } catch {
    // Our scanner follows the JSON grammar; this only guards against a disagreement with the engine.
    return fail('invalid-json', `The policy in the editor isn't valid JSON. Fix it or clear the editor, then try again — ${UNTOUCHED}`);
  }
  return readPolicy(parsed);
}

function invalidJson(error: JsonSyntaxError): Result<never> {
  return fail(
    'invalid-json',
    `The policy in the editor isn't valid JSON (line ${error.line}, column ${error.column}: ${error.description}). Fix it or clear the editor, then try again — ${UNTOUCHED}`,
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a JSON value looks to someone who typed it. */
function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list in [ ]';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the value ${String(value)}`;
    default:
      return 'a block in { }';
  }
}

function readPolicy(parsed: unknown): Result<PolicyDocument> {
  if (!isPlainObject(parsed)) {
    return fail(
      'not-a-policy',
      `The text in the editor is valid JSON but not a policy: it is ${describeJsonValue(parsed)}, and a policy is a block in { } with "Version" and "Statement". Paste the policy again or clear the editor, then try again — ${UNTOUCHED}`,
    );
  }
  if (!('Version' in parsed)) {
    return fail(
      'no-version',
      `The policy in the editor has no "Version". Add "Version": "2012-10-17" as its first line, then try again — ${UNTOUCHED}`,
    );
  }
  if (parsed.Version !== '2012-10-17' && parsed.Version !== '2008-10-17') {
    return fail(
      'bad-version',
      `The policy in the editor has "Version" set to ${describeJsonValue(parsed.Version)}; AWS accepts only "2012-10-17" (current) or "2008-10-17". Set it to "2012-10-17", then try again — ${UNTOUCHED}`,
    );
  }
  if (!('Statement' in parsed)) {
    return fail(
      'no-statement',
      `The policy in the editor has no "Statement". A policy lists its statements in "Statement": [ … ]; add it or clear the editor, then try again — ${UNTOUCHED}`,
    );
  }
  const statement = parsed.Statement;
  if (!isPlainObject(statement) && !Array.isArray(statement)) {
    return fail(
      'bad-statement',
      `"Statement" in the policy in the editor is ${describeJsonValue(statement)}; it should be a list of statements in [ ] (or a single statement in { }). Fix it or clear the editor, then try again — ${UNTOUCHED}`,
    );
  }
  const statements: unknown[] = Array.isArray(statement) ? statement : [statement];
  for (const [index, candidate] of statements.entries()) {
    const problem = statementProblem(candidate, index, statements.length);
    if (problem) return fail('bad-statement', `${problem} Fix it, then try again — ${UNTOUCHED}`);
  }
  // Checked above: Version, Statement and every statement's Effect and Sid have the shapes the types promise.
  return ok(parsed as unknown as PolicyDocument);
}

/** Why one statement isn't a statement AWS would accept, or undefined when it is fine. */
function statementProblem(candidate: unknown, index: number, count: number): string | undefined {
  const position = count === 1 ? 'The statement' : `Statement ${index + 1}`;
  if (!isPlainObject(candidate)) {
    return `${position} in the policy in the editor is ${describeJsonValue(candidate)}, not a statement in { }.`;
  }
  const named = typeof candidate.Sid === 'string' ? `${position} ("Sid": ${JSON.stringify(candidate.Sid)})` : position;
  if ('Sid' in candidate && typeof candidate.Sid !== 'string') {
    return `${position} in the policy in the editor has "Sid" set to ${describeJsonValue(candidate.Sid)}; a Sid is text in double quotes.`;
  }
  if (!('Effect' in candidate)) {
    return `${named} in the policy in the editor has no "Effect". Every statement needs "Effect": "Allow" or "Effect": "Deny".`;
  }
  if (candidate.Effect !== 'Allow' && candidate.Effect !== 'Deny') {
    return `${named} in the policy in the editor has "Effect" set to ${describeJsonValue(candidate.Effect)}; AWS accepts only "Allow" or "Deny".`;
  }
  return undefined;
}

/** 1-based line and column of an offset; CRLF, CR and LF each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonScanFailure {
  constructor(
    readonly offset: number,
    readonly description: string,
    readonly kind: JsonSyntaxError['kind'] = 'syntax',
  ) {}
}

const JSON_WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isHexDigit = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/.test(char);

/**
 * Walks the JSON grammar (RFC 8259, as JSON.parse accepts it) and reports the first place the text
 * breaks it, with a hint for the slips people make when pasting policies: comments, trailing commas,
 * single quotes, a missing comma. Also reports a key named twice in one object, which JSON.parse
 * would silently resolve by dropping the first value.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let position = 0;

  const fault = (offset: number, hint?: string): JsonScanFailure => {
    const found = text[offset];
    let description: string;
    if (found === undefined) description = 'unexpected end of text';
    else if (found === '\n' || found === '\r') description = 'unexpected line break';
    else if (found === '\t') description = 'unexpected tab';
    else if (found === "'") description = 'unexpected single quote';
    else description = `unexpected '${found}'`;
    if (hint === undefined) {
      if (found === '/') hint = "JSON doesn't allow comments";
      else if (found === "'") hint = 'JSON text needs double quotes';
    }
    return new JsonScanFailure(offset, hint ? `${description} — ${hint}` : description);
  };

  const trailingCommaHint = (commaOffset: number) => {
    const commaLine = lineAndColumn(text, commaOffset).line;
    return commaLine === lineAndColumn(text, position).line ? 'remove the comma before it' : `remove the comma at the end of line ${commaLine}`;
  };

  const skipWhitespace = () => {
    while (position < text.length && JSON_WHITESPACE.has(text[position]!)) position++;
  };

  const scanString = (): string => {
    const start = position;
    position++; // opening quote
    for (;;) {
      const char = text[position];
      if (char === undefined) throw fault(position, 'a closing double quote is missing');
      if (char === '"') {
        position++;
        return text.slice(start, position);
      }
      if (char === '\\') {
        const escaped = text[position + 1];
        if (escaped === 'u') {
          for (let digit = 2; digit < 6; digit++) {
            if (!isHexDigit(text[position + digit])) throw fault(position + digit, '\\u needs four hex digits');
          }
          position += 6;
        } else if (escaped !== undefined && SIMPLE_ESCAPES.has(escaped)) {
          position += 2;
        } else {
          throw fault(position + 1, 'after a backslash JSON expects one of " \\ / b f n r t u');
        }
        continue;
      }
      if (char < ' ') {
        throw fault(position, char === '\n' || char === '\r' ? 'text in double quotes has to end on the line it starts' : 'control characters must be escaped inside text');
      }
      position++;
    }
  };

  const scanDigits = () => {
    if (!isDigit(text[position])) throw fault(position, 'a digit was expected');
    while (isDigit(text[position])) position++;
  };

  const scanNumber = () => {
    if (text[position] === '-') position++;
    if (text[position] === '0') position++;
    else scanDigits();
    if (text[position] === '.') {
      position++;
      scanDigits();
    }
    if (text[position] === 'e' || text[position] === 'E') {
      position++;
      if (text[position] === '+' || text[position] === '-') position++;
      scanDigits();
    }
  };

  const scanLiteral = (literal: string) => {
    for (let index = 0; index < literal.length; index++) {
      if (text[position + index] !== literal[index]) throw fault(position + index);
    }
    position += literal.length;
  };

  const scanObject = () => {
    position++; // {
    const keys = new Set<string>();
    skipWhitespace();
    if (text[position] === '}') {
      position++;
      return;
    }
    for (;;) {
      if (text[position] !== '"') {
        throw fault(position, text[position] === "'" || text[position] === '/' ? undefined : 'a name in double quotes was expected');
      }
      const keyOffset = position;
      const rawKey = scanString();
      const key = JSON.parse(rawKey) as string;
      if (keys.has(key)) throw new JsonScanFailure(keyOffset, rawKey, 'duplicate-key');
      keys.add(key);
      skipWhitespace();
      if (text[position] !== ':') throw fault(position, "a ':' was expected after the name");
      position++;
      skipWhitespace();
      scanValue();
      skipWhitespace();
      const next = text[position];
      if (next === '}') {
        position++;
        return;
      }
      if (next !== ',') throw fault(position, next === '"' ? 'is a comma missing before it?' : "a ',' or '}' was expected");
      const commaOffset = position;
      position++;
      skipWhitespace();
      if (text[position] === '}') throw fault(position, trailingCommaHint(commaOffset));
    }
  };

  const scanArray = () => {
    position++; // [
    skipWhitespace();
    if (text[position] === ']') {
      position++;
      return;
    }
    for (;;) {
      scanValue();
      skipWhitespace();
      const next = text[position];
      if (next === ']') {
        position++;
        return;
      }
      if (next !== ',') {
        throw fault(position, next === '"' || next === '{' || next === '[' ? 'is a comma missing before it?' : "a ',' or ']' was expected");
      }
      const commaOffset = position;
      position++;
      skipWhitespace();
      if (text[position] === ']') throw fault(position, trailingCommaHint(commaOffset));
    }
  };

  const scanValue = (): void => {
    const char = text[position];
    if (char === '{') return scanObject();
    if (char === '[') return scanArray();
    if (char === '"') {
      scanString();
      return;
    }
    if (char === '-' || isDigit(char)) return scanNumber();
    if (char === 't') return scanLiteral('true');
    if (char === 'f') return scanLiteral('false');
    if (char === 'n') return scanLiteral('null');
    throw fault(position, char === '}' || char === ']' || char === ',' ? 'a value was expected' : undefined);
  };

  try {
    skipWhitespace();
    scanValue();
    skipWhitespace();
    if (position < text.length) throw fault(position, 'the policy should end after its closing }');
    return undefined;
  } catch (error) {
    // Nesting deeper than the call stack: no policy looks like that; let JSON.parse have the last word.
    if (error instanceof RangeError) return undefined;
    if (!(error instanceof JsonScanFailure)) throw error;
    return { ...lineAndColumn(text, error.offset), offset: error.offset, description: error.description, kind: error.kind };
  }
}
