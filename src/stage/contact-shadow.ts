import {
  Box3,
  DataTexture,
  DoubleSide,
  Group,
  LinearFilter,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  OrthographicCamera,
  PlaneGeometry,
  RGBAFormat,
  Vector3,
  type BufferGeometry,
  type Object3D,
  type WebGLRenderer,
} from 'three';
import { addTriangles, createShadowGrid, shadowTexels, type ShadowFrame } from './shadow-raster.js';

const SIZE = 128;

/**
 * A soft shadow under the model, like a studio shot: the model's surfaces near the ground,
 * seen from above and blurred, on a transparent ground plane. Baked once per model or part
 * move (not per frame), in script (`shadow-raster.ts`: 3-6 ms for the bundled model in headless
 * Chromium), so it costs no shader program but the plane's own: GPU bake passes compiled two more
 * before the first frame.
 */
export class ContactShadow {
  /** The ground plane carrying the shadow; add it to the scene. */
  readonly object = new Group();
  private texels = new Uint8Array(SIZE * SIZE * 4);
  private texture = new DataTexture(this.texels, SIZE, SIZE, RGBAFormat);
  private plane: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private frame: ShadowFrame | null = null;
  private stale = true;

  constructor(opacity = 0.55) {
    this.texture.magFilter = LinearFilter;
    this.texture.minFilter = LinearFilter;
    this.plane = new Mesh(
      new PlaneGeometry(1, 1),
      // forceSinglePass: a transparent DoubleSide material is otherwise drawn twice (back, then
      // front), with one more program to compile before the first frame.
      new MeshBasicMaterial({ map: this.texture, transparent: true, depthWrite: false, opacity, side: DoubleSide, forceSinglePass: true }),
    );
    this.plane.rotation.x = -Math.PI / 2;
    this.plane.renderOrder = -1;
    this.object.add(this.plane);
    this.object.name = 'contact-shadow';
  }

  /** Fits the shadow to the model's footprint; the next frame re-bakes it. */
  fit(bounds: Box3): void {
    const sizeX = (bounds.max.x - bounds.min.x) * 1.3;
    const sizeZ = (bounds.max.z - bounds.min.z) * 1.6;
    const cx = (bounds.max.x + bounds.min.x) / 2;
    const cz = (bounds.max.z + bounds.min.z) / 2;
    // The plane lies flat with its texture's u along +x and v along -z, as the grid is laid out.
    this.plane.scale.set(sizeX, sizeZ, 1);
    this.plane.position.set(cx, bounds.min.y + 0.0005, cz);
    this.frame = {
      size: SIZE,
      minX: cx - sizeX / 2,
      maxX: cx + sizeX / 2,
      minZ: cz - sizeZ / 2,
      maxZ: cz + sizeZ / 2,
      groundY: bounds.min.y,
      maxHeight: Math.max(0.01, (bounds.max.y - bounds.min.y) * 0.35),
    };
    this.stale = true;
  }

  invalidate(): void {
    this.stale = true;
  }

  /** Bakes the shadow if the model moved since the last bake. */
  update(model: Object3D | null): void {
    if (!this.stale || !model || !this.frame) return;
    this.stale = false;
    const grid = createShadowGrid(this.frame);
    model.updateMatrixWorld(true);
    const frame = this.frame;
    model.traverseVisible((object) => {
      const mesh = object as Mesh;
      if (!mesh.isMesh || !castsShadow(mesh, frame)) return;
      addTriangles(grid, frame, worldPositions(mesh.geometry, mesh.matrixWorld), mesh.geometry.index?.array ?? null);
    });
    shadowTexels(grid, SIZE, this.texels);
    this.texture.needsUpdate = true;
  }

  /** Compiles the plane's program while the model downloads, so the first frame need not wait for it. */
  compile(renderer: WebGLRenderer): void {
    const previousTarget = renderer.getRenderTarget();
    renderer.setRenderTarget(null);
    renderer.compile(this.plane, CAMERA_FOR_COMPILE);
    renderer.setRenderTarget(previousTarget);
  }

  dispose(): void {
    this.texture.dispose();
    this.plane.geometry.dispose();
    this.plane.material.dispose();
  }
}

// compile() needs a camera; the plane's program does not depend on which.
const CAMERA_FOR_COMPILE = new OrthographicCamera();

const corner = new Vector3();
const meshBounds = new Box3();

/** Whether any of the mesh is low enough to darken the ground (most of an upper is not). */
function castsShadow(mesh: Mesh, frame: ShadowFrame): boolean {
  if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
  meshBounds.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld);
  return meshBounds.min.y < frame.groundY + frame.maxHeight;
}

/** The geometry's vertex positions in world space (quantized or interleaved attributes included). */
function worldPositions(geometry: BufferGeometry, matrixWorld: Matrix4): Float32Array {
  const position = geometry.getAttribute('position');
  const out = new Float32Array(position.count * 3);
  for (let i = 0; i < position.count; i++) {
    corner.fromBufferAttribute(position, i).applyMatrix4(matrixWorld);
    out[i * 3] = corner.x;
    out[i * 3 + 1] = corner.y;
    out[i * 3 + 2] = corner.z;
  }
  return out;
}
