import { describe, expect, it } from 'vitest';
import { areasDiffer, roomBesidePanel } from '../../../src/annotations/panel-room.js';

describe('roomBesidePanel', () => {
  it('is the whole view without a panel', () => {
    expect(roomBesidePanel(800, 600, null)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('leaves the strip left of a side panel on a wide viewer, less the margin', () => {
    const room = roomBesidePanel(800, 600, { left: 436, top: 12, right: 788, bottom: 300 }, 8);
    expect(room.x).toBeCloseTo(8 / 800);
    expect(room.y).toBeCloseTo(8 / 600);
    expect(room.width).toBeCloseTo((436 - 16) / 800);
    expect(room.height).toBeCloseTo((600 - 16) / 600);
  });

  it('leaves the strip above a bottom sheet on a narrow viewer', () => {
    const room = roomBesidePanel(375, 500, { left: 0, top: 300, right: 375, bottom: 500 }, 8);
    expect(room.y).toBeCloseTo(8 / 500);
    expect(room.height).toBeCloseTo((300 - 16) / 500);
    expect(room.width).toBeCloseTo((375 - 16) / 375);
    // The room's centre is above the sheet.
    expect((room.y + room.height / 2) * 500).toBeLessThan(300);
  });

  it('takes the larger strip when a panel sits in the middle', () => {
    const room = roomBesidePanel(1000, 400, { left: 300, top: 0, right: 500, bottom: 400 }, 0);
    expect(room).toEqual({ x: 0.5, y: 0, width: 0.5, height: 1 });
  });

  it('clips a panel reaching out of the viewer, and gives the whole view for one that covers it all', () => {
    expect(roomBesidePanel(400, 400, { left: -50, top: 200, right: 450, bottom: 900 }, 0)).toEqual({ x: 0, y: 0, width: 1, height: 0.5 });
    expect(roomBesidePanel(400, 400, { left: 0, top: 0, right: 400, bottom: 400 })).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });
});

describe('areasDiffer', () => {
  it('ignores changes below the tolerance', () => {
    const a = { x: 0, y: 0, width: 0.5, height: 1 };
    expect(areasDiffer(a, { ...a, width: 0.505 })).toBe(false);
    expect(areasDiffer(a, { ...a, width: 0.52 })).toBe(true);
    expect(areasDiffer(null, a)).toBe(true);
    expect(areasDiffer(null, null)).toBe(false);
  });
});
