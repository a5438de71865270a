import { textValue } from './text-rules';

/** The name the platform shows for the connected account (its "Name" field): 1–255 characters. */
export const dataSourceNameSchema = textValue({
  missing: 'Enter a name for this data source, e.g. AWS 111122223333.',
  rules: [
    {
      broken: (value) => value.length > 255,
      message: (value) => `The platform accepts names of at most 255 characters; this one has ${value.length}.`,
    },
  ],
});
