// `npm run analyze`: the manifest is read from the sources, but the package ships dist/, so every
// module path in it names the built file a consumer (an IDE, a docs tool) can open: src/x.ts -> dist/x.js,
// and a re-export's relative path (./x.js) becomes the package path of that file.
import { posix } from 'node:path';

const SOURCE = /^\/?src\/(.+)\.[jt]s$/;

function shipped(path, from) {
  if (SOURCE.test(path)) return path.replace(SOURCE, 'dist/$1.js');
  if (path.startsWith('./') || path.startsWith('../')) return posix.join(posix.dirname(from), path);
  return path;
}

function rewrite(value, modulePath) {
  if (Array.isArray(value)) return value.forEach((item) => rewrite(item, modulePath));
  if (!value || typeof value !== 'object') return;
  for (const [name, child] of Object.entries(value)) {
    if ((name === 'path' || name === 'module') && typeof child === 'string') value[name] = shipped(child, modulePath);
    else rewrite(child, modulePath);
  }
}

export default {
  plugins: [
    {
      name: 'shoe-viewer-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const path = shipped(module.path, '');
          rewrite(module, path);
          module.path = path;
        }
      },
    },
  ],
};
