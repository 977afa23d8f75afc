/**
 * The exploded view and the Kayano 14's part offsets: imported (one chunk in the CDN build)
 * the first time `exploded` is above 0.
 */
export { ExplodedView } from '../stage/exploded-view.js';
export { KAYANO14_EXPLODED_OFFSETS } from '../profile/kayano14-exploded.js';
