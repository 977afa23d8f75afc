export { ShoeViewer } from './shoe-viewer.js';
export type { ShoeViewerEventDetails, ShoeViewerEventMap, ShoeViewerEventName } from './events.js';
export type { ViewerErrorDetail, ViewerErrorType } from './loading/viewer-error.js';
export type { Colorway, ColorwayPart, ExportedColorway, FinishName, FullColorwayPart } from './colorway/colorway.js';
export type { ChangeSource } from './controllers/colorway-controller.js';
export type { AnnotationData, Vec3Tuple } from './annotations/types.js';
export { KAYANO14_PARTS, type PartInfo, type PartGroup } from './profile/kayano14-parts.js';
export { KAYANO14_MODEL_URL } from './profile/kayano14.js';
