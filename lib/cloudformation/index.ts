export * from './account-template';
export * from './cloudshell-script';
export * from './downloads';
export * from './file-names';
export * from './quick-create-link';
export * from './serialise';
export * from './stack-parameters';
export * from './stack-set';
export type * from './template-types';
