/**
 * The bare three.js baseline of the benchmark: what a developer would write by
 * hand to show one GLB. WebGLRenderer + GLTFLoader + OrbitControls + a PMREM
 * RoomEnvironment, drawing on demand. No shadow, no UI, no error handling
 * beyond the loader's: the floor any component must be compared against.
 *
 * Built by the bench (Vite, minified like the CDN build) into
 * bench/.build/baseline.min.js. Every element with `data-baseline-src` on the
 * page gets a viewer; the class is also on `window.BaselineViewer` so the
 * harness can add and remove viewers.
 */
import {
  NeutralToneMapping,
  Box3,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  Sphere,
  SRGBColorSpace,
  WebGLRenderer,
  type Material,
  type Object3D,
  type Texture,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

export class BaselineViewer {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(30, 1, 0.01, 100);
  readonly controls: OrbitControls;
  /** Frames drawn so far. */
  frames = 0;
  model: Object3D | null = null;
  shown = false;
  private frameHandle = 0;
  private environment: Texture;

  constructor(
    readonly container: HTMLElement,
    src: string,
  ) {
    const width = container.clientWidth;
    const height = container.clientHeight;
    this.renderer = new WebGLRenderer({ antialias: true, alpha: true, powerPreference: 'high-performance' });
    this.renderer.setPixelRatio(window.devicePixelRatio);
    this.renderer.setSize(width, height);
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.toneMapping = NeutralToneMapping;
    container.append(this.renderer.domElement);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();

    const pmrem = new PMREMGenerator(this.renderer);
    this.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
    pmrem.dispose();
    this.scene.environment = this.environment;

    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.enableDamping = true;
    this.controls.addEventListener('change', this.requestRender);

    new GLTFLoader().load(src, (gltf) => this.show(gltf.scene));
  }

  private show(model: Object3D): void {
    this.model = model;
    this.scene.add(model);
    const sphere = new Box3().setFromObject(model).getBoundingSphere(new Sphere());
    const distance = sphere.radius / Math.sin((this.camera.fov * Math.PI) / 360);
    this.controls.target.copy(sphere.center);
    this.camera.position.copy(sphere.center).add({ x: 0.28 * distance, y: 0.32 * distance, z: distance });
    this.camera.near = distance / 100;
    this.camera.far = distance * 10;
    this.camera.updateProjectionMatrix();
    this.controls.update();
    this.requestRender();
  }

  requestRender = (): void => {
    if (!this.frameHandle) this.frameHandle = requestAnimationFrame(this.draw);
  };

  private draw = (): void => {
    this.frameHandle = 0;
    const moving = this.controls.update();
    this.renderer.render(this.scene, this.camera);
    this.frames++;
    if (this.model && !this.shown) {
      // Like <shoe-viewer>'s `load`: the first frame with the model is drawn.
      this.shown = true;
      this.container.dispatchEvent(new CustomEvent('load', { bubbles: true }));
    }
    if (moving) this.requestRender();
  };

  dispose(): void {
    cancelAnimationFrame(this.frameHandle);
    this.controls.dispose();
    this.model?.traverse((node) => {
      const mesh = node as Partial<{ geometry: { dispose(): void }; material: Material | Material[] }>;
      mesh.geometry?.dispose();
      for (const material of ([] as Material[]).concat(mesh.material ?? [])) {
        for (const value of Object.values(material)) if ((value as Texture | null)?.isTexture) (value as Texture).dispose();
        material.dispose();
      }
    });
    this.environment.dispose();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    this.renderer.domElement.remove();
  }
}

declare global {
  interface Window {
    BaselineViewer: typeof BaselineViewer;
  }
}

window.BaselineViewer = BaselineViewer;
for (const element of document.querySelectorAll<HTMLElement>('[data-baseline-src]')) {
  (element as HTMLElement & { viewer?: BaselineViewer }).viewer = new BaselineViewer(element, element.dataset.baselineSrc!);
}
