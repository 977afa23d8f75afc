/** Small DOM helpers shared by the demo pages: plain DOM, text always set with textContent. */

/** The element with this id, checked to be the expected tag; throws if the page lacks it. */
export function byId<K extends keyof HTMLElementTagNameMap>(id: string, tag: K): HTMLElementTagNameMap[K] {
  const el = document.getElementById(id);
  if (!el || el.localName !== tag) throw new Error(`demo: missing <${tag} id="${id}">`);
  return el as HTMLElementTagNameMap[K];
}

/** Listens for a CustomEvent and hands its detail to `handler`. */
export function onDetail<T>(target: EventTarget, type: string, handler: (detail: T, event: CustomEvent<T>) => void): void {
  target.addEventListener(type, (event) => {
    if (event instanceof CustomEvent) handler(event.detail as T, event as CustomEvent<T>);
  });
}

/** Creates an element with attributes and optional text content (never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

let toastTimer = 0;

/** Shows a short message at the bottom of the page (a polite live region). */
export function toast(message: string): void {
  let el = document.querySelector<HTMLElement>('.toast');
  if (!el) {
    el = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
    document.body.append(el);
  }
  el.textContent = message;
  el.classList.add('show');
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => el.classList.remove('show'), 4000);
}

/** Saves a Blob as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
