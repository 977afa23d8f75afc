export { ShoeViewer } from './shoe-viewer.js';
export type { ViewerErrorDetail, ViewerErrorType } from './loading/viewer-error.js';
export { KAYANO14_PARTS, type PartInfo, type PartGroup } from './profile/kayano14-parts.js';
export { KAYANO14_MODEL_URL } from './profile/kayano14.js';
