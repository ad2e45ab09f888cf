/** The numbered label of an analyst's note on a chart: the same number as in the notes list. */
export const noteLabel = (value: string) => ({
  value,
  position: 'insideTop' as const,
  fill: 'var(--note)',
  fontSize: 11,
  fontWeight: 700,
});
