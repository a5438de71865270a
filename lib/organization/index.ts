export * from './member-accounts';
