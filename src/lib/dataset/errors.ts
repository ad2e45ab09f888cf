export type DatasetErrorKind = 'missing' | 'network' | 'notJson' | 'invalid';

/** A load failure that the error panel can explain: which file, what kind, and why. */
export class DatasetError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'DatasetError';
  }
}
