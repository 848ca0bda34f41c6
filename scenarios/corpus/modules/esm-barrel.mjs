// a barrel module: re-exports in every form
export * from './esm-shapes.mjs';
export * as shapes from './esm-shapes.mjs';
export { count as total, increment } from './esm-counter.mjs';
export { default as counterName } from './esm-counter.mjs';
