/**
 * Standalone page for scripts/render-model.ts: loads the GLB and exposes
 * `window.setView(name)` so the Playwright driver can screenshot each view.
 */
import * as THREE from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

const W = 1200;
const H = 800;
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(W, H);
renderer.toneMapping = THREE.NeutralToneMapping;
renderer.toneMappingExposure = 0.9;
renderer.outputColorSpace = THREE.SRGBColorSpace;
renderer.shadowMap.enabled = true;
// VSM: a smooth penumbra; PCF(Soft) dithers it into speckles along the sole, which strangers took for a defect.
renderer.shadowMap.type = THREE.VSMShadowMap;
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color('#e4e6e9');
const pmrem = new THREE.PMREMGenerator(renderer);
scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
scene.environmentIntensity = 0.75;

const sun = new THREE.DirectionalLight(0xffffff, 1.8);
sun.position.set(-0.35, 1, 0.55);
sun.castShadow = true;
sun.shadow.mapSize.set(2048, 2048);
sun.shadow.radius = 6;
sun.shadow.blurSamples = 16;
// Without a bias the ground, far from the light, showed faint VSM rings ("ghost streaks under the shoe", strangers said).
sun.shadow.bias = -0.001;
const sc = sun.shadow.camera;
sc.left = -0.25; sc.right = 0.25; sc.top = 0.25; sc.bottom = -0.25; sc.near = 0.01; sc.far = 3;
scene.add(sun);

const ground = new THREE.Mesh(new THREE.PlaneGeometry(3, 3), new THREE.ShadowMaterial({ opacity: 0.18 }));
ground.rotation.x = -Math.PI / 2;
// Just under the sole, so the two never fight for the same depth.
ground.position.y = -0.0005;
ground.receiveShadow = true;
scene.add(ground);

const camera = new THREE.PerspectiveCamera(22, W / H, 0.01, 10);
const target = new THREE.Vector3(0, 0.045, 0);

const VIEWS: Record<string, [number, number, number]> = {
  lateral: [0, 0.07, 0.72],
  medial: [0, 0.07, -0.72],
  top: [0, 0.8, 0.0],
  // Straight from behind: off the centre line, the lateral side (the wider one) showed past the clip on one side only.
  back: [-0.6, 0.14, 0],
  'three-quarter': [0.4, 0.24, 0.5],
  // Close-ups: the heel (GEL window, counter, TRUSSTIC) and the forefoot (toe cap, overlays, forefoot GEL).
  'heel-closeup': [-0.2, 0.07, 0.3],
  'forefoot-closeup': [0.24, 0.1, 0.3],
};
/** Where each close-up looks (metres; the default target suits the full views). */
const TARGETS: Record<string, [number, number, number]> = {
  'heel-closeup': [-0.09, 0.035, 0.02],
  'forefoot-closeup': [0.07, 0.04, 0.02],
};

declare global {
  interface Window {
    setView: (name: string) => void;
    /** Show a baked colorway variant (or the default materials for ''). */
    setVariant: (name: string) => Promise<void>;
    modelReady: boolean;
    modelError?: string;
  }
}

window.setView = (name: string) => {
  const p = VIEWS[name]!;
  camera.position.set(p[0], p[1], p[2]);
  // Top view: toe to the right, lateral side at the bottom.
  if (name === 'top') camera.up.set(0, 0, -1);
  else camera.up.set(0, 1, 0);
  camera.lookAt(...(TARGETS[name] ?? target.toArray()));
  renderer.render(scene, camera);
};

/** Debug helper: free camera, in metres. */
(window as unknown as { setCamera: (p: number[], t: number[]) => void }).setCamera = (p, t) => {
  camera.position.set(p[0]!, p[1]!, p[2]!);
  camera.up.set(0, 1, 0);
  camera.lookAt(t[0]!, t[1]!, t[2]!);
  renderer.render(scene, camera);
};

const url = new URLSearchParams(location.search).get('model') ?? '/models/kayano-14.glb';
new GLTFLoader().load(
  url,
  (gltf) => {
    // ?debug=1 paints every part a distinct flat colour, to check panel shapes and layering.
    const debug = new URLSearchParams(location.search).has('debug');
    let k = 0;
    gltf.scene.traverse((o) => {
      if ((o as THREE.Mesh).isMesh) {
        o.castShadow = true;
        o.receiveShadow = true;
        if (debug) {
          const color = new THREE.Color().setHSL((k++ * 0.618) % 1, 0.65, 0.55);
          (o as THREE.Mesh).material = new THREE.MeshStandardMaterial({ color, roughness: 0.7 });
        }
      }
    });
    scene.add(gltf.scene);
    const defaults = new Map<THREE.Mesh, THREE.Material>();
    gltf.scene.traverse((o) => {
      if ((o as THREE.Mesh).isMesh) defaults.set(o as THREE.Mesh, (o as THREE.Mesh).material as THREE.Material);
    });
    window.setVariant = async (name: string) => {
      if (!name) for (const [mesh, mat] of defaults) mesh.material = mat;
      else await applyVariant(gltf, name);
    };
    // ?variant=<preset id> shows one of the GLB's KHR_materials_variants colorways.
    const variant = new URLSearchParams(location.search).get('variant');
    if (variant) void applyVariant(gltf, variant).then(() => (window.modelReady = true), (e) => (window.modelError = String(e)));
    else window.modelReady = true;
  },
  undefined,
  (err) => {
    window.modelError = String(err);
  },
);

interface VariantJson {
  extensions?: { KHR_materials_variants?: { variants: { name: string }[] } };
  meshes: { name: string; primitives: { extensions?: { KHR_materials_variants?: { mappings: { material: number; variants: number[] }[] } } }[] }[];
}

async function applyVariant(gltf: GLTF, name: string): Promise<void> {
  const json = gltf.parser.json as VariantJson;
  const index = json.extensions?.KHR_materials_variants?.variants.findIndex((v) => v.name === name) ?? -1;
  if (index < 0) throw new Error(`no variant ${name}`);
  const meshes: THREE.Mesh[] = [];
  gltf.scene.traverse((o) => {
    if ((o as THREE.Mesh).isMesh) meshes.push(o as THREE.Mesh);
  });
  for (const mesh of meshes) {
    const def = json.meshes.find((m) => m.name === mesh.name);
    const mapping = def?.primitives[0]?.extensions?.KHR_materials_variants?.mappings.find((m) => m.variants.includes(index));
    if (!mapping) continue;
    mesh.material = (await gltf.parser.getDependency('material', mapping.material)) as THREE.Material;
    // As the loader does on load: a mesh with COLOR_0 (the midsole's baked tones) needs a vertex-colour copy.
    gltf.parser.assignFinalMaterial(mesh);
  }
}
