import { Vector3, type Mesh, type Object3D } from 'three';
import type { Vec3Tuple } from '../annotations/types.js';
import type { Animator } from './stage.js';

const MOVE_SECONDS = 0.8;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

interface Entry {
  object: Object3D;
  part: string;
  base: Vector3;
  /** The full offset in the object's parent's space. */
  local: Vector3;
}

/**
 * Pulls the model's parts apart: each part moves along its profile offset times the
 * current amount (0 assembled, 1 fully exploded), animated between amounts.
 */
export class ExplodedView implements Animator {
  private entries: Entry[] = [];
  private worldOffsets = new Map<string, Vector3>();
  private amount = 0;
  private move: { from: number; to: number; elapsed: number } | null = null;

  /**
   * @param parts the model's meshes by part id
   * @param offsets each part's offset at amount 1, in model (world) space
   * @param onChange called after parts moved (re-bake the shadow, draw a frame)
   */
  constructor(
    parts: ReadonlyMap<string, readonly Mesh[]>,
    offsets: Readonly<Record<string, Vec3Tuple>>,
    private onChange: () => void,
  ) {
    for (const [part, meshes] of parts) {
      const offset = offsets[part];
      if (!offset || (offset[0] === 0 && offset[1] === 0 && offset[2] === 0)) continue;
      const world = new Vector3(...offset);
      this.worldOffsets.set(part, world);
      for (const mesh of meshes) {
        const parent = mesh.parent;
        if (!parent) continue;
        parent.updateWorldMatrix(true, false);
        // The offset is in world metres; parents may be scaled (quantized models are).
        const origin = parent.worldToLocal(new Vector3());
        const local = parent.worldToLocal(world.clone()).sub(origin);
        this.entries.push({ object: mesh, part, base: mesh.position.clone(), local });
      }
    }
  }

  /** The current amount, 0..1. */
  get value(): number {
    return this.amount;
  }

  /** The amount being moved to. */
  get target(): number {
    return this.move ? this.move.to : this.amount;
  }

  /** Moves to `amount` (0..1), animated or at once. */
  set(amount: number, animate: boolean): void {
    const to = Math.min(1, Math.max(0, Number.isFinite(amount) ? amount : 0));
    if (to === this.target && (!this.move || animate)) return;
    if (!animate) {
      this.move = null;
      this.apply(to);
      return;
    }
    this.move = { from: this.amount, to, elapsed: 0 };
    this.onChange();
  }

  /** Where `part` is now relative to its assembled place, in world space. */
  offsetOf(part: string, out = new Vector3()): Vector3 {
    const world = this.worldOffsets.get(part);
    return world ? out.copy(world).multiplyScalar(this.amount) : out.set(0, 0, 0);
  }

  update(deltaSeconds: number): boolean {
    if (!this.move) return false;
    this.move.elapsed += deltaSeconds;
    const t = Math.min(1, this.move.elapsed / MOVE_SECONDS);
    this.apply(this.move.from + (this.move.to - this.move.from) * ease(t));
    if (t >= 1) this.move = null;
    return true;
  }

  private apply(amount: number): void {
    this.amount = amount;
    for (const entry of this.entries) entry.object.position.copy(entry.base).addScaledVector(entry.local, amount);
    this.onChange();
  }

  /** Puts every part back in place. */
  dispose(): void {
    this.move = null;
    for (const entry of this.entries) entry.object.position.copy(entry.base);
  }
}
