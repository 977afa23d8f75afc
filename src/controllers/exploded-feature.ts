/**
 * The exploded view and the built-in (Kayano 14) profile's part offsets: imported (one chunk
 * in the CDN build) the first time `exploded` is above 0. Other profiles bring their own.
 */
export { ExplodedView } from '../stage/exploded-view.js';
export { KAYANO14_EXPLODED_OFFSETS as BUILTIN_EXPLODED_OFFSETS } from '../profile/kayano14-exploded.js';
