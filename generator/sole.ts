/**
 * The sole unit, one file per piece under ./sole/: the sculpted midsole with its heel
 * wedge and GEL window rims, the GEL units (and the "GEL" lettering), the TRUSSTIC shank
 * and the lugged outsole pads. Solids are lofted closed loops along x.
 */
export { buildMidsole } from './sole/midsole.js';
export { buildGelForefoot, buildGelHeel } from './sole/gel.js';
export { buildTrusstic } from './sole/trusstic.js';
export { buildOutsole } from './sole/outsole.js';
export { FOREFOOT_WINDOWS, type GelWindow, HEEL_WINDOWS } from './sole/windows.js';
