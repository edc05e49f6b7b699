export {};
export * from './sequencing/index.js';
export * from './orienteering/index.js';
