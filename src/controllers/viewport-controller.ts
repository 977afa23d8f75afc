import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks whether the host is near the viewport (within `margin`) and its box
 * size. Lazy loading waits for `near`; the stage draws only while `near` and
 * sized, so offscreen, `display:none` and 0x0 viewers cost nothing.
 */
export class ViewportController implements ReactiveController {
  near = false;
  width = 0;
  height = 0;
  private intersection?: IntersectionObserver;
  private resize?: ResizeObserver;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private onChange: () => void,
    private margin = '200px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.intersection = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        // A display:none element reports as intersecting with an empty box on some engines.
        const near = entry.isIntersecting && entry.boundingClientRect.width > 0;
        // Coming back from display:none, ResizeObserver may stay silent (it last saw 0x0 and
        // may not report again), so take the size from this entry too.
        const sized = near && this.setSize(this.host.clientWidth, this.host.clientHeight);
        if (near !== this.near || sized) {
          this.near = near;
          this.onChange();
        }
      },
      { rootMargin: this.margin },
    );
    this.intersection.observe(this.host);
    this.resize = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      if (this.setSize(box.width, box.height)) this.onChange();
    });
    this.resize.observe(this.host);
  }

  private setSize(width: number, height: number): boolean {
    if (width === this.width && height === this.height) return false;
    this.width = width;
    this.height = height;
    return true;
  }

  hostDisconnected(): void {
    this.intersection?.disconnect();
    this.resize?.disconnect();
    this.near = false;
  }
}
