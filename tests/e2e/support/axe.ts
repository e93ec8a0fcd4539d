import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './extension';

export const axePath = join(root, 'node_modules/axe-core/axe.min.js');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  /** css selectors of the failing elements, with their failure summaries */
  nodes: string[];
}

interface AxeResult {
  violations: Array<{
    id: string;
    impact?: string | null;
    help: string;
    nodes: Array<{ target: unknown[]; failureSummary?: string }>;
  }>;
}

/**
 * runs axe-core in the page (it pierces open shadow roots) and returns the violations;
 * `include` limits the run to one part of the page, e.g. our hint's host element
 */
export async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    // extension pages forbid inline scripts (script-src 'self'): evaluate the source through devtools there
    if (page.url().startsWith('chrome-extension://'))
      await page.evaluate(`${readFileSync(axePath, 'utf8')}\n;0`);
    else await page.addScriptTag({ path: axePath });
  }
  const result = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<unknown> } }).axe;
    return axe.run(selector ? { include: [[selector]] } : document);
  }, include ?? null);
  return (result as AxeResult).violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map(
      (node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`,
    ),
  }));
}

/** the violations that block a user: serious and critical */
export const blocking = (violations: Violation[]): Violation[] =>
  violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
