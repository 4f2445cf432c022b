export * from './jurisdictions';
export * from './instrument-kinds';
export * from './lifecycle';
export * from './events';
export * from './coverage';
export * from './topics';
export * from './review';
export * from './changes';
