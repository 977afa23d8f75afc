import { Vector3, type Object3D } from 'three';
import type { ViewerErrorDetail } from '../loading/viewer-error.js';
import { gltfSourceOf, type LoadMeshMaterial } from '../stage/gltf-source.js';
import { VIEW_DIRECTIONS, orientationRotation } from '../stage/model-orientation.js';
import type { Stage } from '../stage/stage.js';
import { applyProfile, type ActiveProfile, type ProfileCandidate } from './active-profile.js';
import { builtinProfileFor } from './builtin-profiles.js';
import { readableLabel } from './derive-label.js';
import { profileValidation, validationSettled } from './lazy-validation.js';
import { ProfileRequest } from './profile-request.js';

/** What the profile controller needs from the element. */
export interface ProfileHost {
  onViewerError(detail: ViewerErrorDetail): void;
  /** `active` now describes the model on screen; `replaceAnnotations` when src or profile changed. */
  onProfileApplied(active: ActiveProfile, loadMaterial: LoadMeshMaterial | null, replaceAnnotations: boolean): void;
}

/**
 * Chooses the profile for the model on screen and applies it: the page's (`profile`
 * property or attribute), else the one embedded in the GLB, else the built-in one for the
 * model, else one derived from it. Turns the model to the lateral product shot, and tells the
 * element, which hands the result to the parts, colorway and callout code.
 */
export class ProfileController {
  active: ActiveProfile | null = null;
  private request = new ProfileRequest();
  private model: { url: string; scene: Object3D } | null = null;

  constructor(
    private getStage: () => Stage | null,
    private host: ProfileHost,
  ) {}

  /** Resolves when the page's profile has arrived (or failed), so a model shows with it. */
  async ready(): Promise<void> {
    while (this.request.pending) await this.request.pending;
    // A parsed model with an embedded profile has started importing the validator.
    await validationSettled();
  }

  /** The page set `profile` (an object, a URL, or nothing). */
  setPageProfile(value: unknown): void {
    this.request.set(value, (error) => {
      if (error) this.host.onViewerError(error);
      if (this.model) this.apply(true, false);
    });
  }

  /** A new model is in the stage (`scene` is the parsed glTF scene, inside the stage's root). */
  modelLoaded(url: string, scene: Object3D): void {
    const urlChanged = this.model?.url !== url;
    this.model = { url, scene };
    this.apply(urlChanged, true);
  }

  private apply(replaceAnnotations: boolean, reportEmbedded: boolean): void {
    const stage = this.getStage();
    if (!this.model || !stage?.model) return;
    const { url, scene } = this.model;
    const source = gltfSourceOf(scene);
    const candidates: ProfileCandidate[] = [];
    const errors: ViewerErrorDetail[] = [];
    if (this.request.current) candidates.push({ source: 'page', profile: this.request.current });
    if (source?.embeddedProfile !== undefined) {
      const checked = profileValidation.value?.checkProfile(source.embeddedProfile, "The model's embedded profile (asset.extras.shoeViewer)") ?? {
        ok: false as const,
        error: { type: 'network' as const, message: "The profile validator could not be loaded, so the model's embedded profile is not used." },
      };
      if (checked.ok) candidates.push({ source: 'embedded', profile: checked.profile });
      else if (reportEmbedded) errors.push(checked.error);
    }
    const builtin = builtinProfileFor(url, scene);
    if (builtin) candidates.push({ source: 'builtin', profile: builtin });
    const result = applyProfile(scene, candidates, source?.variantNames ?? [], nameFromUrl(url));
    errors.push(...result.errors);
    const active = (this.active = result.active);
    const { toe, lateral } = active.orientation;
    stage.orient(orientationRotation(toe, lateral), new Vector3(...VIEW_DIRECTIONS[active.view]).normalize());
    this.host.onProfileApplied(active, source ? source.material : null, replaceAnnotations);
    for (const error of errors) this.host.onViewerError(error);
  }

  disconnect(): void {
    this.request.cancel();
  }
}

/** A readable name from a model's file name (`street-runner.glb` -> "Street runner"), for the accessible description. */
function nameFromUrl(url: string): string | undefined {
  try {
    const file = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').replace(/\.(glb|gltf)$/i, '');
    return file && !/^[0-9a-f-]{20,}$/i.test(file) ? `${readableLabel(file).toLowerCase()} model` : undefined;
  } catch {
    return undefined;
  }
}
