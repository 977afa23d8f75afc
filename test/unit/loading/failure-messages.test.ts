import { describe, expect, it } from 'vitest';
import { failedFetchMessage, htmlInsteadOfModelMessage } from '../../../src/loading/failure-messages.js';
import { sniffModel } from '../../../src/loading/sniff-model.js';
import { ViewerError } from '../../../src/loading/viewer-error.js';

const PAGE = 'https://shop.example';
const MODEL = 'https://assets.example:8443/kayano.glb';

describe('failedFetchMessage', () => {
  it('names the missing Access-Control-Allow-Origin header when the other origin answers', () => {
    const message = failedFetchMessage(MODEL, PAGE, 'reachable');
    expect(message).toContain('the network request failed');
    expect(message).toContain('https://assets.example:8443');
    expect(message).toMatch(/cross-origin access was likely refused/);
    expect(message).toContain("the model's server must send an Access-Control-Allow-Origin header");
    expect(message).toContain(`Access-Control-Allow-Origin: ${PAGE} or *`);
  });

  it('says the server could not be reached when even a no-cors request failed', () => {
    const message = failedFetchMessage(MODEL, PAGE, 'unreachable');
    expect(message).toContain('could not be reached');
    expect(message).not.toContain('Access-Control-Allow-Origin');
  });

  it('says no more than the failure for a same-origin model', () => {
    expect(failedFetchMessage(`${PAGE}/m.glb`, PAGE, 'same-origin')).toBe('Could not download the model "https://shop.example/m.glb": the network request failed.');
  });
});

describe('an HTML page instead of a model', () => {
  it('says the model URL is likely wrong and why (an SPA fallback)', () => {
    const page = new TextEncoder().encode('\n  <!doctype html><html><body><div id="app"></div></body></html>');
    let error: unknown;
    try {
      sniffModel(page.buffer, '/shop/models/kayano-14.glb');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ViewerError);
    expect((error as ViewerError).type).toBe('format');
    expect((error as ViewerError).message).toBe(htmlInsteadOfModelMessage('/shop/models/kayano-14.glb'));
    expect((error as ViewerError).message).toMatch(/model URL is likely wrong/);
    expect((error as ViewerError).message).toMatch(/single-page app's fallback/);
  });
});
