export * from './fill-plan';
export * from './fill-result';
export * from './portal-fill';
export * from './portal-origins';
export * from './next-member';
