export * from './pages';
export * from './urls';
export * from './read-account';
export * from './bridge-protocol';
