/** The generator's parts, built once per test file, and a part's vertices as [x, y, z] in mm. */
import { buildParts } from '../../generator/build.js';

export const parts = buildParts();

export const vertices = (id: keyof typeof parts): [number, number, number][] => {
  const p = parts[id].positions;
  const out: [number, number, number][] = [];
  for (let i = 0; i < p.length; i += 3) out.push([p[i]!, p[i + 1]!, p[i + 2]!]);
  return out;
};
