import { CartesianGrid, Curve, type BaseTickContentProps, type LineDrawShapeProps } from 'recharts';

/** No vertical grid lines, so none to place. */
const noPoints = () => [];

/**
 * The charts' grid: horizontal lines only. Recharts places the vertical lines even when they
 * are not drawn, measuring every x tick label in the DOM to do it (at 100,000 imported events,
 * a label per month over two decades: ~80 ms of the attack chart's first render).
 */
export function ChartGrid() {
  return <CartesianGrid stroke="#e6e9ee" vertical={false} verticalCoordinatesGenerator={noPoints} />;
}

/**
 * A Line's curve, drawn without the ref Recharts measures it by. Recharts reads the path's
 * length (getTotalLength) at every render, for an entrance animation these charts turn off.
 * After a change that moves the page's layout (a switch to Arabic, right to left), that read
 * forced a layout of the whole page in the middle of React's render: ~60 ms, traced, before
 * the layout the change needed anyway.
 */
export function UnmeasuredCurve(p: LineDrawShapeProps) {
  // Curve draws SVG attributes only: the animation's props are not passed on to the path.
  return <Curve {...p} pathRef={undefined} />;
}

/** A one-line label's baseline from its anchor, as Recharts' Text sets it (its capHeight). */
const DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * Axis tick labels, drawn as one line each, as Recharts' Text draws one. Text works out word
 * wrapping and reduces CSS calc() strings for every label it renders: ~6% of the troop chart's
 * mount, traced. Given Text's props without `width: 0`, Recharts would also measure each
 * label's words in the DOM. No label here needs wrapping.
 */
function tickOf(fill?: string) {
  return function Tick(p: BaseTickContentProps) {
    const label = p.tickFormatter ? p.tickFormatter(p.payload.value, p.index) : String(p.payload.value);
    return (
      <text
        x={p.x}
        y={p.y}
        className="recharts-text recharts-cartesian-axis-tick-value"
        textAnchor={p.textAnchor}
        // Recharts places labels by text-anchor as if text ran left to right; in a right-to-left
        // page "end" flips and the rockets axis' labels ran over the axis. An attribute, not a
        // style: an image export copies only the styles that differ from a blank page's.
        direction="ltr"
        fill={fill ?? p.fill}
        stroke="none"
        fontSize={11}
      >
        <tspan x={p.x} dy={DY[p.verticalAnchor]}>
          {label}
        </tspan>
      </text>
    );
  };
}

export const TICK = tickOf();
/** The rockets axis' labels, in the rockets' colour. */
export const ROCKET_TICK = tickOf('#a4661c');
