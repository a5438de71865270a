// Evidence: none visual — field behaviour follows the portal's public source (ngui's TextInput,
//   AwsBillingBucket, RadioGroup with react-hook-form), facts.md section 5.
// Assumed without evidence: MUI markup details.
import type { ReactNode } from 'react';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import SvgIcon from '@mui/material/SvgIcon';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { Controller, useFormContext } from 'react-hook-form';
import { maxInputLength, type ConnectFormValues } from './connectionTypes';

type TextFieldName = Exclude<keyof ConnectFormValues, 'curVersion'>;

const isOnlyWhitespace = (value: string) => value.length > 0 && value.trim().length === 0;

const QuestionMark = ({ tooltip, dataTestId }: { tooltip: string; dataTestId: string }) => (
  <InputAdornment position="end">
    <Tooltip title={tooltip}>
      <IconButton size="small" tabIndex={-1} data-test-id={dataTestId} aria-label={tooltip} sx={{ color: 'secondary.main' }}>
        <SvgIcon fontSize="small">
          <path d="M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z" />
        </SvgIcon>
      </IconButton>
    </Tooltip>
  </InputAdornment>
);

type TextInputProps = {
  name: TextFieldName;
  label: string;
  dataTestId: string;
  required?: boolean;
  type?: 'text' | 'password';
  defaultValue?: string;
  tooltip?: { text: string; dataTestId: string };
  /** The billing bucket fields name themselves in the length message; the others say "This field". */
  lengthMessageNamesField?: boolean;
};

// Uncontrolled, registered through react-hook-form's `register` exactly like ngui's TextInput and
// AwsBillingBucket: the form only learns a value from a real input/change event on the element.
export const TextInput = ({
  name,
  label,
  dataTestId,
  required = true,
  type = 'text',
  defaultValue,
  tooltip,
  lengthMessageNamesField = false,
}: TextInputProps) => {
  const {
    register,
    formState: { errors },
  } = useFormContext<ConnectFormValues>();
  const { ref, ...registered } = register(name, {
    required: { value: required, message: 'This field is required' },
    maxLength: {
      value: maxInputLength,
      message: `${lengthMessageNamesField ? label : 'This field'} must be maximum ${maxInputLength} characters long`,
    },
    validate: { notOnlyWhiteSpaces: (value) => !isOnlyWhitespace(value ?? '') || 'This field must not contain only whitespaces' },
  });
  const fieldError = errors[name];
  return (
    <TextField
      {...registered}
      inputRef={ref}
      label={label}
      required={required}
      type={type}
      fullWidth
      autoComplete="off"
      defaultValue={defaultValue}
      error={Boolean(fieldError)}
      helperText={fieldError?.message as ReactNode}
      slotProps={{
        htmlInput: { 'data-test-id': dataTestId },
        inputLabel: { shrink: true },
        input: tooltip ? { endAdornment: <QuestionMark tooltip={tooltip.text} dataTestId={tooltip.dataTestId} /> } : undefined,
      }}
    />
  );
};

const exportTypes = [
  { value: '2', label: 'Standard data export (CUR 2.0)' },
  { value: '1', label: 'Legacy cost & usage reports (CUR) export' },
] as const;

// A Controller around MUI's RadioGroup, as ngui's common RadioGroup field does.
export const ExportTypeRadio = () => {
  const { control } = useFormContext<ConnectFormValues>();
  return (
    <Controller
      control={control}
      name="curVersion"
      defaultValue="2"
      render={({ field }) => (
        <FormControl fullWidth>
          <FormLabel id="export-type-label" sx={{ color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
            Export type
          </FormLabel>
          <RadioGroup {...field} aria-labelledby="export-type-label">
            {exportTypes.map(({ value, label }) => (
              <FormControlLabel
                key={value}
                value={value}
                label={label}
                control={<Radio size="small" slotProps={{ input: { 'data-test-id': `radio_cur_version_${value}` } as object }} />}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
    />
  );
};
