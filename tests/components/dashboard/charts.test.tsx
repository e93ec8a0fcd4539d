import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from '@/components/dashboard/charts/BarChart';
import { GoalCharts } from '@/components/dashboard/charts/GoalCharts';
import type { GoalReview } from '@/utils/shortlist/analytics/effectiveness';

const goal = (overrides: Partial<GoalReview>): GoalReview => ({
  goalId: 'g',
  title: 'Goal',
  status: 'in progress',
  targetDate: null,
  mentors: [],
  meetingsHeld: 0,
  actionItemsDone: 0,
  actionItemsTotal: 0,
  ...overrides,
});

const description = (img: HTMLElement) =>
  document.getElementById(img.getAttribute('aria-describedby') ?? '')?.textContent;
const widths = (img: HTMLElement, kind: string) =>
  [...img.querySelectorAll(`rect.${kind}`)].map((rect) => Number(rect.getAttribute('width')));

describe('the bar chart', () => {
  it('is one image named by its title and described by every number', () => {
    render(
      <BarChart
        title="Things"
        description="A: 4. B: 2."
        bars={[
          { key: 'a', label: 'A', value: 4, valueText: '4' },
          { key: 'b', label: 'B', value: 2, valueText: '2' },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: 'Things' });
    expect(description(img)).toBe('A: 4. B: 2.');
    const [a, b] = widths(img, 'chart-bar');
    // bars in proportion to their values: the biggest fills the track
    expect(a).toBeCloseTo(2 * (b ?? 0));
    expect(a).toBe(widths(img, 'chart-track')[0]);
  });

  it('draws no bar for zero and centres each bar in a funnel', () => {
    render(
      <BarChart
        title="Funnel"
        description="x"
        align="center"
        bars={[
          { key: 'a', label: 'A', value: 10, valueText: '10' },
          { key: 'b', label: 'B', value: 5, valueText: '5' },
          { key: 'c', label: 'C', value: 0, valueText: '0' },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: 'Funnel' });
    const bars = [...img.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(2);
    const centre = (rect: Element) =>
      Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    expect(centre(bars[0] as Element)).toBeCloseTo(centre(bars[1] as Element));
    expect(img.textContent).toContain('0');
  });

  it('shortens a long label on the chart and keeps it whole in its tooltip; text stays text', () => {
    const long = '<img src=x onerror=alert(1)> a very long goal title indeed';
    render(
      <BarChart
        title="T"
        description={long}
        bars={[{ key: 'a', label: long, value: 1, valueText: '1' }]}
      />,
    );
    const img = screen.getByRole('img', { name: 'T' });
    expect(img.querySelector('img')).toBeNull();
    expect(img.querySelector('text.chart-label')?.textContent).toBe('<img src=x onerror=…');
    expect(img.querySelector('g > title')?.textContent).toBe(long);
  });
});

describe('the goal charts', () => {
  const goals = [
    goal({
      goalId: 'g1',
      title: 'Ship a portfolio project',
      actionItemsDone: 1,
      actionItemsTotal: 4,
      mentors: [
        { personId: 'a', name: 'Ada Okafor' },
        { personId: 's', name: 'Sam Lindqvist' },
      ],
    }),
    goal({ goalId: 'g2', title: 'Learn evals', status: 'open' }),
  ];

  it('show goal progress as done of all action items, and say when there are none', () => {
    render(<GoalCharts goals={goals} />);
    const chart = screen.getByRole('img', { name: 'Goal progress' });
    expect(description(chart)).toBe(
      'Ship a portfolio project: in progress; 1 of 4 action items done. Learn evals: open; no action items yet.',
    );
    expect(within(chart).getByText('1 of 4 done')).toBeTruthy();
    expect(within(chart).getByText('open, no action items yet')).toBeTruthy();
    // the done bar is a quarter of the all bar behind it
    const [done] = widths(chart, 'chart-bar');
    const [all] = widths(chart, 'chart-total');
    expect(done).toBeCloseTo((all ?? 0) / 4);
  });

  it('show mentors per goal, naming them in the description', () => {
    render(<GoalCharts goals={goals} />);
    const chart = screen.getByRole('img', { name: 'Mentors per goal' });
    expect(description(chart)).toBe(
      'Ship a portfolio project: 2 mentors (Ada Okafor and Sam Lindqvist). Learn evals: no mentor yet.',
    );
    expect(within(chart).getByText('2 mentors')).toBeTruthy();
    expect(within(chart).getByText('none yet')).toBeTruthy();
  });

  it('draw nothing without goals, and say when some goals are left to the table', () => {
    const { container } = render(<GoalCharts goals={[]} />);
    expect(container.innerHTML).toBe('');
    const many = Array.from({ length: 14 }, (_, i) =>
      goal({ goalId: `g${i}`, title: `Goal ${i}` }),
    );
    render(<GoalCharts goals={many} />);
    expect(screen.getByText(/first 12 goals; the table below lists all 14/)).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'Goal progress' }).querySelectorAll('g[data-bar]'),
    ).toHaveLength(12);
  });
});
