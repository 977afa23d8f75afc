import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows the user's `prefers-reduced-motion` setting while the host is on the page. */
export class ReducedMotionController implements ReactiveController {
  reduced = false;
  private query?: MediaQueryList;

  constructor(
    host: ReactiveControllerHost,
    private onChange: (reduced: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = matchMedia('(prefers-reduced-motion: reduce)');
    this.query.addEventListener('change', this.update);
    this.update();
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.update);
  }

  private update = (): void => {
    this.reduced = this.query?.matches ?? false;
    this.onChange(this.reduced);
  };
}
