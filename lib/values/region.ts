import { textValue } from './text-rules';

// A shape check rather than a list, so regions AWS opens later are accepted without a release.
const regionPattern = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;

/** An AWS region code, e.g. `eu-west-1`. */
export const regionSchema = textValue({
  missing: 'Enter the AWS region code, e.g. us-east-1.',
  rules: [
    {
      broken: (value) => !regionPattern.test(value),
      message: (value) => {
        const code = /[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}/.exec(value.toLowerCase())?.[0];
        return code && regionPattern.test(code)
          ? `Enter the region code only: ${code}.`
          : `"${value}" is not an AWS region code. Region codes look like us-east-1 or eu-west-1 (the console shows them next to the region's name).`;
      },
    },
  ],
});
