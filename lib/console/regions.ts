/**
 * Region names as the console's Region selects show them ("US East (N. Virginia)"), for choosing a
 * bucket's region in a select whose options may show the name, the code, or both.
 */
const regionNames: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'ca-central-1': 'Canada (Central)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-west-2': 'Europe (London)',
  'eu-west-3': 'Europe (Paris)',
  'eu-central-1': 'Europe (Frankfurt)',
  'eu-north-1': 'Europe (Stockholm)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'sa-east-1': 'South America (São Paulo)',
};

/** Does an option's text name this region (its code anywhere, or its English name at the start)? */
export function namesRegion(text: string, region: string): boolean {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (new RegExp(`(^|[^a-z0-9-])${region}($|[^a-z0-9-])`).test(folded)) return true;
  const name = regionNames[region];
  return name !== undefined && folded.startsWith(name);
}
