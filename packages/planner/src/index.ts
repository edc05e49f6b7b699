export {};
export * from './sequencing/index.js';
export * from './orienteering/index.js';
export * from './lint/index.js';
export * from './request/index.js';
export * from './generate/index.js';
export * from './routing/index.js';
export * from './travel/index.js';
