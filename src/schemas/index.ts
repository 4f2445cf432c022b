export * from './common';
export * from './source';
export * from './status';
export * from './timeline';
export * from './provision';
export * from './instrument';
export * from './topic';
export * from './export';
