/**
 * jsdom does no layout, so every element measures 0×0. Give elements matching `selector`
 * a size, as a browser would, for components that measure themselves (virtual lists).
 */
export function fakeSize(selector: string, width: number, height: number): () => void {
  const proto = HTMLElement.prototype;
  const w = Object.getOwnPropertyDescriptor(proto, 'clientWidth');
  const h = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  Object.defineProperty(proto, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.matches(selector) ? width : 0;
    },
  });
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.matches(selector) ? height : 0;
    },
  });
  return () => {
    if (w) Object.defineProperty(proto, 'clientWidth', w);
    if (h) Object.defineProperty(proto, 'clientHeight', h);
  };
}
