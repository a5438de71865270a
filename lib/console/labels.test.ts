import { describe, expect, it } from 'vitest';
import { consoleLabels, isLabel, type LabelId } from './labels';

describe('isLabel', () => {
  it.each<[string, LabelId]>([
    ['Role name', 'roleName'],
    ['Rollenname', 'roleName'],
    ['ロール名', 'roleName'],
    ['Nom du rôle', 'roleName'],
    ['Policy name', 'policyName'],
    ['Richtlinienname', 'policyName'],
    ['ポリシー名', 'policyName'],
    ['Konto-ID', 'accountId'],
    ['アカウント ID', 'accountId'],
    ['アカウントID', 'accountId'],
    ['Externe ID erforderlich', 'requireExternalId'],
    ['外部 ID を要求する', 'requireExternalId'],
    ['S3-Pfadpräfix', 's3PathPrefix'],
    ['エクスポート名', 'exportName'],
    ['Benutzerdefinierte Vertrauensrichtlinie', 'customTrustPolicy'],
    ['Ressourcen-IDs einbeziehen', 'includeResourceIds'],
    ['時間別', 'hourly'],
    ['Benutzerzugriff auf die AWS Management Console bereitstellen', 'consoleAccess'],
  ])('recognises %j as %s', (text, label) => {
    expect(isLabel(text, label)).toBe(true);
  });

  it.each<[string, LabelId, string]>([
    ['ROLE NAME', 'roleName', 'case'],
    ['  Role\u00a0 name  ', 'roleName', 'non-breaking and repeated spaces'],
    ['Role name:', 'roleName', 'a trailing colon'],
    ['ロール名：', 'roleName', 'a full-width colon'],
    ['Role name *', 'roleName', 'a required-field star'],
    ['S3 Bucket', 's3Bucket', 'a space where German has a hyphen'],
    ['S3 bucket', 's3Bucket', 'English'],
    ['S3バケット', 's3Bucket', 'Japanese without the space'],
    ['Ｊ Ｓ Ｏ Ｎ', 'json', 'full-width letters'],
    ["Stratégie d'approbation personnalisée", 'customTrustPolicy', 'a straight apostrophe'],
    ['Stratégie d’approbation personnalisée', 'customTrustPolicy', 'a typographic apostrophe'],
    ['Provide user access to the AWS Management Console - optional', 'consoleAccess', 'an optional-field marker'],
    ['Description – optional', 'description', 'an en-dash before the marker'],
    ['説明 - オプション', 'description', 'a Japanese optional marker'],
    ['Description (facultatif)', 'description', 'a French optional marker'],
  ])('folds %j to %s (%s)', (text, label) => {
    expect(isLabel(text, label)).toBe(true);
  });

  it.each<[string | null | undefined, LabelId]>([
    ['Role name prefix', 'roleName'],
    ['Role', 'roleName'],
    ['User name', 'roleName'],
    ['External ID', 'requireExternalId'],
    ['Require external ID', 'externalId'],
    ['S3 bucket name', 's3Bucket'],
    ['Export name', 'exportType'],
    ['Account IDs', 'accountId'],
    ['optional', 'description'],
    ['Optional description', 'description'],
    ['', 'roleName'],
    [null, 'roleName'],
    [undefined, 'roleName'],
  ])('does not take %j for %s', (text, label) => {
    expect(isLabel(text, label)).toBe(false);
  });

  it('recognises every listed variant of every label, and no label takes another label’s English name', () => {
    for (const [label, languages] of Object.entries(consoleLabels) as [LabelId, Record<string, readonly string[]>][]) {
      for (const variant of Object.values(languages).flat()) expect(isLabel(variant, label), `${label}: ${variant}`).toBe(true);
      for (const other of Object.keys(consoleLabels) as LabelId[]) {
        if (other === label) continue;
        for (const english of consoleLabels[other].en) expect(isLabel(english, label), `${label} took "${english}"`).toBe(false);
      }
    }
  });
});
