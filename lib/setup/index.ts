/**
 * The account setup, owned here: what the person chose (choice, default, the stored form both ways),
 * its resolution for the console buttons and the side panel, and the console's view of it.
 */
export * from './choice';
export * from './console-view';
export * from './resolve';
