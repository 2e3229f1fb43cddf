/**
 * Entry point of the web chat service report: the savings model and its table. It is built as
 * a bundle of its own for managers' report pages, so the widget never carries any of it.
 *
 * @packageDocumentation
 */

export {
  CHANNELS,
  CHANNEL_LABELS,
  DEFAULT_RATES,
  SavingsInputError,
  computeSavingsReport,
  extrapolateSurveyAnswers,
  formatPence,
  penceToDecimal,
  reportToCsv,
  resolveRates,
  toCsv,
  validateSavingsInput,
  webChatPenceFromPhone,
} from './savings.js';
export type {
  Channel,
  ChannelCounts,
  ChannelSavings,
  ContactsAvoidedInput,
  CostRates,
  CsvCell,
  ReportCsvOptions,
  ResolvedRates,
  SavingsInput,
  SavingsReport,
  SavingsTotals,
  SurveyAnswersInput,
} from './savings.js';
export { DEFAULT_SAVINGS_CAPTION, NUMBER_CELL_CLASS, renderSavingsTable } from './savings-table.js';
export type { SavingsTableOptions } from './savings-table.js';
