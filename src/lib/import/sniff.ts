/** Whether a file's text is CSV rather than JSON: JSON starts with `{` or `[`. Tiny, so the loader can ask early. */
export const looksLikeCsv = (text: string): boolean => !/^\uFEFF?\s*[[{]/.test(text.slice(0, 1000));
