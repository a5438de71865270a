export { VerifyPanel, type VerifyFunction, type VerifyPanelProps } from './VerifyPanel';
