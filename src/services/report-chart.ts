// The report's chart: bookings, jobseeker registrations and rumour checks per
// week for the last 12 weeks, as a PNG in the reader's language. Drawn by Vega
// (an SVG from a chart description) and turned into PNG by resvg, with the
// DejaVu Sans font from the registry, so it looks the same on every machine.
import { createRequire } from "node:module";
import path from "node:path";
import type { Db } from "../db/client.ts";
import { WEEKDAYS } from "../domain/legal-aid/clinics.ts";
import { bishkekDayOf, bishkekTime, weekdayOf } from "../domain/legal-aid/slots.ts";
import type { Locale } from "../context.ts";
import { getI18n } from "../i18n.ts";
import { formatDate } from "../time.ts";

export const CHART_WEEKS = 12;
const DAY = 86_400_000;

export interface WeekCounts {
  /** Monday of the week, "2026-11-23" (Bishkek). */
  week: string;
  bookings: number;
  registrations: number;
  rumours: number;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** Monday (Bishkek) of the week that holds `now`. */
function mondayOf(now: Date): string {
  const day = bishkekDayOf(now);
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

/** The counts per week, oldest first, the current week last. */
export async function weeklyCounts(db: Db, now: Date, weeks = CHART_WEEKS): Promise<WeekCounts[]> {
  const mondays = Array.from({ length: weeks }, (_, i) => addDays(mondayOf(now), (i - weeks + 1) * 7));
  const from = bishkekTime(mondays[0]!, "00:00");
  const [bookings, seekers, tallies] = await Promise.all([
    db.booking.findMany({ where: { createdAt: { gte: from } }, select: { createdAt: true } }),
    db.jobseeker.findMany({ where: { createdAt: { gte: from } }, select: { createdAt: true } }),
    db.tally.findMany({ where: { metric: "rumours.checked", day: { gte: mondays[0]! } }, select: { day: true, count: true } }),
  ]);
  const rows = mondays.map((week) => ({ week, bookings: 0, registrations: 0, rumours: 0 }));
  const weekOf = (day: string) => rows[Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${mondays[0]!}T00:00:00Z`)) / (7 * DAY))];
  for (const b of bookings) {
    const row = weekOf(bishkekDayOf(b.createdAt));
    if (row) row.bookings++;
  }
  for (const s of seekers) {
    const row = weekOf(bishkekDayOf(s.createdAt));
    if (row) row.registrations++;
  }
  for (const t of tallies) {
    const row = weekOf(t.day);
    if (row) row.rumours += t.count;
  }
  return rows;
}

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT = "DejaVu Sans";
const COLOURS = ["#1f6feb", "#d1242f", "#2da44e"];

/** The Vega description of the chart: one line per series, weeks along the bottom. */
export function chartSpec(locale: Locale, rows: WeekCounts[], asOf: Date): object {
  const t = (key: string, args?: Record<string, string | number>) => getI18n().t(locale, key, args);
  const names = { bookings: t("report-chart-bookings"), registrations: t("report-chart-registrations"), rumours: t("report-chart-rumours") };
  const values = rows.flatMap((r) =>
    (["bookings", "registrations", "rumours"] as const).map((series) => ({ week: `${r.week.slice(8, 10)}.${r.week.slice(5, 7)}`, series: names[series], count: r[series] })),
  );
  return {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    width: 860,
    height: 380,
    padding: 20,
    background: "white",
    config: { text: { font: FONT }, axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 13, titleFontSize: 14 }, legend: { labelFont: FONT, labelFontSize: 14, labelLimit: 400, columnPadding: 24 }, title: { font: FONT, fontSize: 18 } },
    title: { text: t("report-chart-title", { weeks: rows.length, to: formatDate(asOf) }), anchor: "start", offset: 16 },
    data: [{ name: "counts", values }],
    scales: [
      { name: "x", type: "point", range: "width", domain: { data: "counts", field: "week" }, padding: 0.3 },
      { name: "y", type: "linear", range: "height", nice: true, zero: true, domainMin: 0, domainMax: Math.max(4, ...values.map((v) => v.count)), domain: { data: "counts", field: "count" } },
      { name: "colour", type: "ordinal", range: COLOURS, domain: Object.values(names) },
    ],
    axes: [
      { orient: "bottom", scale: "x", title: t("report-chart-week") },
      { orient: "left", scale: "y", grid: true, tickMinStep: 1, format: "d", title: t("report-chart-count") },
    ],
    legends: [{ fill: "colour", stroke: "colour", orient: "top", direction: "horizontal", symbolType: "stroke", symbolStrokeWidth: 4 }],
    marks: [
      {
        type: "group",
        from: { facet: { name: "series", data: "counts", groupby: "series" } },
        marks: [
          { type: "line", from: { data: "series" }, encode: { enter: { x: { scale: "x", field: "week" }, y: { scale: "y", field: "count" }, stroke: { scale: "colour", field: "series" }, strokeWidth: { value: 3 } } } },
          { type: "symbol", from: { data: "series" }, encode: { enter: { x: { scale: "x", field: "week" }, y: { scale: "y", field: "count" }, fill: { scale: "colour", field: "series" }, size: { value: 50 } } } },
        ],
      },
    ],
  };
}

/** The chart as SVG, drawn by Vega. */
export async function chartSvg(locale: Locale, rows: WeekCounts[], asOf: Date): Promise<string> {
  // Loaded on first use: the bot starts faster, and only admins ever draw a chart.
  const vega = await import("vega");
  const view = new vega.View(vega.parse(chartSpec(locale, rows, asOf) as never), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The chart as a PNG, 1 280 px wide: the most Telegram shows of a photo, sharp
 * on a phone. Drawing it takes ~20 MB for a moment (1 800 px took ~35).
 */
export async function renderChart(locale: Locale, rows: WeekCounts[], asOf: Date): Promise<Buffer> {
  const [svg, { Resvg }] = await Promise.all([chartSvg(locale, rows, asOf), import("@resvg/resvg-js")]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: 1280 },
    font: { loadSystemFonts: false, fontFiles: [path.join(FONT_DIR, "DejaVuSans.ttf"), path.join(FONT_DIR, "DejaVuSans-Bold.ttf")], defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}
