import type { TroopPoint } from './troop-series';

/** Exact figures are filled dots; approximate ones hollow; announced targets diamonds. */
export function TroopDot({
  cx,
  cy,
  point,
  color,
}: {
  cx?: number;
  cy?: number;
  point?: TroopPoint;
  color: string;
}) {
  if (cx === undefined || cy === undefined || !point) return null;
  const { approximate, qualifier } = point.level;
  if (qualifier === 'announcedTarget')
    return (
      <path
        d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
        fill="#fff"
        stroke={color}
        strokeWidth={2}
      />
    );
  return (
    <circle
      cx={cx}
      cy={cy}
      r={4.5}
      fill={approximate || qualifier === 'upTo' ? '#fff' : color}
      stroke={color}
      strokeWidth={2}
    />
  );
}
