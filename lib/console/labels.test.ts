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
    ['Require external ID (Best practice when a third party will assume this role)', 'requireExternalId', 'the real console’s parenthetical'],
    ['Externe ID erforderlich (Bewährte Methode, wenn ein Drittanbieter diese Rolle übernimmt)', 'requireExternalId', 'a German parenthetical'],
    ['Exiger un ID externe (bonne pratique lorsqu’un tiers assume ce rôle)', 'requireExternalId', 'a French parenthetical'],
    ['Requerir ID externo (práctica recomendada cuando un tercero asuma este rol)', 'requireExternalId', 'a Spanish parenthetical'],
    ['Exigir ID externo (prática recomendada quando um terceiro assumir esta função)', 'requireExternalId', 'a Portuguese parenthetical'],
    ['外部 ID を要求する（サードパーティーがこのロールを引き受ける場合のベストプラクティス）', 'requireExternalId', 'a full-width Japanese parenthetical'],
    ['S3 path prefix\nEnter the S3 path prefix that you want prepended to the name of your data export.', 's3PathPrefix', 'a hint in its own block'],
    ['S3-Pfadpräfix\nGeben Sie das S3-Pfadpräfix ein', 's3PathPrefix', 'a German hint in its own block'],
    ['Account ID\nIdentifier of the account that can use this role', 'accountId', 'the role wizard’s hint'],
    ['Data export type', 'dataExportType', 'the details page overview'],
    ['S3 destination', 's3Destination', 'the details page item'],
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
    ['Require external IDs', 'requireExternalId'],
    ['Require external ID settings', 'requireExternalId'],
    ['S3 bucket name (optional)', 's3Bucket'],
    ['S3 path prefix value', 's3PathPrefix'],
    ['Account ID Identifier of the account', 'accountId'],
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
