import { css } from 'lit';

export const shoeViewerStyles = css`
  :host {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
    min-height: 240px;
    contain: content;
    overflow: hidden;
    color: var(--shoe-viewer-text, #1d1d1f);
    font: var(--shoe-viewer-font, 14px/1.4 system-ui, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  .surface {
    position: absolute;
    inset: 0;
    outline: none;
    /* Vertical swipes scroll the page (a product page must stay scrollable); horizontal drags and pinches reach the controls. */
    touch-action: pan-y;
    cursor: grab;
  }
  .surface:active {
    cursor: grabbing;
  }
  .surface:focus-visible {
    box-shadow: inset 0 0 0 2px var(--shoe-viewer-accent, #1f4fa8);
  }
  canvas {
    display: block;
    width: 100%;
    height: 100%;
  }
  .poster {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: contain;
    pointer-events: none;
    transition: opacity 0.3s;
  }
  .poster[hidden] {
    display: none;
  }
  .progress {
    position: absolute;
    left: 0;
    bottom: 0;
    height: 3px;
    width: 100%;
    transform-origin: left;
    background: var(--shoe-viewer-accent, #1f4fa8);
    pointer-events: none;
  }
  .progress[hidden] {
    display: none;
  }
  .status {
    position: absolute;
    left: 12px;
    right: 12px;
    bottom: 12px;
    padding: 8px 12px;
    border-radius: 6px;
    background: var(--shoe-viewer-annotation-bg, rgba(255, 255, 255, 0.92));
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15);
  }
  .status:empty {
    display: none;
  }
  .part-label {
    position: absolute;
    left: 0;
    top: 0;
    padding: 3px 8px;
    border-radius: 4px;
    background: rgba(29, 29, 31, 0.88);
    color: #fff;
    font-size: 12px;
    white-space: nowrap;
    pointer-events: none;
  }
  .part-label[hidden] {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .poster {
      transition: none;
    }
  }
`;
