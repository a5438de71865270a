import { createTheme, darken } from '@mui/material/styles';

// The FinOps for Cloud theme of the OptScale fork (ngui/ui/src/themes/finops), light mode only.
export const brandPrimary = '#472AFF';
export const brandGradient = 'linear-gradient(270deg, #00c9cd, #472aff, #392d9c)';
export const gray1 = '#F4F6F8';
export const gray2 = '#E0E5E8';
export const gray3 = '#AEB1B9';
export const gray4 = '#6B7180';
export const boxShadow = '0 1px 6px #83879257';

export const finopsTheme = createTheme({
  palette: {
    primary: { main: brandPrimary },
    secondary: { main: brandPrimary },
    info: { main: '#5E6A7F' },
    success: { main: '#00784D' },
    error: { main: '#BB1425' },
    warning: { main: '#E87D1E' },
    background: { default: gray1 },
  },
  typography: {
    fontFamily: "'Arial', sans-serif",
    body2: { color: '#000000' },
    subtitle1: { color: '#000000', fontWeight: 'bold' },
  },
  components: {
    MuiFormControl: { defaultProps: { margin: 'dense' } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiInputLabel: { styleOverrides: { root: { color: 'black' } } },
    MuiFormHelperText: { styleOverrides: { contained: { marginLeft: 0, marginRight: 0 } } },
    MuiOutlinedInput: {
      styleOverrides: {
        root: {
          borderRadius: 8,
          backgroundColor: '#FFFFFF',
          '& .MuiOutlinedInput-notchedOutline': { borderColor: 'black' },
          '&:hover .MuiOutlinedInput-notchedOutline': { borderColor: brandPrimary },
          '&.Mui-focused .MuiOutlinedInput-notchedOutline': { borderColor: brandPrimary },
        },
      },
    },
    MuiButton: {
      defaultProps: { size: 'small', color: 'primary' },
      styleOverrides: {
        root: { padding: '6px 16px', borderRadius: 8, boxShadow: 'none', textTransform: 'none', '&:hover': { boxShadow: 'none' } },
      },
    },
    MuiButtonGroup: {
      styleOverrides: {
        root: { padding: 2, background: '#fff', borderRadius: 8, border: `1px solid ${gray3}` },
        grouped: { borderRadius: 8, border: '1px solid transparent', color: gray4, '&:not(:last-of-type)': { borderRight: '1px solid transparent' } },
      },
    },
    MuiAlert: { styleOverrides: { root: { borderRadius: 8 } } },
  },
});

// Doubled class: ButtonGroup's grouped-button styles outrank a plain sx on the button.
export const activeToggleButton = {
  '&&': { backgroundColor: brandPrimary, color: '#FFFFFF' },
  '&&:hover': { backgroundColor: darken(brandPrimary, 0.15) },
} as const;
