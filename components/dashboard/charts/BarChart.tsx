import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** what the bar's end says, e.g. "3 · 75% of the step before" */
  valueText: string;
  /** a second, lighter bar behind it (e.g. action items planned behind those done) */
  total?: number;
}

const WIDTH = 560;
const ROW = 32;
const BAR = 20;
// about how wide a character of the 13 px label is: a label never runs past its column
const CHAR_WIDTH = 7.5;

const short = (text: string, chars: number) =>
  text.length > chars ? `${text.slice(0, chars - 1)}…` : text;

/**
 * horizontal bars drawn in SVG by React (no chart library): one role="img" with a title and a
 * description that says every number, so the chart reads the same without seeing it
 */
export function BarChart({
  title,
  description,
  bars,
  align = 'start',
  labelWidth = 150,
  valueWidth = 120,
  className = '',
}: {
  title: string;
  /** the text alternative: every bar in words */
  description: string;
  bars: readonly Bar[];
  /** 'center' draws a funnel: each bar centred on the one above */
  align?: 'start' | 'center';
  labelWidth?: number;
  valueWidth?: number;
  className?: string;
}) {
  const id = useId();
  const chars = Math.floor(labelWidth / CHAR_WIDTH);
  const track = WIDTH - labelWidth - valueWidth - 16;
  const top = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.total ?? 0)));
  const height = bars.length * ROW + 4;
  const widthOf = (value: number) => (value <= 0 ? 0 : Math.max(2, (value / top) * track));
  return (
    <svg
      className={`chart ${className}`.trim()}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const y = index * ROW + (ROW - BAR) / 2;
        const width = widthOf(bar.value);
        const totalWidth = bar.total !== undefined ? widthOf(bar.total) : 0;
        const x = labelWidth + 8 + (align === 'center' ? (track - width) / 2 : 0);
        const middle = y + BAR / 2;
        return (
          <g key={bar.key} data-bar={bar.key}>
            {bar.label.length > chars && <title>{bar.label}</title>}
            <text className="chart-label" x={0} y={middle} dominantBaseline="central">
              {short(bar.label, chars)}
            </text>
            <rect
              className="chart-track"
              x={labelWidth + 8}
              y={y}
              width={track}
              height={BAR}
              rx={4}
            />
            {bar.total !== undefined && bar.total > 0 && (
              <rect
                className="chart-total"
                x={labelWidth + 8}
                y={y}
                width={totalWidth}
                height={BAR}
                rx={4}
              />
            )}
            {width > 0 && (
              <rect className="chart-bar" x={x} y={y} width={width} height={BAR} rx={4} />
            )}
            <text
              className="chart-value"
              x={labelWidth + 16 + track}
              y={middle}
              dominantBaseline="central"
            >
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
