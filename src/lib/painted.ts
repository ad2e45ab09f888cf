/** Resolves two frames later: React has committed what was just set, and the browser laid it out. */
export const painted = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
