export { ShoeViewer } from './shoe-viewer.js';
export type { ViewerErrorDetail, ViewerErrorType } from './loading/viewer-error.js';
export { KAYANO14_PARTS, type PartInfo, type PartGroup } from './profile/kayano14-parts.js';
export { KAYANO14_MODEL_URL } from './profile/kayano14.js';
export type { ModelProfile, ProfilePart, ProfilePreset, ProfileAnnotation, Axis, CameraView, RecolorMode } from './profile/types.js';
export type { ActiveProfile, ActivePart, ActivePreset, ProfileSource } from './profile/active-profile.js';
