// Evidence: none — no screenshot; built from AWS CloudFormation docs (Amazon S3 URL or upload a
//   template file).
// Assumed without evidence: tile labels and the upload control's markup.
import { useState } from 'react';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { readTemplate, type UploadedTemplate } from './templateFile';

export type TemplateSourceKind = 's3' | 'upload';

interface TemplateSourceProps {
  /** The template read from the chosen file; undefined until one is chosen and readable. */
  onTemplate: (template: UploadedTemplate | undefined) => void;
  errorText?: string;
}

/** "Specify template": an Amazon S3 URL (the replica can't fetch one) or an uploaded file, read at once. */
export function TemplateSource({ onTemplate, errorText }: TemplateSourceProps) {
  const [kind, setKind] = useState<TemplateSourceKind>('s3');
  const [files, setFiles] = useState<File[]>([]);
  const [s3Url, setS3Url] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();

  const choose = async (chosen: File[]) => {
    setFiles(chosen);
    const file = chosen[0];
    if (!file) {
      setFileError(undefined);
      onTemplate(undefined);
      return;
    }
    const read = readTemplate(file.name, await file.text());
    setFileError(read.ok ? undefined : read.error);
    onTemplate(read.ok ? read.template : undefined);
  };

  return (
    <Container header={<Header variant="h2" description="A template is a JSON or YAML file that describes your stack's resources and properties.">Specify template</Header>}>
      <SpaceBetween size="l">
        <FormField label="Template source" description="Selecting a template generates an Amazon S3 URL where it will be stored.">
          <RadioGroup
            value={kind}
            onChange={({ detail }) => setKind(detail.value as TemplateSourceKind)}
            items={[
              { value: 's3', label: 'Amazon S3 URL' },
              { value: 'upload', label: 'Upload a template file' },
            ]}
          />
        </FormField>
        {kind === 's3' ? (
          <FormField label="Amazon S3 URL" errorText={errorText} constraintText="Amazon S3 template URL">
            <Input value={s3Url} onChange={({ detail }) => setS3Url(detail.value)} placeholder="https://s3.us-east-1.amazonaws.com/bucket/template.yaml" />
          </FormField>
        ) : (
          <FormField label="Upload a template file" errorText={fileError ?? errorText}>
            <FileUpload
              value={files}
              accept=".json,.yaml,.yml,.template,.txt"
              constraintText="JSON or YAML formatted file"
              onChange={({ detail }) => void choose(detail.value)}
              i18nStrings={{
                uploadButtonText: () => 'Choose file',
                dropzoneText: () => 'Drop file to upload',
                removeFileAriaLabel: () => 'Remove file',
                limitShowFewer: 'Show fewer files',
                limitShowMore: 'Show more files',
                errorIconAriaLabel: 'Error',
              }}
            />
          </FormField>
        )}
      </SpaceBetween>
    </Container>
  );
}
