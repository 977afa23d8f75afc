/**
 * The shared step of the CDN build's three.js stand-ins (three-without-webxr.ts,
 * three-without-shadow-maps.ts): find one top-level definition in three.module.js by
 * the exact text of its first line, check that it still has the members the stand-in
 * answers for, and put the stand-in in its place. Any mismatch fails the build, so a
 * three.js upgrade that changes the definition is caught here instead of on a page.
 */
export interface ThreeStub {
  /** The plugin's name, for error messages. */
  plugin: string;
  /** The definition's first line, with the newline before and after it. */
  head: string;
  /** Text each of which the real definition must contain. */
  members: readonly string[];
  /** The stand-in's source. */
  stub: string;
}

export function replaceThreeDefinition(code: string, { plugin, head, members, stub }: ThreeStub): string {
  const line = head.trim();
  const start = code.indexOf(head);
  if (start < 0 || code.indexOf(head, start + 1) >= 0) throw new Error(`${plugin}: expected one "${line}" in three.module.js`);
  const end = code.indexOf('\n}\n', start + head.length);
  if (end < 0) throw new Error(`${plugin}: no end for "${line}" in three.module.js`);
  const body = code.slice(start, end);
  for (const member of members) {
    if (!body.includes(member)) throw new Error(`${plugin}: "${line}" no longer has "${member}": check the stub against this three.js`);
  }
  return code.slice(0, start) + stub + code.slice(end + 3);
}
