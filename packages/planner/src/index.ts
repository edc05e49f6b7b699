export {};
export * from './sequencing/index.js';
export * from './orienteering/index.js';
export * from './routing/index.js';
export * from './travel/index.js';
