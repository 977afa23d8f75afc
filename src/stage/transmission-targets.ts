import type { Material, Object3D, Texture, WebGLRenderer } from 'three';

/**
 * Frees the render target three.js made for drawing `root`'s transmissive
 * materials (the GEL units). three.js keeps one such target per scene and
 * camera and never disposes it itself, so without this every viewer removed
 * from the page would leave a viewer-sized multisampled target (texture,
 * framebuffers, renderbuffers) on the shared context. Call before the
 * materials are disposed: the target is found through their uniforms.
 */
export function disposeTransmissionTargets(renderer: WebGLRenderer, root: Object3D): void {
  const freed = new Set<unknown>();
  root.traverse((node) => {
    const material = (node as { material?: Material | Material[] }).material;
    for (const m of ([] as Material[]).concat(material ?? [])) {
      const uniforms = (renderer.properties.get(m) as { uniforms?: Record<string, { value: unknown }> } | undefined)?.uniforms;
      const texture = uniforms?.transmissionSamplerMap?.value as (Texture & { renderTarget?: { dispose(): void } | null }) | undefined;
      const target = texture?.renderTarget;
      if (target && !freed.has(target)) {
        freed.add(target);
        target.dispose();
      }
    }
  });
}
