/**
 * Colorway logic for `<shoe-viewer>`: CSS colour parsing, finishes, colorway
 * validation / resolution / export, the Kayano 14 presets and share links.
 * Pure TypeScript: no DOM, no three.js.
 */
export * from './types.js';
export * from './color.js';
export { NAMED_COLORS } from './named-colors.js';
export * from './finish.js';
export * from './colorway.js';
export * from './presets.js';
export * from './share-link.js';
export { quote, childPath } from './safe-text.js';
