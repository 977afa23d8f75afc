/**
 * The exploded view: imported (one chunk in the CDN build) the first time `exploded` is
 * above 0. The offsets come from the active profile.
 */
export { ExplodedView } from '../stage/exploded-view.js';
