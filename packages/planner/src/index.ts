export {};
export * from './sequencing/index.js';
