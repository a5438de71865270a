/** `it's` → `'it'\''s'`: one shell word whatever the text holds; nothing inside is expanded. */
export const shellQuote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * A comment line. Text a person typed (a self-hosted platform's name) could hold a line break
 * that would end the comment and start a command, so control characters become spaces.
 */
export const shellComment = (text: string): string => {
  const printable = [...text].map((character) => (character < ' ' || character === '\u007f' ? ' ' : character)).join('');
  return `# ${printable}`.trimEnd();
};

/**
 * `name="$(cat <<'POLICY_JSON' … POLICY_JSON)"`: the quoted delimiter stops the shell expanding
 * `$`, backticks and backslashes, so the variable holds the text byte for byte (command
 * substitution only drops trailing newlines, and policy text has none). The delimiter is one no
 * line of the text equals.
 */
export const heredocAssignment = (variable: string, text: string): string => {
  const lines = text.split('\n');
  let delimiter = 'POLICY_JSON';
  while (lines.includes(delimiter)) delimiter += '_END';
  return `${variable}="$(cat <<'${delimiter}'\n${text}\n${delimiter}\n)"`;
};
