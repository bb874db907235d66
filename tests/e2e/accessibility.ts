import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

/** What the deck is held to: WCAG 2.1 A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe-core on `page`, run in the page itself (axe.run): the deck has no
 * frames, so this finds what the default run does without the extra blank
 * page the default opens to merge frame results.
 */
export function axeOn(page: Page): AxeBuilder {
  // Only violations are read: axe still runs every check, but details only the failing elements (on a page of 44
  // slides, listing every passing element is much of its time).
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] })
}

/**
 * The axe-core violations inside `include` that fail a check: serious or
 * critical ones, and any colour contrast failure. `contrastOnly` runs the
 * colour contrast rule alone (all a dark scheme changes).
 */
export async function accessibilityViolations(page: Page, include: string, { contrastOnly = false } = {}): Promise<Result[]> {
  const axe = axeOn(page).include(include)
  const results = await (contrastOnly ? axe.withRules(['color-contrast']) : axe.withTags(WCAG_TAGS)).analyze()
  return results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical' || v.id === 'color-contrast')
}

/** One line for a violation: its rule, impact and up to three of its elements. */
export function describeViolation(violation: Result, targets = violation.nodes.map(node => node.target.join(' '))): string {
  return `${violation.id} (${violation.impact}): ${targets.slice(0, 3).join(', ')}`
}
