import { stringify } from 'yaml';
import type { CloudFormationTemplate } from './template-types';

/**
 * The template as a JSON file: keys in the order the template was built (sections in the order
 * AWS documents them), two-space indent, a final newline. The same template always gives the
 * same bytes, so a downloaded file can be compared with a fresh one.
 */
export const toJson = (template: CloudFormationTemplate): string => `${JSON.stringify(template, null, 2)}\n`;

/**
 * The template as a YAML file, in the same key order. Written as YAML 1.1 so that strings such
 * as `2012-10-17`, `yes` or `on` are quoted: older YAML readers would take them for dates or
 * booleans. Intrinsic functions keep their long form (`Fn::Sub:`), which needs no custom tags.
 */
export const toYaml = (template: CloudFormationTemplate): string => stringify(template, { version: '1.1', lineWidth: 0, minContentWidth: 0 });
