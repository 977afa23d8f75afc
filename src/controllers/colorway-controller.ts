import type { LoadMeshMaterial } from '../stage/gltf-source.js';
import {
  exportColorway,
  importColorway,
  makePart,
  resolveColorway,
  withPartColor,
  type ExportedColorway,
  type ResolvedColorway,
  type ResolvedPart,
  type ValidationError,
} from '../colorway/colorway.js';
import { FINISHES } from '../colorway/finish.js';
import { DEFAULT_PRESET_ID, KAYANO14_PRESETS, findPreset } from '../colorway/presets.js';
import { SHARE_PREFIX, decodeShareLink, encodeShareLink } from '../colorway/share-link.js';
import { quote } from '../colorway/safe-text.js';
import type { ViewerErrorDetail } from '../loading/viewer-error.js';
import type { ActivePreset, ActiveProfile } from '../profile/active-profile.js';
import { PartMaterials } from '../stage/part-materials.js';

/** Who asked for a look: a person using the page's controls, or the page's code. */
export type ChangeSource = 'user' | 'page';

/** What the colorway controller needs from the element. */
export interface ColorwayHost {
  /** Asks for a frame that shows the new look. */
  requestFrame(): void;
  onColorwayChange(colorway: ExportedColorway, source: ChangeSource): void;
  onViewerError(detail: ViewerErrorDetail): void;
}

const firstError = (errors: readonly ValidationError[]) => errors[0];

/**
 * The look on screen: applies presets, custom colorways, share strings and
 * single part colours to the model's materials, validating everything first.
 * A rejected look leaves the screen as it was and reports one `error`.
 * It needs no Lit lifecycle hooks: the element calls it on model loads and per frame.
 */
export class ColorwayController {
  private look: ResolvedColorway;
  private materials: PartMaterials | null = null;
  private reportedMissing = false;
  /** Whether the page or the user chose a look (else the model's own is shown). */
  private chosen = false;
  /** The active profile's presets (until a model is loaded: the default profile's). */
  presets: readonly ActivePreset[] = KAYANO14_PRESETS;
  /** The active profile's part ids: what a colorway may name. */
  private profileParts: readonly string[];
  private profile: ActiveProfile | null = null;
  private loadMaterial: LoadMeshMaterial | null = null;
  /** From a model's request until its profile arrives: its presets are not known yet. */
  private awaitingModel = true;
  /** A preset id asked for meanwhile that the presets known so far lack (the page's HTML names the model's own): tried on arrival. */
  private deferred: { id: string; source: ChangeSource } | null = null;

  constructor(private host: ColorwayHost) {
    this.look = resolveColorway(findPreset(DEFAULT_PRESET_ID)!);
    this.profileParts = Object.keys(this.look.parts);
  }

  /** Part ids a colorway may name: the active profile's parts. */
  get knownParts(): string[] {
    return [...new Set([...this.profileParts, ...(this.materials?.ids ?? [])])];
  }

  /** The current look's id (a preset id, or the id of a custom look). */
  get currentId(): string {
    return this.look.id;
  }

  get currentLook(): ResolvedColorway {
    return this.look;
  }

  /** The material controller, for the part list. */
  get partMaterials(): PartMaterials | null {
    return this.materials;
  }

  /**
   * A model is in the scene with `profile` applied (also when only the profile changed).
   * A look the page chose is shown on it at once when the profile is the same kind;
   * otherwise the model's own materials are its look (for the Kayano 14 they are its
   * first preset, which the generator baked in, so that preset's data is taken).
   * `loadMaterial` loads one of the file's materials, for its variants.
   */
  modelLoaded(profile: ActiveProfile, loadMaterial: LoadMeshMaterial | null): void {
    const sameKind = this.profile === null ? profile.source === 'builtin' : this.profile.presets === profile.presets || samePresets(this.profile.presets, profile.presets);
    this.profile = profile;
    this.presets = profile.presets;
    this.profileParts = profile.declaredParts;
    this.loadMaterial = loadMaterial;
    this.materials = new PartMaterials(profile.meshes, new Map(profile.parts.map((p) => [p.id, p.recolor])));
    this.reportedMissing = false;
    if (!sameKind) this.chosen = false;
    if (this.chosen) this.show();
    else this.takeModelLook();
    this.settleDeferred();
  }

  /** A new model was asked for: until its profile arrives, ids it may add are held, not rejected. */
  expectModel(): void {
    this.awaitingModel = true;
  }

  /** The model asked for did not come: a held id is judged by the presets of the one still shown. */
  modelFailed(): void {
    if (this.awaitingModel) this.settleDeferred();
  }

  /** The presets are known now: the held id is applied, or rejected with the usual error. */
  private settleDeferred(): void {
    this.awaitingModel = false;
    const deferred = this.deferred;
    this.deferred = null;
    if (deferred) this.apply(deferred.id, deferred.source);
  }

  /** The id the element reflects: a preset id held until the model arrives, else the current look's. */
  get requestedId(): string {
    return this.deferred?.id ?? this.look.id;
  }

  /** The model's materials as the current look; the first preset's data when they are that preset. */
  private takeModelLook(id = 'model-default', name = 'Model default'): void {
    const materials = this.materials!;
    const parts: { [id: string]: ResolvedPart } = {};
    for (const part of materials.ids) {
      const current = materials.current(part)!;
      const made = makePart(current.hex, { ...FINISHES.matte, metalness: current.metalness, roughness: current.roughness });
      if (made) parts[part] = made;
    }
    const preset = this.presets[0];
    const presetLook = preset && preset.variant === undefined ? resolveColorway(preset) : null;
    const same =
      presetLook !== null &&
      Object.entries(presetLook.parts).every(([id, p]) => {
        const m = parts[id];
        return m && m.hex === p.hex && Math.abs(m.metalness - p.metalness) < 1e-3 && Math.abs(m.roughness - p.roughness) < 1e-3;
      });
    // Matching the default preset, take its data too (finish names, the GEL's extras).
    this.look = same ? presetLook : { id, name, parts };
    if (same) this.show(false);
  }

  /** Switches to a variant preset: the file's materials, then their colours as the look. */
  private applyVariant(preset: ActivePreset, source: ChangeSource): boolean {
    const materials = this.materials;
    const load = this.loadMaterial;
    if (!materials || !load) {
      this.host.onViewerError({ type: 'validation', message: `The variant ${quote(preset.name)} needs its model on screen.` });
      return false;
    }
    this.chosen = true;
    // The id is the variant's at once (the attribute reflects it); its colours follow the switch.
    this.look = { ...this.look, id: preset.id, name: preset.name };
    materials.selectVariant(preset.variant!, load).then(
      (current) => {
        if (!current || this.materials !== materials) return;
        this.takeModelLook(preset.id, preset.name);
        this.look = { ...this.look, id: preset.id, name: preset.name };
        this.host.requestFrame();
        this.host.onColorwayChange(exportColorway(this.look), source);
      },
      (cause: unknown) => this.host.onViewerError({ type: 'format', message: `The variant ${quote(preset.name)} could not be loaded.`, cause }),
    );
    return true;
  }

  /**
   * Applies a preset id, a share string (`c1.…`) or a Colorway object.
   * Returns false (and reports an error) when it is rejected.
   */
  apply(input: unknown, source: ChangeSource): boolean {
    const id = typeof input === 'string' ? input.trim() : null;
    if (this.awaitingModel && id !== null && !id.startsWith(SHARE_PREFIX) && !this.presets.some((p) => p.id === id)) {
      this.deferred = { id, source };
      return true;
    }
    this.deferred = null;
    const variant = id !== null ? this.presets.find((p) => p.id === id && p.variant !== undefined) : undefined;
    if (variant) return this.applyVariant(variant, source);
    const next = this.resolve(input);
    if ('error' in next) {
      this.host.onViewerError(next.error);
      return false;
    }
    this.look = next.look;
    this.chosen = true;
    this.show();
    this.host.onColorwayChange(exportColorway(this.look), source);
    return true;
  }

  /** Recolours one part; `finish` is a named finish or `{ metalness?, roughness? }`. */
  setPart(part: unknown, color: unknown, finish: unknown, source: ChangeSource): boolean {
    const result = withPartColor(this.look, part, color, finish, this.knownParts);
    if (!result.ok) {
      this.reject(result.errors, 'The part colour was rejected');
      return false;
    }
    const custom = this.look.id.endsWith('-custom') ? this.look.id : `${this.look.id}-custom`.slice(-64).replace(/^-+/, '');
    this.chosen = true;
    this.look = { ...result.look, id: custom, name: this.look.name.endsWith('(custom)') ? this.look.name : `${this.look.name} (custom)`.slice(0, 80) };
    this.show();
    this.host.onColorwayChange(exportColorway(this.look), source);
    return true;
  }

  /** The current look as Colorway JSON, every part fully specified. */
  export(): ExportedColorway {
    return exportColorway(this.look);
  }

  /** The current look as a share string: a preset id, or `c1.` + an encoded custom look. */
  shareString(): string {
    return encodeShareLink(this.look, { knownParts: this.knownParts });
  }

  private resolve(input: unknown): { look: ResolvedColorway } | { error: ViewerErrorDetail } {
    if (typeof input === 'string') {
      const value = input.trim();
      if (value.startsWith(SHARE_PREFIX)) {
        const decoded = decodeShareLink(value, { knownParts: this.knownParts });
        return decoded.ok ? { look: resolveColorway(decoded.colorway, this.look) } : { error: this.errorDetail(decoded.errors, 'The shared look was rejected') };
      }
      const preset = this.presets.find((p) => p.id === value);
      if (!preset) {
        return {
          error: {
            type: 'validation',
            path: '$',
            message: `The colorway was rejected: $: unknown colorway ${quote(value)} (known: ${this.presets.map((p) => p.id).join(', ')})`,
          },
        };
      }
      return { look: resolveColorway(preset, this.look) };
    }
    const imported = importColorway(input, this.knownParts, this.look);
    return imported.ok ? { look: imported.look } : { error: this.errorDetail(imported.errors, 'The colorway was rejected') };
  }

  private errorDetail(errors: readonly ValidationError[], what: string): ViewerErrorDetail {
    const first = firstError(errors);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return { type: 'validation', path: first?.path, message: `${what}: ${first?.path}: ${first?.message}${more}`, cause: errors };
  }

  private reject(errors: readonly ValidationError[], what: string): void {
    this.host.onViewerError(this.errorDetail(errors, what));
  }

  private show(reportMissing = true): void {
    if (!this.materials) return;
    const missing = this.materials.apply(this.look.parts);
    if (reportMissing && missing.length && !this.reportedMissing) {
      this.reportedMissing = true;
      this.host.onViewerError({
        type: 'validation',
        message: `This model has no ${missing.length === 1 ? 'part' : 'parts'} ${missing.join(', ')}; the look was applied to the parts it has.`,
      });
    }
    this.host.requestFrame();
  }
}

/** Whether two preset lists offer the same looks (a page's profile with the default's presets, say). */
function samePresets(a: readonly ActivePreset[], b: readonly ActivePreset[]): boolean {
  return a.length === b.length && a.every((p, i) => p.id === b[i]!.id && p.variant === b[i]!.variant);
}
