export * from './errors.ts';
export * from './dates.ts';
export * from './source.ts';
export * from './parameter.ts';
export * from './context.ts';
export * from './rule.ts';
export * from './trace.ts';
export * from './ruleset.ts';
