import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';

/** One entry of the parts list. */
export interface PartsListItem {
  readonly id: string;
  readonly label: string;
}

/**
 * The keyboard way to pick a part: a toolbar of native buttons, one per part, right after
 * the 3D view in the tab order. It is visually hidden until focus is inside it (the
 * skip-link pattern), so pointer users see the view as before. One Tab stop for the whole
 * list (roving tabindex): the arrow keys move between parts, Home and End jump to the
 * ends, Enter or Space chooses one. The highlighted part is marked `aria-current`.
 */
export class PartsList {
  /** The part whose button takes the list's single Tab stop. */
  private rover: string | null = null;

  constructor(
    private host: ReactiveControllerHost,
    private choose: (part: string) => void,
  ) {}

  /** The highlighted part changed (by any means): Tab into the list lands on it. */
  follow(part: string | null): void {
    if (part) this.rover = part;
  }

  render(items: readonly PartsListItem[], current: string | null) {
    if (items.length === 0) return nothing;
    const stop = items.some((item) => item.id === this.rover) ? this.rover : items[0]!.id;
    return html`<div class="parts-list" part="parts-list">
      <span class="parts-list-title" aria-hidden="true">Parts</span>
      <div class="parts-list-buttons" role="toolbar" aria-label="Parts of the shoe" @keydown=${this.onKeyDown}>
        ${repeat(
          items,
          (item) => item.id,
          (item) => html`<button
            type="button"
            class="part-button"
            part=${item.id === current ? 'part-button part-button-current' : 'part-button'}
            data-part=${item.id}
            tabindex=${live(item.id === stop ? '0' : '-1')}
            aria-current=${item.id === current ? 'true' : nothing}
            @focus=${this.onFocus}
            @click=${() => this.choose(item.id)}
          >
            ${item.label}
          </button>`,
        )}
      </div>
    </div>`;
  }

  private onFocus = (event: FocusEvent): void => {
    const button = event.currentTarget as HTMLButtonElement;
    // The strip is shown now that focus is in it: scroll it so the whole button is in sight.
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const part = button.dataset.part!;
    if (this.rover === part) return;
    this.rover = part;
    this.host.requestUpdate();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const toolbar = event.currentTarget as HTMLElement;
    const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = index === last ? 0 : index + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = index === 0 ? last : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    const button = buttons[next]!;
    // Move the Tab stop at once (the next render agrees), then focus.
    for (const b of buttons) b.tabIndex = b === button ? 0 : -1;
    button.focus({ preventScroll: true });
  };
}
