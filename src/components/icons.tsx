/**
 * Symbols drawn as SVG: no bundled font has ⚠, ⓘ, ▲ or ▾, and a machine without a system
 * fallback font drew them as empty boxes. Decorative: the text beside them carries the meaning.
 * They take the current colour and scale with the text.
 */
const svg = (className: string, children: React.ReactNode) => (
  <svg
    className={`icon ${className}`}
    viewBox="0 0 16 16"
    width="1em"
    height="1em"
    aria-hidden="true"
    focusable="false"
  >
    {children}
  </svg>
);

export const WarningIcon = () =>
  svg(
    'icon-warning',
    <>
      <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.9" fill="currentColor" />
    </>,
  );

export const InfoIcon = () =>
  svg(
    'icon-info',
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M8 7v4.5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.7" r="0.95" fill="currentColor" />
    </>,
  );

/** A small downward caret (an open-able list), or up/down for a sorted column. */
export const CaretIcon = ({ dir }: { dir: 'up' | 'down' }) =>
  svg(
    `icon-caret-${dir}`,
    <path d={dir === 'down' ? 'M3.5 6h9L8 11z' : 'M3.5 10h9L8 5z'} fill="currentColor" />,
  );
