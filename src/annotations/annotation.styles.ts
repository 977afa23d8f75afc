import { css } from 'lit';

/**
 * Hotspots and the callout panel: adopted into the shadow root by `AnnotationView` when the
 * callouts are first shown (the hover label and the live region are styled with the element).
 */
export const annotationStyles = css`
  .hotspots {
    position: absolute;
    inset: 0;
    pointer-events: none;
    overflow: hidden;
  }
  .hotspot {
    position: absolute;
    left: 0;
    top: 0;
    box-sizing: border-box;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 2px solid #fff;
    border-radius: 50%;
    background: var(--shoe-viewer-accent, #1f4fa8);
    color: #fff;
    font: 600 13px/1 system-ui, sans-serif;
    cursor: pointer;
    pointer-events: auto;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35);
    transition: opacity 0.2s;
    will-change: transform;
  }
  .hotspot:hover,
  .hotspot[aria-expanded='true'] {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--shoe-viewer-accent, #1f4fa8) 35%, transparent), 0 1px 4px rgba(0, 0, 0, 0.35);
  }
  .hotspot:focus-visible {
    outline: 2px solid var(--shoe-viewer-accent, #1f4fa8);
    outline-offset: 3px;
  }
  .hotspot.hidden {
    opacity: 0;
    pointer-events: none;
  }
  /* The panel's container: its width decides between a side panel and a bottom sheet. */
  .annotation-layer {
    position: absolute;
    inset: 0;
    container-type: inline-size;
    pointer-events: none;
  }
  .annotation-panel {
    pointer-events: auto;
    position: absolute;
    top: 12px;
    right: 12px;
    box-sizing: border-box;
    width: min(22em, calc(100% - 24px));
    max-height: calc(100% - 24px);
    overflow: auto;
    padding: 12px 40px 12px 14px;
    border-radius: 8px;
    border-top: 3px solid var(--shoe-viewer-accent, #1f4fa8);
    background: var(--shoe-viewer-annotation-bg, rgba(255, 255, 255, 0.96));
    color: var(--shoe-viewer-text, #1d1d1f);
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2);
    outline: none;
  }
  /* A narrow viewer (a phone): a sheet docked along the bottom, so the part keeps the room above it (see panel-room.ts). */
  @container (max-width: 599px) {
    .annotation-panel {
      top: auto;
      right: 0;
      bottom: 0;
      left: 0;
      width: auto;
      max-height: 45%;
      border-radius: 12px 12px 0 0;
    }
  }
  .annotation-panel:focus-visible {
    box-shadow: 0 0 0 2px var(--shoe-viewer-accent, #1f4fa8), 0 2px 10px rgba(0, 0, 0, 0.2);
  }
  .annotation-title {
    margin: 0 0 6px;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .annotation-body {
    white-space: pre-line;
  }
  .annotation-close {
    position: absolute;
    top: 6px;
    right: 6px;
    width: 28px;
    height: 28px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: 20px/1 system-ui, sans-serif;
    cursor: pointer;
  }
  .annotation-close:hover {
    background: rgba(0, 0, 0, 0.08);
  }
  .annotation-close:focus-visible {
    outline: 2px solid var(--shoe-viewer-accent, #1f4fa8);
  }
  @media (prefers-reduced-motion: reduce) {
    .hotspot {
      transition: none;
    }
  }
`;
