import { describeCharacters, textValue } from './text-rules';

const externalIdCharacter = /[\w+=,.@:/-]/;

/** The `sts:ExternalId` a platform passes when it assumes the role: 2–1,224 of [\w+=,.@:/-]. */
export const externalIdSchema = textValue({
  missing: 'Enter the External ID the platform gave you (copy it from the platform, don\'t make one up).',
  rules: [
    {
      broken: (value) => /[^\w+=,.@:/-]/.test(value),
      message: (value) =>
        `An External ID can use letters, numbers and + = , . @ : / _ - only, not ${describeCharacters(value, externalIdCharacter)}. Copy it again from the platform.`,
    },
    {
      broken: (value) => value.length < 2,
      message: () => 'An External ID is at least 2 characters long. Copy the whole value from the platform.',
    },
    {
      broken: (value) => value.length > 1224,
      message: (value) => `An External ID is at most 1,224 characters long; this one has ${value.length.toLocaleString('en-US')}.`,
    },
  ],
});
