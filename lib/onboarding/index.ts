export * from './plan';
export * from './progress';
export * from './state-schema';
