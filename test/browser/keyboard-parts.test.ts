import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Mesh } from 'three';
import { KAYANO14_PARTS } from '../../src/profile/kayano14-parts.js';
import type { ShoeViewer } from '../../src/shoe-viewer.js';
import { cleanup, loadAxe, mountViewer, nextEvent, recordEvents, sleep, stageOf, waitFor } from './helpers.js';

const SIZE = { width: 480, height: 360 };

const root = (viewer: ShoeViewer) => viewer.shadowRoot!;
const active = (viewer: ShoeViewer) => root(viewer).activeElement as HTMLElement | null;
const list = (viewer: ShoeViewer) => root(viewer).querySelector<HTMLElement>('[part~="parts-list"]');
const buttons = (viewer: ShoeViewer) => [...root(viewer).querySelectorAll<HTMLButtonElement>('[part~="part-button"]')];
const button = (viewer: ShoeViewer, part: string) => buttons(viewer).find((b) => b.dataset.part === part)!;
const surface = (viewer: ShoeViewer) => root(viewer).querySelector<HTMLElement>('[part="surface"]')!;
/** Internal state the pointer tests use too: the highlight as the parts controller holds it. */
const highlighted = (viewer: ShoeViewer) => (viewer as unknown as { partsController: { highlighted: string | null } }).partsController.highlighted;
/** Whether the part's mesh carries the highlight overlay (the colorway material is left alone). */
const hasOverlay = (viewer: ShoeViewer, part: string) =>
  ((stageOf(viewer)!.model!.getObjectByName(part) as Mesh).children ?? []).some((c) => c.userData.shoeViewerOverlay === true);

async function mountAndLoad(attributes: Record<string, string> = {}) {
  const viewer = mountViewer({ loading: 'eager', ...attributes }, SIZE);
  await nextEvent(viewer, 'load', 60_000);
  await viewer.updateComplete;
  return viewer;
}

describe('keyboard part selection', () => {
  afterEach(() => cleanup());

  it('lists every part of the contract, in order, with its label, as native buttons with one Tab stop', async () => {
    const viewer = await mountAndLoad();
    const all = buttons(viewer);
    expect(all.map((b) => b.dataset.part)).to.deep.equal(KAYANO14_PARTS.map((p) => p.id));
    expect(all.map((b) => b.textContent!.trim())).to.deep.equal(KAYANO14_PARTS.map((p) => p.label));
    expect(all.every((b) => b.localName === 'button' && b.type === 'button')).to.equal(true);
    expect(all.filter((b) => b.tabIndex === 0), 'one Tab stop').to.have.length(1);
    const toolbar = list(viewer)!.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal('Parts of the shoe');
  });

  it('Tab from the view reaches the list, which is hidden until then and shown while focused', async () => {
    const viewer = await mountAndLoad();
    expect(list(viewer)!.getBoundingClientRect().width, 'visually hidden at rest').to.be.at.most(1);
    surface(viewer).focus();
    expect(active(viewer)).to.equal(surface(viewer));
    await sendKeys({ press: 'Tab' });
    expect(active(viewer), 'focus on the first part').to.equal(button(viewer, 'upper_mesh'));
    const box = list(viewer)!.getBoundingClientRect();
    const host = viewer.getBoundingClientRect();
    expect(box.width, 'shown while it has focus').to.be.greaterThan(200);
    expect(box.bottom).to.be.at.most(host.bottom);
    expect(box.left).to.be.at.least(host.left);
    // One Tab stop: the next Tab leaves the element.
    await sendKeys({ press: 'Tab' });
    expect(list(viewer)!.contains(active(viewer)), 'Tab leaves the list').to.equal(false);
    expect(list(viewer)!.getBoundingClientRect().width, 'hidden again').to.be.at.most(1);
  });

  it('Enter on a part fires part-select with its id and highlights it as a click does', async () => {
    const viewer = await mountAndLoad();
    let bubbled = '';
    document.body.addEventListener('part-select', (e) => (bubbled = (e as CustomEvent).detail.part), { once: true });
    const events = recordEvents(viewer, 'part-select');
    surface(viewer).focus();
    await sendKeys({ press: 'Tab' });
    // Arrow keys move along the list without choosing anything.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(active(viewer)).to.equal(button(viewer, 'upper_forefoot_overlay'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(viewer)).to.equal(button(viewer, 'upper_toe'));
    expect(events, 'moving selects nothing').to.have.length(0);
    expect(highlighted(viewer)).to.equal(null);

    const selected = nextEvent<{ part: string }>(viewer, 'part-select');
    await sendKeys({ press: 'Enter' });
    expect(await selected).to.deep.equal({ part: 'upper_toe' });
    expect(bubbled, 'bubbles and is composed').to.equal('upper_toe');
    expect(highlighted(viewer)).to.equal('upper_toe');
    expect(viewer.highlightedPart).to.equal('upper_toe');
    expect(hasOverlay(viewer, 'upper_toe'), 'overlay on the part').to.equal(true);
    await viewer.updateComplete;
    expect(button(viewer, 'upper_toe').getAttribute('aria-current')).to.equal('true');
    expect(button(viewer, 'upper_toe').getAttribute('part')).to.contain('part-button-current');
    expect(buttons(viewer).filter((b) => b.hasAttribute('aria-current'))).to.have.length(1);

    // End, then Space on the last part.
    await sendKeys({ press: 'End' });
    expect(active(viewer)).to.equal(button(viewer, 'outsole'));
    const next = nextEvent<{ part: string }>(viewer, 'part-select');
    await sendKeys({ press: 'Space' });
    expect((await next).part).to.equal('outsole');
    expect(highlighted(viewer)).to.equal('outsole');
    expect(hasOverlay(viewer, 'upper_toe'), 'the previous highlight is gone').to.equal(false);
    expect(events.map((e) => e.detail.part)).to.deep.equal(['upper_toe', 'outsole']);

    // Tab back into the list lands on the highlighted part.
    await sendKeys({ press: 'Tab' });
    surface(viewer).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(viewer)).to.equal(button(viewer, 'outsole'));
  });

  it('highlightPart highlights, null clears, an unknown part fires error and keeps the highlight', async () => {
    const viewer = await mountAndLoad();
    const selects = recordEvents(viewer, 'part-select');
    expect(viewer.highlightPart('tongue')).to.equal(true);
    expect(highlighted(viewer)).to.equal('tongue');
    expect(viewer.highlightedPart).to.equal('tongue');
    expect(hasOverlay(viewer, 'tongue')).to.equal(true);
    await viewer.updateComplete;
    expect(button(viewer, 'tongue').getAttribute('aria-current'), 'the list follows').to.equal('true');

    const error = nextEvent<{ type: string; message: string }>(viewer, 'error');
    let reachedWindow = false;
    const onWindow = () => (reachedWindow = true);
    window.addEventListener('error', onWindow);
    let result: boolean | undefined;
    expect(() => (result = viewer.highlightPart('nope'))).to.not.throw();
    window.removeEventListener('error', onWindow);
    expect(result).to.equal(false);
    const detail = await error;
    expect(detail.type).to.equal('validation');
    expect(detail.message).to.contain('"nope"');
    expect(reachedWindow, 'error does not bubble to window').to.equal(false);
    expect(highlighted(viewer), 'the last good highlight is kept').to.equal('tongue');
    expect(hasOverlay(viewer, 'tongue')).to.equal(true);

    expect(viewer.highlightPart(null)).to.equal(true);
    expect(highlighted(viewer)).to.equal(null);
    expect(viewer.highlightedPart).to.equal(null);
    expect(hasOverlay(viewer, 'tongue')).to.equal(false);
    await viewer.updateComplete;
    expect(buttons(viewer).some((b) => b.hasAttribute('aria-current'))).to.equal(false);
    expect(selects, 'highlightPart is the page’s call: no part-select').to.have.length(0);
  });

  it('highlightPart before the model is shown applies when it arrives; an unknown one is reported then', async () => {
    const viewer = mountViewer({ loading: 'eager' }, SIZE);
    expect(viewer.highlightPart('laces')).to.equal(true);
    await nextEvent(viewer, 'load', 60_000);
    expect(highlighted(viewer)).to.equal('laces');
    cleanup();

    const other = mountViewer({ loading: 'eager' }, SIZE);
    const errors = recordEvents(other, 'error');
    other.highlightPart('no_such_part');
    await nextEvent(other, 'load', 60_000);
    expect(errors.map((e) => e.detail.type)).to.deep.equal(['validation']);
    expect(highlighted(other)).to.equal(null);
  });

  it('parts-list="false" removes the list; Tab goes past the view', async () => {
    const viewer = await mountAndLoad({ 'parts-list': 'false' });
    expect(viewer.partsList).to.equal(false);
    expect(list(viewer)).to.equal(null);
    surface(viewer).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(viewer), 'nothing in the element after the view').to.equal(null);
    viewer.partsList = true;
    await viewer.updateComplete;
    expect(buttons(viewer)).to.have.length(KAYANO14_PARTS.length);
    // highlightPart still works without the list.
    viewer.partsList = false;
    await viewer.updateComplete;
    viewer.highlightPart('collar');
    expect(highlighted(viewer)).to.equal('collar');
  });

  it('passes axe-core at rest, with the list focused and with a part chosen', async () => {
    const axe = await loadAxe();
    const viewer = await mountAndLoad({ annotations: '' });
    // `region` is about the page's landmarks, which belong to the test page, not the element.
    const options = { rules: { region: { enabled: false } } };
    const violations = async () =>
      (await axe.run(viewer, options)).violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.html).join(' | ')}`);
    expect(await violations()).to.deep.equal([]);
    surface(viewer).focus();
    await sendKeys({ press: 'Tab' });
    expect(list(viewer)!.contains(active(viewer))).to.equal(true);
    expect(await violations()).to.deep.equal([]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => highlighted(viewer) === 'upper_toe', 'upper_toe highlighted');
    await viewer.updateComplete;
    await sleep(100);
    expect(await violations()).to.deep.equal([]);
  });
});
