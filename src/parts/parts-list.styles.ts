import { css } from 'lit';

/**
 * The parts list: out of sight (but not out of the accessibility tree) until focus is in it,
 * then a compact strip along the bottom of the view that scrolls sideways.
 */
export const partsListStyles = css`
  .parts-list {
    position: absolute;
    left: 8px;
    right: 8px;
    bottom: 8px;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 8px;
    box-sizing: border-box;
    padding: 6px 8px;
    border-radius: 8px;
    background: var(--shoe-viewer-annotation-bg, rgba(255, 255, 255, 0.96));
    color: var(--shoe-viewer-text, #1d1d1f);
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2);
  }
  .parts-list:not(:focus-within) {
    /* The skip-link pattern: visually hidden, still read by screen readers and reached with Tab. */
    left: 0;
    right: auto;
    bottom: 0;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .parts-list-title {
    flex: none;
    font-size: 0.85em;
    font-weight: 600;
  }
  .parts-list-buttons {
    display: flex;
    gap: 4px;
    min-width: 0;
    overflow-x: auto;
    /* Room for the focus ring inside the scroller. */
    padding: 3px;
    scroll-padding-inline: 6px;
    scrollbar-width: thin;
  }
  .part-button {
    flex: none;
    padding: 4px 10px;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.85em;
    white-space: nowrap;
    cursor: pointer;
  }
  .part-button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .part-button[aria-current='true'] {
    border-color: var(--shoe-viewer-accent, #1f4fa8);
    background: var(--shoe-viewer-accent, #1f4fa8);
    color: #fff;
  }
  .part-button:focus-visible {
    outline: 2px solid var(--shoe-viewer-accent, #1f4fa8);
    outline-offset: 2px;
  }
`;
