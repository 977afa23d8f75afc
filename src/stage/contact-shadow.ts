import {
  Box3,
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  OrthographicCamera,
  PlaneGeometry,
  ShaderMaterial,
  WebGLRenderTarget,
  type Object3D,
  type Scene,
  type WebGLRenderer,
} from 'three';

const SIZE = 256;

/** Darkness from the height above the ground: what touches the floor is darkest. */
const heightMaterial = () =>
  new ShaderMaterial({
    uniforms: { maxHeight: { value: 0.05 } },
    vertexShader: /* glsl */ `
      varying float vHeight;
      void main() {
        vec4 world = modelMatrix * vec4(position, 1.0);
        vHeight = world.y;
        gl_Position = projectionMatrix * viewMatrix * world;
      }`,
    fragmentShader: /* glsl */ `
      uniform float maxHeight;
      varying float vHeight;
      void main() {
        float a = 1.0 - smoothstep(0.0, maxHeight, vHeight);
        gl_FragColor = vec4(0.0, 0.0, 0.0, a * a);
      }`,
    depthTest: false,
    depthWrite: false,
    transparent: true,
  });

const blurMaterial = () =>
  new ShaderMaterial({
    uniforms: { map: { value: null }, step: { value: [0, 0] } },
    vertexShader: /* glsl */ `
      varying vec2 vUv;
      void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }`,
    fragmentShader: /* glsl */ `
      uniform sampler2D map;
      uniform vec2 step;
      varying vec2 vUv;
      void main() {
        vec4 sum = texture2D(map, vUv) * 0.227;
        sum += texture2D(map, vUv + step * 1.385) * 0.316;
        sum += texture2D(map, vUv - step * 1.385) * 0.316;
        sum += texture2D(map, vUv + step * 3.231) * 0.070;
        sum += texture2D(map, vUv - step * 3.231) * 0.070;
        gl_FragColor = sum;
      }`,
    depthTest: false,
    depthWrite: false,
  });

/**
 * A soft shadow under the model, baked once per model (not per frame) by
 * rendering the model from below with a height-to-darkness material and
 * blurring the result. Cheaper than shadow maps and softer, like a studio shot.
 */
export class ContactShadow {
  /** The ground plane carrying the shadow; add it to the scene. */
  readonly object = new Group();
  private target = new WebGLRenderTarget(SIZE, SIZE);
  private scratch = new WebGLRenderTarget(SIZE, SIZE);
  private plane: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private camera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);
  private height = heightMaterial();
  private blur = blurMaterial();
  private quad = new Mesh(new PlaneGeometry(2, 2), this.blur);
  private stale = true;

  constructor(opacity = 0.55) {
    this.plane = new Mesh(
      new PlaneGeometry(1, 1),
      // forceSinglePass: a transparent DoubleSide material is otherwise drawn twice (back, then
      // front), and the mirrored plane's back pass needs a program of its own: one more
      // shader compile before the first frame (SwiftShader: about a tenth of a second).
      new MeshBasicMaterial({ map: this.target.texture, transparent: true, depthWrite: false, opacity, side: DoubleSide, forceSinglePass: true }),
    );
    this.plane.rotation.x = -Math.PI / 2;
    this.plane.renderOrder = -1;
    this.object.add(this.plane);
    this.object.name = 'contact-shadow';
    this.quad.frustumCulled = false;
  }

  /** Fits the shadow to the model's footprint; the next frame re-bakes it. */
  fit(bounds: Box3): void {
    const sizeX = (bounds.max.x - bounds.min.x) * 1.3;
    const sizeZ = (bounds.max.z - bounds.min.z) * 1.6;
    const cx = (bounds.max.x + bounds.min.x) / 2;
    const cz = (bounds.max.z + bounds.min.z) / 2;
    // Seen from below the image is mirrored in x; a negative scale mirrors it back.
    this.plane.scale.set(-sizeX, sizeZ, 1);
    this.plane.position.set(cx, bounds.min.y + 0.0005, cz);
    this.height.uniforms.maxHeight.value = Math.max(0.01, (bounds.max.y - bounds.min.y) * 0.35);
    // Camera under the floor looking up; its up vector (-z) keeps the image aligned with the plane's uv.
    this.camera.left = -sizeX / 2;
    this.camera.right = sizeX / 2;
    this.camera.top = sizeZ / 2;
    this.camera.bottom = -sizeZ / 2;
    this.camera.near = 0;
    this.camera.far = bounds.max.y - bounds.min.y + 0.01;
    this.camera.position.set(cx, bounds.min.y - 0.001, cz);
    this.camera.up.set(0, 0, -1);
    this.camera.lookAt(cx, bounds.max.y, cz);
    this.camera.updateProjectionMatrix();
    this.stale = true;
  }

  invalidate(): void {
    this.stale = true;
  }

  /** Bakes the shadow if the model or GPU state changed since the last bake. */
  update(renderer: WebGLRenderer, scene: Scene, model: Object3D | null): void {
    if (!this.stale || !model) return;
    this.stale = false;
    const previousTarget = renderer.getRenderTarget();
    const previousOverride = scene.overrideMaterial;
    const previousBackground = scene.background;
    const clearAlpha = renderer.getClearAlpha();
    this.object.visible = false;
    scene.overrideMaterial = this.height;
    scene.background = null;
    renderer.setClearAlpha(0);
    renderer.setScissorTest(false);
    renderer.setRenderTarget(this.target);
    renderer.clear();
    renderer.render(scene, this.camera);
    scene.overrideMaterial = previousOverride;
    scene.background = previousBackground;
    // Two separable blur passes, twice, for a soft penumbra.
    for (let pass = 0; pass < 2; pass++) {
      const spread = (pass + 1) * 1.5;
      this.blurInto(renderer, this.target, this.scratch, [spread / SIZE, 0]);
      this.blurInto(renderer, this.scratch, this.target, [0, spread / SIZE]);
    }
    renderer.setRenderTarget(previousTarget);
    renderer.setClearAlpha(clearAlpha);
    this.object.visible = true;
  }

  /**
   * Issues the shadow's shader compiles without drawing: the GPU process compiles them while
   * the page downloads and parses the model, so the first frame does not wait for them.
   * Each program is compiled for the target it will draw into (the bake targets, the view).
   */
  compile(renderer: WebGLRenderer): void {
    const previousTarget = renderer.getRenderTarget();
    const stand = new Mesh(this.quad.geometry, this.height);
    renderer.setRenderTarget(this.target);
    renderer.compile(stand, this.camera);
    renderer.compile(this.quad, this.camera);
    renderer.setRenderTarget(null);
    renderer.compile(this.plane, this.camera);
    renderer.setRenderTarget(previousTarget);
  }

  private blurInto(renderer: WebGLRenderer, from: WebGLRenderTarget, to: WebGLRenderTarget, step: number[]): void {
    this.blur.uniforms.map.value = from.texture;
    this.blur.uniforms.step.value = step;
    renderer.setRenderTarget(to);
    renderer.clear();
    renderer.render(this.quad, this.camera);
  }

  dispose(): void {
    this.target.dispose();
    this.scratch.dispose();
    this.plane.geometry.dispose();
    this.plane.material.dispose();
    this.height.dispose();
    this.blur.dispose();
    this.quad.geometry.dispose();
  }
}

