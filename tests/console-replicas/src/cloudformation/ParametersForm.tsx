// Evidence: none — no screenshot; AWS docs say parameters are labelled by logical name.
// Assumed without evidence: field markup and the description's place.
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Box from '@cloudscape-design/components/box';
import { parameterError, type TemplateParameterSpec } from './templateFile';

interface ParametersFormProps {
  parameters: TemplateParameterSpec[];
  values: Record<string, string>;
  onChange: (name: string, value: string) => void;
  /** Show each parameter's constraint error (after Next was pressed). */
  showErrors: boolean;
}

export const parameterErrors = (parameters: TemplateParameterSpec[], values: Record<string, string>): string[] =>
  parameters.flatMap((spec) => parameterError(spec, values[spec.name] ?? spec.defaultValue ?? '') ?? []);

/** "Parameters": one field per template parameter, labelled with its logical name as the console does. */
export function ParametersForm({ parameters, values, onChange, showErrors }: ParametersFormProps) {
  return (
    <Container header={<Header variant="h2" description="Parameters are defined in your template and allow you to input custom values when you create or update a stack.">Parameters</Header>}>
      {parameters.length === 0 ? (
        <Box color="text-body-secondary">No parameters. There are no parameters defined in your template.</Box>
      ) : (
        <SpaceBetween size="l">
          {parameters.map((spec) => {
            const value = values[spec.name] ?? spec.defaultValue ?? '';
            return (
              <FormField key={spec.name} label={spec.name} description={spec.description} errorText={showErrors ? parameterError(spec, value) : undefined}>
                <Input type={spec.noEcho ? 'password' : 'text'} value={value} onChange={({ detail }) => onChange(spec.name, detail.value)} />
              </FormField>
            );
          })}
        </SpaceBetween>
      )}
    </Container>
  );
}
