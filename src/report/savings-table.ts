import { CHANNEL_LABELS, formatPence } from './savings.js';
import type { Channel, SavingsReport } from './savings.js';

/** Options for {@link renderSavingsTable}. */
export interface SavingsTableOptions {
  /** The table's caption, in place of the default. */
  caption?: string;
  /** Channel names to use in place of {@link CHANNEL_LABELS}, such as Welsh ones. */
  labels?: Partial<Record<Channel, string>>;
}

/** The caption used when none is given. */
export const DEFAULT_SAVINGS_CAPTION = 'Contacts avoided by web chat, and savings by channel';

/** The class on every cell holding a number, for pages that style the table. */
export const NUMBER_CELL_CLASS = 'savings-table__number';

const COLUMN_HEADINGS = [
  'Channel',
  'Contacts avoided',
  'Cost per contact',
  'Gross saving',
  'Web chat cost',
  'Net saving',
] as const;

function cell(
  tag: 'th' | 'td',
  text: string,
  options: { scope?: 'col' | 'row'; numeric?: boolean } = {},
): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (options.scope) {
    element.scope = options.scope;
  }
  if (options.numeric) {
    element.classList.add(NUMBER_CELL_CLASS);
    // Set through the CSSOM, which a strict style-src allows, so that the figures line up
    // even on a page without the report's stylesheet.
    element.style.textAlign = 'right';
    element.style.fontVariantNumeric = 'tabular-nums';
  }
  return element;
}

function row(...cells: HTMLTableCellElement[]): HTMLTableRowElement {
  const element = document.createElement('tr');
  element.append(...cells);
  return element;
}

/**
 * Shows a savings report as an accessible table: a caption, column headers, a row header for
 * each channel and a total in the footer, with figures right-aligned. Built with DOM calls and
 * `textContent` only, so it runs on pages that enforce Trusted Types and never treats a
 * channel name as markup.
 *
 * @param container - the element to show the table in; its contents are replaced
 * @param report - a report from `computeSavingsReport`
 * @param locale - a BCP 47 locale for formatting numbers and money
 * @param options - a caption and channel names to use in place of the defaults
 * @returns the table element
 */
export function renderSavingsTable(
  container: HTMLElement,
  report: SavingsReport,
  locale = 'en-GB',
  options: SavingsTableOptions = {},
): HTMLTableElement {
  const count = new Intl.NumberFormat(locale);
  const money = (pence: number): string => formatPence(pence, locale);
  const label = (channel: Channel): string => options.labels?.[channel] ?? CHANNEL_LABELS[channel];

  const table = document.createElement('table');
  table.className = 'savings-table';

  const caption = document.createElement('caption');
  caption.textContent = options.caption ?? DEFAULT_SAVINGS_CAPTION;

  const head = document.createElement('thead');
  head.append(
    row(
      ...COLUMN_HEADINGS.map((heading, index) =>
        cell('th', heading, { scope: 'col', numeric: index > 0 }),
      ),
    ),
  );

  const body = document.createElement('tbody');
  body.append(
    ...report.rows.map((line) =>
      row(
        cell('th', label(line.channel), { scope: 'row' }),
        cell('td', count.format(line.contactsAvoided), { numeric: true }),
        cell('td', money(line.ratePence), { numeric: true }),
        cell('td', money(line.grossPence), { numeric: true }),
        cell('td', money(line.webChatCostPence), { numeric: true }),
        cell('td', money(line.netPence), { numeric: true }),
      ),
    ),
  );

  const foot = document.createElement('tfoot');
  const { totals } = report;
  foot.append(
    row(
      cell('th', 'Total', { scope: 'row' }),
      cell('td', count.format(totals.contactsAvoided), { numeric: true }),
      cell('td', '', { numeric: true }),
      cell('td', money(totals.grossPence), { numeric: true }),
      cell('td', money(totals.webChatCostPence), { numeric: true }),
      cell('td', money(totals.netPence), { numeric: true }),
    ),
  );

  table.append(caption, head, body, foot);
  container.replaceChildren(table);
  return table;
}
