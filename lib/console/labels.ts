/**
 * Visible console labels we may need, in the console's main languages. Recognition relies on URLs,
 * structure and value shapes first; labels are the last resort, so every language listed here is a
 * way in, not a requirement. Translations other than English follow the console's own wording where
 * we have seen it and are otherwise our best rendering: matching is loose (case, spacing, punctuation).
 */
export type LabelId =
  | 'policyName'
  | 'roleName'
  | 'userName'
  | 'accountId'
  | 'requireExternalId'
  | 'externalId'
  | 'exportName'
  | 's3Bucket'
  | 's3PathPrefix'
  | 's3Destination'
  | 'dataExportType'
  | 's3BucketName'
  | 'createABucket'
  | 'selectExistingBucket'
  | 'region'
  | 'configure'
  | 'createBucket'
  | 'selectBucket'
  | 'consoleAccess'
  | 'json'
  | 'anotherAwsAccount'
  | 'customTrustPolicy'
  | 'awsAccount'
  | 'status'
  | 'exportType'
  | 'standardDataExport'
  | 'cur2'
  | 'includeResourceIds'
  | 'hourly'
  | 'parquet'
  | 'overwrite'
  | 'description'
  | 'attachPoliciesDirectly'
  | 'splitCostAllocationData'
  | 'stackName'
  | 'stackSetName'
  | 'deployToOrganization'
  | 'deployToOrganizationalUnits'
  | 'automaticDeployment';

type Language = 'en' | 'de' | 'fr' | 'es' | 'ja' | 'pt';
type Translations = Record<Language, readonly string[]>;

/** Also on its own: the S3 console's script needs only this label, and so carries only it (`namesLabel`). */
export const descriptionLabel: Translations = { en: ['Description'], de: ['Beschreibung'], fr: ['Description'], es: ['Descripción'], ja: ['説明'], pt: ['Descrição'] };

export const consoleLabels: Record<LabelId, Translations> = {
  policyName: { en: ['Policy name'], de: ['Richtlinienname'], fr: ['Nom de la stratégie'], es: ['Nombre de la política'], ja: ['ポリシー名'], pt: ['Nome da política'] },
  roleName: { en: ['Role name'], de: ['Rollenname'], fr: ['Nom du rôle'], es: ['Nombre del rol'], ja: ['ロール名'], pt: ['Nome da função', 'Nome do perfil'] },
  userName: { en: ['User name'], de: ['Benutzername'], fr: ["Nom d'utilisateur"], es: ['Nombre de usuario'], ja: ['ユーザー名'], pt: ['Nome do usuário'] },
  accountId: { en: ['Account ID'], de: ['Konto-ID'], fr: ['ID de compte'], es: ['ID de cuenta'], ja: ['アカウント ID', 'アカウントID'], pt: ['ID da conta'] },
  requireExternalId: {
    en: ['Require external ID'],
    de: ['Externe ID erforderlich', 'Externe ID anfordern'],
    fr: ['Exiger un ID externe'],
    es: ['Requerir ID externo'],
    ja: ['外部 ID を要求する', '外部IDを要求する'],
    pt: ['Exigir ID externo'],
  },
  externalId: { en: ['External ID'], de: ['Externe ID'], fr: ['ID externe'], es: ['ID externo'], ja: ['外部 ID', '外部ID'], pt: ['ID externo'] },
  exportName: { en: ['Export name'], de: ['Exportname'], fr: ["Nom de l'exportation"], es: ['Nombre de la exportación'], ja: ['エクスポート名'], pt: ['Nome da exportação'] },
  s3Bucket: { en: ['S3 bucket'], de: ['S3-Bucket'], fr: ['Compartiment S3'], es: ['Bucket de S3'], ja: ['S3 バケット'], pt: ['Bucket do S3'] },
  s3PathPrefix: { en: ['S3 path prefix'], de: ['S3-Pfadpräfix'], fr: ['Préfixe de chemin S3'], es: ['Prefijo de ruta de S3'], ja: ['S3 パスプレフィックス'], pt: ['Prefixo de caminho do S3'] },
  // An export's details page, "Delivery and storage option": `s3://BUCKET/PREFIX` (standard) or the bucket only (legacy).
  s3Destination: { en: ['S3 destination'], de: ['S3-Ziel'], fr: ['Destination S3'], es: ['Destino de S3'], ja: ['S3 の送信先', 'S3 送信先'], pt: ['Destino do S3'] },
  dataExportType: { en: ['Data export type'], de: ['Datenexporttyp'], fr: ["Type d'exportation de données"], es: ['Tipo de exportación de datos'], ja: ['データエクスポートタイプ'], pt: ['Tipo de exportação de dados'] },
  // Create export → Configure → "Configure S3 bucket" modal.
  s3BucketName: { en: ['S3 bucket name'], de: ['S3-Bucket-Name'], fr: ['Nom du compartiment S3'], es: ['Nombre del bucket de S3'], ja: ['S3 バケット名'], pt: ['Nome do bucket do S3'] },
  createABucket: { en: ['Create a bucket'], de: ['Bucket erstellen', 'Einen Bucket erstellen'], fr: ['Créer un compartiment'], es: ['Crear un bucket'], ja: ['バケットを作成'], pt: ['Criar um bucket'] },
  selectExistingBucket: {
    en: ['Select existing bucket'],
    de: ['Vorhandenen Bucket auswählen'],
    fr: ['Sélectionner un compartiment existant'],
    es: ['Seleccionar un bucket existente'],
    ja: ['既存のバケットを選択'],
    pt: ['Selecionar bucket existente'],
  },
  configure: { en: ['Configure'], de: ['Konfigurieren'], fr: ['Configurer'], es: ['Configurar'], ja: ['設定', '構成'], pt: ['Configurar'] },
  // The modal's confirm buttons (aws_configure_S3_bucket.png, aws_configure_bucket.png).
  createBucket: { en: ['Create bucket'], de: ['Bucket erstellen'], fr: ['Créer un compartiment'], es: ['Crear bucket'], ja: ['バケットを作成'], pt: ['Criar bucket'] },
  selectBucket: { en: ['Select bucket'], de: ['Bucket auswählen'], fr: ['Sélectionner le compartiment'], es: ['Seleccionar bucket'], ja: ['バケットを選択'], pt: ['Selecionar bucket'] },
  region: { en: ['Region'], de: ['Region'], fr: ['Région'], es: ['Región'], ja: ['リージョン'], pt: ['Região'] },
  consoleAccess: {
    en: ['Provide user access to the AWS Management Console'],
    de: ['Benutzerzugriff auf die AWS-Managementkonsole bereitstellen', 'Benutzerzugriff auf die AWS Management Console bereitstellen'],
    fr: ["Fournir aux utilisateurs l'accès à la console de gestion AWS"],
    es: ['Proporcionar acceso de usuario a la consola de administración de AWS'],
    ja: ['AWS マネジメントコンソールへのユーザーアクセスを提供する'],
    pt: ['Fornecer acesso de usuário ao Console de Gerenciamento da AWS'],
  },
  json: { en: ['JSON'], de: ['JSON'], fr: ['JSON'], es: ['JSON'], ja: ['JSON'], pt: ['JSON'] },
  anotherAwsAccount: { en: ['Another AWS account'], de: ['Ein anderes AWS-Konto'], fr: ['Un autre compte AWS'], es: ['Otra cuenta de AWS'], ja: ['別の AWS アカウント'], pt: ['Outra conta da AWS'] },
  customTrustPolicy: {
    en: ['Custom trust policy'],
    de: ['Benutzerdefinierte Vertrauensrichtlinie'],
    fr: ['Stratégie d’approbation personnalisée', "Stratégie d'approbation personnalisée"],
    es: ['Política de confianza personalizada'],
    ja: ['カスタム信頼ポリシー'],
    pt: ['Política de confiança personalizada'],
  },
  awsAccount: { en: ['AWS account'], de: ['AWS-Konto'], fr: ['Compte AWS'], es: ['Cuenta de AWS'], ja: ['AWS アカウント'], pt: ['Conta da AWS'] },
  status: { en: ['Status'], de: ['Status'], fr: ['Statut'], es: ['Estado'], ja: ['ステータス'], pt: ['Status'] },
  exportType: { en: ['Export type'], de: ['Exporttyp'], fr: ["Type d'exportation"], es: ['Tipo de exportación'], ja: ['エクスポートタイプ'], pt: ['Tipo de exportação'] },
  standardDataExport: {
    en: ['Standard data export'],
    de: ['Standard-Datenexport'],
    fr: ['Exportation de données standard'],
    es: ['Exportación de datos estándar'],
    ja: ['標準データエクスポート'],
    pt: ['Exportação de dados padrão'],
  },
  cur2: { en: ['CUR 2.0'], de: ['CUR 2.0'], fr: ['CUR 2.0'], es: ['CUR 2.0'], ja: ['CUR 2.0'], pt: ['CUR 2.0'] },
  includeResourceIds: {
    en: ['Include resource IDs'],
    de: ['Ressourcen-IDs einschließen', 'Ressourcen-IDs einbeziehen'],
    fr: ['Inclure les ID de ressource'],
    es: ['Incluir ID de recursos'],
    ja: ['リソース ID を含める'],
    pt: ['Incluir IDs de recursos'],
  },
  hourly: { en: ['Hourly'], de: ['Stündlich'], fr: ['Toutes les heures', 'Horaire'], es: ['Por hora'], ja: ['時間単位', '毎時', '時間別'], pt: ['Por hora'] },
  parquet: { en: ['Parquet', 'Parquet - Parquet'], de: ['Parquet'], fr: ['Parquet'], es: ['Parquet'], ja: ['Parquet'], pt: ['Parquet'] },
  overwrite: {
    en: ['Overwrite existing data export file'],
    de: ['Vorhandene Datenexportdatei überschreiben'],
    fr: ['Remplacer le fichier d’exportation de données existant', "Remplacer le fichier d'exportation de données existant"],
    es: ['Sobrescribir el archivo de exportación de datos existente'],
    ja: ['既存のデータエクスポートファイルを上書きする'],
    pt: ['Substituir o arquivo de exportação de dados existente'],
  },
  // Free-text fields next to policy editors (IAM policy and role review steps): never a policy editor.
  description: descriptionLabel,
  // Data Exports "Create": recommended off (FinOps reads plain CUR 2.0 rows).
  splitCostAllocationData: {
    en: ['Split cost allocation data'],
    de: ['Aufgeteilte Kostenzuordnungsdaten', 'Daten zur geteilten Kostenzuordnung'],
    fr: ['Données de répartition des coûts fractionnées'],
    es: ['Datos de asignación de costos divididos'],
    ja: ['分割コスト配分データ'],
    pt: ['Dados de alocação de custos divididos'],
  },
  // IAM "Create user", permissions options: the tile that shows the policy list.
  attachPoliciesDirectly: {
    en: ['Attach policies directly'],
    de: ['Richtlinien direkt anfügen'],
    fr: ['Attacher directement des stratégies'],
    es: ['Adjuntar políticas directamente'],
    ja: ['ポリシーを直接アタッチする'],
    pt: ['Anexar políticas diretamente'],
  },
  // CloudFormation "Create stack" and "Create StackSet".
  stackName: { en: ['Stack name'], de: ['Stack-Name', 'Stackname'], fr: ['Nom de la pile'], es: ['Nombre de la pila'], ja: ['スタックの名前', 'スタック名'], pt: ['Nome da pilha'] },
  stackSetName: { en: ['StackSet name', 'Stack set name'], de: ['StackSet-Name'], fr: ['Nom du StackSet'], es: ['Nombre del StackSet'], ja: ['StackSet 名', 'StackSet の名前'], pt: ['Nome do StackSet'] },
  deployToOrganization: {
    en: ['Deploy to organization'],
    de: ['In Organisation bereitstellen'],
    fr: ["Déployer dans l'organisation"],
    es: ['Implementar en la organización'],
    ja: ['組織へのデプロイ'],
    pt: ['Implantar na organização'],
  },
  deployToOrganizationalUnits: {
    en: ['Deploy to organizational units (OUs)'],
    de: ['In Organisationseinheiten (OUs) bereitstellen'],
    fr: ["Déployer dans des unités d'organisation (UO)"],
    es: ['Implementar en unidades organizativas (OU)'],
    ja: ['組織単位 (OU) へのデプロイ'],
    pt: ['Implantar em unidades organizacionais (UOs)'],
  },
  automaticDeployment: {
    en: ['Automatic deployment'],
    de: ['Automatische Bereitstellung'],
    fr: ['Déploiement automatique'],
    es: ['Implementación automática'],
    ja: ['自動デプロイ'],
    pt: ['Implantação automática'],
  },
};

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0\u200b:：*()（）\u2010-\u2015-]+/g, '')
    .replace(/[’']/g, "'");

// The console marks optional fields "Description - optional" (the marker in <i>); the marker isn't
// part of the label's name. Folded, so "- optional" and "（オプション）" are both plain suffixes.
const optionalMarkers = ['optional', 'facultatif', 'facultative', 'opcional', 'オプション', '任意'].map(fold);

const withoutOptionalMarker = (folded: string) => {
  const marker = optionalMarkers.find((candidate) => folded.length > candidate.length && folded.endsWith(candidate));
  return marker ? folded.slice(0, -marker.length) : folded;
};

// What may follow the words of a label without making it another label: a parenthetical
// ("Require external ID (Best practice when a third party will assume this role)"), a dash or
// colon ("Description - optional"), a required star, or a new block (a hint under the label, which
// `dom-find` keeps apart with a line break). A word ("Role name prefix", "S3 bucket name") does.
const trailerStart = /^(?:\s*[(（\-\u2010-\u2015:：*[［,，、。.]|\s*\n)/;
const longestLabelText = 400;

/** The part of `text` after its first characters that fold to `folded`, or undefined. */
function afterFoldedStart(text: string, folded: string): string | undefined {
  const limit = Math.min(text.length, longestLabelText);
  for (let end = 1; end <= limit; end += 1) {
    const head = fold(text.slice(0, end));
    if (head.length < folded.length) continue;
    if (head !== folded) return undefined;
    // Characters folding to nothing (spaces, a closing bracket) belong to what follows.
    return text.slice(end);
  }
  return undefined;
}

const startsWithLabel = (text: string, foldedText: string, folded: string): boolean => {
  if (!foldedText.startsWith(folded)) return false;
  const rest = afterFoldedStart(text, folded);
  if (rest === undefined) return false;
  const foldedRest = fold(rest);
  return foldedRest === '' || trailerStart.test(rest) || optionalMarkers.includes(foldedRest);
};

/**
 * Does visible text name this label in any language? Case, spacing and punctuation are folded, and
 * the label is matched by its start: a parenthetical, an optional-field marker or a hint after the
 * words may follow, another word may not ("Role name" is not "Role name prefix").
 */
export function isLabel(text: string | null | undefined, label: LabelId): boolean {
  return namesLabel(text, consoleLabels[label]);
}

/** `isLabel` for one label given by its translations, without the whole table. */
export function namesLabel(text: string | null | undefined, translations: Translations): boolean {
  if (!text) return false;
  const folded = fold(text);
  const names = [folded, withoutOptionalMarker(folded)];
  return Object.values(translations).some((variants) =>
    variants.some((variant) => {
      const foldedVariant = fold(variant);
      return names.includes(foldedVariant) || startsWithLabel(text.trimStart(), folded, foldedVariant);
    }),
  );
}
