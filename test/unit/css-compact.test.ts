import { describe, expect, it } from 'vitest';
import { compactCss } from '../../scripts/lib/css-compact.js';

describe('CSS compaction for the CDN build', () => {
  it('drops comments and layout whitespace', () => {
    expect(compactCss('\n  /* why */\n  :host {\n    display: block;\n    width: calc(100% - 24px);\n  }\n')).toBe(':host{display:block;width:calc(100% - 24px);}');
  });

  it("keeps a descendant selector's space and the spaces calc() needs", () => {
    expect(compactCss('.a .b:hover , .c > .d {\n  margin: 0 calc(1em + 2px);\n}')).toBe('.a .b:hover,.c > .d{margin:0 calc(1em + 2px);}');
  });
});
