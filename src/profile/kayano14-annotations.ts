import type { AnnotationData } from '../annotations/types.js';

/**
 * The Kayano 14's technology callouts, in tour order. Texts stick to the facts in
 * KAYANO14.md (and avoid what it says not to claim). Anchors and normals were found
 * by raycasting the real model (`npx tsx scripts/annotation-anchors.ts`; re-run it if
 * the model's shape changes): each lies on its part's surface and shows in the
 * default lateral view. `view` points from the part toward the camera for `focus`.
 */
export const KAYANO14_ANNOTATIONS: readonly AnnotationData[] = [
  {
    id: 'gel-heel',
    title: 'Rearfoot GEL',
    body:
      'ASICS introduced GEL in 1986: a silicone-based semi-fluid sealed in a pad inside the foam. ' +
      'It spreads the vertical shock of each heel strike sideways instead of passing it up the leg. ' +
      "On the Kayano 14 you can see the rearfoot unit through the window in the heel's sidewall.",
    part: 'gel_heel',
    anchor: [-0.0938, 0.0188, 0.0437],
    normal: [-0.326, 0.159, 0.932],
    view: [-0.25, 0.12, 1],
  },
  {
    id: 'gel-forefoot',
    title: 'Forefoot GEL',
    body:
      'A second GEL unit sits under the ball of the foot, behind the smaller window near the front. ' +
      'It softens the load as you push off, so the cushioning runs the length of the shoe, not only at the heel.',
    part: 'gel_forefoot',
    anchor: [0.0651, 0.0126, 0.0545],
    normal: [0.46, 0.088, 0.883],
    view: [0.3, 0.05, 1],
  },
  {
    id: 'trusstic',
    title: 'TRUSSTIC system',
    body:
      'A rigid TPU shank under the midfoot, between the heel and forefoot rubber. ' +
      'It keeps the shoe from twisting, which lets the midsole be thinner there: a lighter shoe that still feels stable.',
    part: 'trusstic',
    anchor: [-0.015, 0.0067, 0.0387],
    normal: [-0.097, -0.559, 0.824],
    view: [0, -0.55, 1],
  },
  {
    id: 'midsole',
    title: 'Midsole foam',
    body:
      "Light, compression-moulded EVA foam cushions every stride; the sculpted sidewall lines give the sole its 'biomorphic' look. " +
      'Kayanos of this era added firmer foam on the inner (medial) side to steady the foot. ' +
      'The stack is about 32 mm at the heel and 21 mm at the forefoot: a drop of about 10 mm.',
    part: 'midsole',
    anchor: [-0.0476, 0.021, 0.0386],
    normal: [0.058, 0, 0.998],
    view: [0.1, 0.15, 1],
  },
  {
    id: 'outsole',
    title: 'Outsole and flex groove',
    body:
      'Hard-wearing rubber pads under the heel and the forefoot take the wear. ' +
      'A flex groove running from heel to toe lets the sole bend with your foot as you roll through each step.',
    part: 'outsole',
    anchor: [0.0995, 0.008, 0.0483],
    normal: [0.191, 0.031, 0.981],
    view: [0.3, -0.45, 1],
  },
  {
    id: 'upper',
    title: 'Mesh base, layered overlays',
    body:
      'A breathable mesh base carries layer upon layer of synthetic and metallic overlays that sweep from the eyestay down toward the sole. ' +
      "They hold the foot over the midsole, and they are the 'busy upper' the 14 is known for.",
    part: 'upper_midfoot_overlay',
    anchor: [-0.0272, 0.0688, 0.0288],
    normal: [-0.007, 0.261, 0.965],
    view: [0.2, 0.3, 1],
  },
  {
    id: 'tiger-stripes',
    title: 'Reflective tiger stripes',
    body:
      'The ASICS stripes cross both sides of the shoe, often in reflective silver on the 14: ' +
      'a nod to early-2000s runners, and extra visibility in headlights on an evening run.',
    part: 'tiger_stripes',
    anchor: [0.015, 0.0506, 0.0395],
    normal: [-0.219, 0.201, 0.955],
    view: [0, 0.25, 1],
  },
  {
    id: 'heel-counter',
    title: 'Heel counter',
    body: 'A firm external heel counter cups the back of the heel and keeps it steady over the midsole, for stability over long runs.',
    part: 'upper_heel_counter',
    anchor: [-0.1271, 0.0442, 0.0323],
    normal: [-0.369, 0.337, 0.866],
    view: [-0.6, 0.3, 1],
  },
  {
    id: 'collar',
    title: 'Padded collar',
    body:
      "The padded collar around the opening settles around the back of the ankle; the Japanese release copy names its memory foam P.H.F. (Personal Heel Fit).",
    part: 'collar',
    anchor: [-0.1221, 0.0821, 0.0244],
    normal: [-0.178, 0.596, 0.783],
    view: [-0.6, 0.9, 0.5],
  },
  {
    id: 'story',
    title: "2008: the 'flash' Kayano",
    body:
      'Released in 2008 as the 14th GEL-Kayano, it was the first of the line not drawn by Toshikazu Kayano. ' +
      "Designer Hidenori Yamashita built it around 'flash', the burst of action from heel strike to toe-off: its colours, lines, materials and silhouette all follow it. " +
      "Runner's World gave it an International Editor's Choice award that year. " +
      'ASICS brought it back in 2020, with Yamashita leading the relaunch, and collaborations with JJJJound, Kiko Kostadinov, Awake NY and BEAMS made it a fashion staple.',
    part: 'upper_forefoot_overlay',
    anchor: [0.0688, 0.0441, 0.0444],
    normal: [0.176, 0.295, 0.939],
    view: [0.35, 0.25, 1],
  },
];
