import { dayToIso, isoToDay, monthIndex, monthKey } from './partial-date';

/**
 * How far across the plot a day is drawn, from its left edge (0) to its right (1): mirrored in
 * a right-to-left language, as pixelToDay reads it back.
 */
export function across(day: number, domain: [number, number], reversed: boolean): number {
  const f = (day - domain[0]) / Math.max(1, domain[1] - domain[0]);
  return reversed ? 1 - f : f;
}

/**
 * Converts a pixel offset inside the plot area to a day. In a right-to-left language the
 * time axis is mirrored, so the earliest day sits at the right edge.
 */
export function pixelToDay(
  x: number,
  plotWidth: number,
  domain: [number, number],
  reversed: boolean,
): number {
  const f = Math.min(1, Math.max(0, x / plotWidth));
  const t = reversed ? 1 - f : f;
  return Math.round(domain[0] + t * (domain[1] - domain[0]));
}

/** The room beside the plot before the axis' first month and after its last, and the widest label's text. */
export interface AxisEdges {
  before: number;
  after: number;
  text: number;
  /**
   * Where a month's label is centred, in px from the chart's side of the first month: on an
   * axis drawn to scale, its first day. Recharts' month bands centre it in its band.
   */
  place?: (month: string) => number;
}

/**
 * The months to label on a chart `width` px wide, each label needing `labelWidth` px
 * (Arabic month names are long): every month, quarter, half-year, year or two years. A label
 * that would run past the chart's edge is left out rather than cut: "Jan 202" misreads.
 */
export function monthTicks(
  months: readonly string[],
  width: number,
  labelWidth: number,
  edges: AxisEdges,
  /** The fewest months between labels (12: years only). */
  minStep = 1,
): string[] {
  const fit = Math.max(2, Math.floor(width / labelWidth));
  const steps = [1, 3, 6, 12, 24, 60, 120].filter((n) => n >= minStep);
  const step = steps.find((n) => months.length / n <= fit) ?? steps.at(-1)!;
  // Recharts centres each label on its month's band of the plot.
  const band = (width - edges.before - edges.after) / Math.max(1, months.length);
  const half = edges.text / 2;
  return months.filter((m, i) => {
    // Counted from year 0, so a two-year step keeps every other January, not every January.
    if (monthIndex(m) % step !== 0) return false;
    const at = edges.place ? edges.place(m) : edges.before + (i + 0.5) * band;
    return at >= half && width - at >= half;
  });
}

/** How wide an axis label is in a language: a month's ("Sept 2020") and a year's ("2020"). */
export interface LabelWidths {
  /** The room a label needs, with the gap to the next. */
  monthLabelPx: number;
  /** The widest label's text at the axis' 11 px. */
  monthTextPx: number;
  yearLabelPx: number;
  yearTextPx: number;
}

/**
 * The months to label, and whether to label them as years: when months would be labelled a
 * year or more apart, "2014" says as much as "Jan 2014" and fits twice as many. Over fifteen
 * years in Arabic ("كانون الثاني ٢٠١٠"), month labels left two on the axis.
 */
export function axisTicks(
  months: readonly string[],
  width: number,
  w: LabelWidths,
  edges: Omit<AxisEdges, 'text'>,
  /** The fewest months between month labels (6: half-yearly at the closest). */
  minStep = 1,
): { ticks: string[]; years: boolean } {
  const fit = Math.max(2, Math.floor(width / w.monthLabelPx));
  if (months.length / Math.max(6, minStep) <= fit)
    return {
      ticks: monthTicks(months, width, w.monthLabelPx, { ...edges, text: w.monthTextPx }, minStep),
      years: false,
    };
  return {
    ticks: monthTicks(months, width, w.yearLabelPx, { ...edges, text: w.yearTextPx }, 12),
    years: true,
  };
}

/**
 * The days to label on a time axis drawn to scale (the troop chart's): first days of months,
 * every half-year or further apart, as axisTicks chooses them for `width`. `edges` are
 * measured from the side where the domain starts (the right, in Arabic).
 */
export function dayTicks(
  domain: readonly [number, number],
  width: number,
  w: LabelWidths,
  edges: Omit<AxisEdges, 'text' | 'place'>,
): { ticks: number[]; years: boolean } {
  const first = monthIndex(dayToIso(domain[0]).slice(0, 7));
  // Bounded: a thousand years of months at most.
  const last = Math.min(monthIndex(dayToIso(domain[1]).slice(0, 7)), first + 12_000);
  const months: string[] = [];
  for (let k = first; k <= last; k++) months.push(monthKey(k));
  const plot = width - edges.before - edges.after;
  const span = Math.max(1, domain[1] - domain[0]);
  const dayOf = (m: string) => isoToDay(`${m}-01`);
  const place = (m: string) => edges.before + ((dayOf(m) - domain[0]) / span) * plot;
  const { ticks, years } = axisTicks(months, width, w, { ...edges, place }, 6);
  return { ticks: ticks.map(dayOf).filter((d) => d >= domain[0] && d <= domain[1]), years };
}
