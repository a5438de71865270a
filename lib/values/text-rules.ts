import { z } from 'zod';

/**
 * One naming rule: `broken` says whether the (already normalised) value breaks it, `message` says
 * what is wrong and what to type instead. Rules are checked in order and only the first broken one
 * is reported, so the person fixes one thing at a time, most basic first.
 */
export interface TextRule {
  broken: (value: string) => boolean;
  message: (value: string) => string;
}

interface TextValueSpec {
  /** Shown when nothing (or only spaces) was entered. */
  missing: string;
  /** Turns what people paste into the canonical form; runs after trimming. */
  normalise?: (value: string) => string;
  rules: readonly TextRule[];
}

/** A trimmed string schema that reports the first broken rule with a message written for a person. */
export const textValue = ({ missing, normalise = (value) => value, rules }: TextValueSpec) =>
  z
    .string({ error: missing })
    .trim()
    .transform(normalise)
    .superRefine((value, context) => {
      if (value === '') {
        context.addIssue({ code: 'custom', message: missing });
        return;
      }
      const broken = rules.find((rule) => rule.broken(value));
      if (broken) context.addIssue({ code: 'custom', message: broken.message(value) });
    });

/** The distinct characters of `value` that `allowed` rejects, for messages: `spaces, "~", "#"`. */
export const describeCharacters = (value: string, allowed: RegExp): string => {
  const offending = [...new Set([...value].filter((character) => !allowed.test(character)))];
  return offending.map((character) => (character === ' ' ? 'spaces' : `"${character}"`)).join(', ');
};
