import type { AccountType, AuthMethod, PlatformProfile } from '../platforms/platform-profile';
import { ok, type Result } from '../result';
import { accountTemplate, type AccountTemplate, type AccountValues } from './account-template';
import { cloudShellScript, type CloudShellScript } from './cloudshell-script';
import { accountFileName, mediaTypes, type DownloadFormat } from './file-names';
import { toJson, toYaml } from './serialise';

/** A file the side panel offers to download or copy. */
export interface Download {
  label: string;
  fileName: string;
  mediaType: string;
  text: string;
}

export interface AccountDownloads {
  account: AccountTemplate;
  templateYaml: Download;
  templateJson: Download;
  /** The CloudShell script, or what it still needs (e.g. the bucket name) while the templates are ready. */
  script: Result<Download & { details: CloudShellScript }>;
}

const download = (label: string, fileName: string, format: DownloadFormat, text: string): Download => ({ label, fileName, mediaType: mediaTypes[format], text });

/** Everything the side panel offers for one account: the template as YAML and JSON, and the CloudShell script. */
export function accountDownloads(platform: PlatformProfile, accountType: AccountType, values: AccountValues, options: { authMethod?: AuthMethod } = {}): Result<AccountDownloads> {
  const account = accountTemplate(platform, accountType, { ...options, values });
  if (!account.ok) return account;
  const { authMethod, template } = account.value;
  const script = cloudShellScript(platform, accountType, values, { authMethod });
  return ok({
    account: account.value,
    templateYaml: download('CloudFormation template (YAML)', accountFileName(platform, accountType, authMethod, 'yaml'), 'yaml', toYaml(template)),
    templateJson: download('CloudFormation template (JSON)', accountFileName(platform, accountType, authMethod, 'json'), 'json', toJson(template)),
    script: script.ok ? ok({ ...download('CloudShell script', script.value.fileName, 'sh', script.value.text), details: script.value }) : script,
  });
}
