/**
 * Bar charts drawn to SVG on the server with ECharts (no DOM, no client JavaScript). Each chart is static:
 * no animation, no hover styles, no legend toggling, since nothing runs in the browser. The SVG is marked
 * `role="img"` with a short `aria-label`; the figures themselves are in the table beside every chart.
 */
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { escapeHtml, raw, type Html } from '../html.ts';

use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** Colours with at least 3:1 contrast on white, told apart by hue and lightness (blue, orange). */
export const chartColours = { primary: '#0062ba', secondary: '#b35900' } as const;

const TEXT = '#1e2b3c';
const GRID_LINE = '#d6dbe1';
/**
 * ECharts lays text out on the server with Helvetica/Arial widths (there is no browser to measure in), so the
 * charts ask for those fonts, and leave room around axis labels and between legend items for a wider
 * fallback font (Noto Sans and DejaVu Sans on Linux are up to 15 % wider).
 */
const FONT = 'Arial, Helvetica, Liberation Sans, sans-serif'; // no quotes: ECharts writes them unescaped into an attribute
const ROOM_FOR_WIDER_FONTS = 32;

export interface BarSeries {
  readonly name: string;
  readonly values: readonly number[];
  readonly colour: string;
}

export interface BarChartSpec {
  /** A short description read by screen readers instead of the drawing. */
  readonly label: string;
  /** The category labels (months, categories, countries), in the order drawn. */
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  /** Horizontal bars list the categories top to bottom (top lists); vertical ones left to right. */
  readonly orientation: 'vertical' | 'horizontal';
  /** Stack the series on each other instead of side by side. */
  readonly stacked?: boolean;
  /** Print each bar's value at its end (not for stacked bars, where the labels would overlap). */
  readonly valueLabels?: boolean;
  readonly width: number;
  readonly height: number;
  /** How the numbers on the value axis and beside the bars are written (default: ECharts' own, in English). */
  readonly formatNumber?: (n: number) => string;
}

/**
 * ECharts writes text sizes as `style` attributes; a strict Content Security Policy (no 'unsafe-inline'
 * styles) would drop them. The same properties as SVG presentation attributes are not styles, so they stay.
 */
function styleToAttributes(svg: string): string {
  return svg.replace(/ style="([^"]*)"/g, (_match, declarations: string) =>
    declarations
      .split(';')
      .map((d) => d.split(':'))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0]!.trim() !== '')
      .map(([property, value]) => ` ${property.trim()}="${escapeHtml(value.trim())}"`)
      .join(''),
  );
}

/** One bar chart as inline SVG markup. */
export function barChart(spec: BarChartSpec): Html {
  const horizontal = spec.orientation === 'horizontal';
  const categoryAxis = {
    type: 'category' as const,
    data: [...spec.categories],
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: TEXT } },
    // Every country and category is labelled; months may be thinned out when there are many.
    axisLabel: { color: TEXT, fontSize: 14, interval: horizontal ? 0 : ('auto' as const), hideOverlap: !horizontal },
  };
  const valueAxis = {
    type: 'value' as const,
    minInterval: 1,
    splitLine: { lineStyle: { color: GRID_LINE } },
    axisLabel: { color: TEXT, fontSize: 13, ...(spec.formatNumber ? { formatter: (value: number) => spec.formatNumber!(value) } : {}) },
  };
  const multiple = spec.series.length > 1;
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, color: TEXT },
      grid: {
        left: horizontal ? ROOM_FOR_WIDER_FONTS : 8,
        right: horizontal ? ROOM_FOR_WIDER_FONTS : 8,
        top: multiple ? 40 : 16,
        bottom: horizontal ? 8 : 16,
        // The axis labels lie inside these margins, not over the edge of the drawing.
        outerBoundsMode: 'same' as const,
        outerBoundsContain: 'axisLabel' as const,
      },
      legend: multiple
        ? { top: 0, left: 0, selectedMode: false, itemGap: 24, textStyle: { fontSize: 14, color: TEXT }, itemWidth: 16, itemHeight: 12 }
        : undefined,
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map((s) => ({
        type: 'bar' as const,
        name: s.name,
        data: [...s.values],
        stack: spec.stacked ? 'total' : undefined,
        silent: true,
        itemStyle: { color: s.colour },
        barMaxWidth: 36,
        label:
          spec.valueLabels && !spec.stacked
            ? {
                show: true,
                position: horizontal ? ('right' as const) : ('top' as const),
                color: TEXT,
                fontSize: 13,
                ...(spec.formatNumber ? { formatter: (p: { value: unknown }) => spec.formatNumber!(Number(p.value)) } : {}),
              }
            : undefined,
      })),
    });
    // The <style> ECharts adds holds only hover rules (no use without JavaScript, and blocked by a strict CSP).
    const svg = styleToAttributes(chart.renderToSVGString().replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''));
    const labelled = svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(spec.label)}" focusable="false" `);
    return raw(labelled);
  } finally {
    chart.dispose();
  }
}
