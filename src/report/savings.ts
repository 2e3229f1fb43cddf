/**
 * Savings model for the web chat service report.
 *
 * Councils justify web chat by the contacts it avoids: the exit survey asks how each customer
 * would otherwise have contacted the council, the answers are scaled up to every handled chat,
 * and each avoided contact is valued at what that channel costs, less what the chat cost.
 *
 * Money is held in whole pence throughout. Pounds as floating-point numbers drift (283 × 0.87
 * is 246.20999…, and 250 × 0.87 is 217.4999…), and a published report has to agree with the
 * finance officer's spreadsheet to the penny, so every rounding step here is done on integers.
 *
 * @packageDocumentation
 */

/**
 * The channels a customer can choose in the exit survey question "If web chat had not been
 * available, how would you have contacted us?", in the order the report lists them.
 */
export const CHANNELS = [
  'in-person',
  'phone',
  'email',
  'online-form',
  'would-not-have-contacted',
  'other',
] as const;

/** One of the exit survey's channel choices. */
export type Channel = (typeof CHANNELS)[number];

/** A count for some or all channels; a channel left out counts as 0. */
export type ChannelCounts = Partial<Record<Channel, number>>;

/** Names for the channels as the report shows them to contact-centre managers. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = Object.freeze({
  'in-person': 'Face to face',
  phone: 'Phone',
  email: 'Email',
  'online-form': 'Online form',
  'would-not-have-contacted': 'Would not have contacted us',
  other: 'Other',
});

/** What one contact costs the council, by channel, in whole pence. */
export interface CostRates {
  /** One face-to-face contact, in pence. */
  inPersonPence: number;
  /** One phone call, in pence. */
  phonePence: number;
  /**
   * One web chat, in pence. When left out it is the phone cost less `webChatDiscount`,
   * rounded to the penny.
   */
  webChatPence?: number;
  /** One email, in pence. */
  emailPence: number;
  /** One online form, in pence. */
  onlineFormPence: number;
  /**
   * How much cheaper a web chat is than a phone call, as a fraction from 0 to 1 (0.13 for
   * 13%). Used only when `webChatPence` is left out.
   */
  webChatDiscount?: number;
}

/** Cost rates with every figure settled, as the report used them. */
export type ResolvedRates = Required<CostRates>;

/**
 * Rates from the published council figures: £8.62 face to face and £2.83 by phone. Email and
 * online forms are counted as no saving, and web chat costs the phone rate less 13%.
 */
export const DEFAULT_RATES: Readonly<CostRates> = Object.freeze({
  inPersonPence: 862,
  phonePence: 283,
  emailPence: 0,
  onlineFormPence: 0,
  webChatDiscount: 0.13,
});

interface SavingsInputBase {
  /** Chats offered to customers. */
  chatsOffered: number;
  /** Chats an adviser answered; no more than `chatsOffered`. */
  chatsHandled: number;
  /** Exit surveys answered; no more than `chatsHandled`. */
  surveysAnswered: number;
  /** Rates to use in place of {@link DEFAULT_RATES}; any rate left out keeps its default. */
  rates?: Partial<CostRates>;
}

/** Input giving the raw survey answers, to be scaled up to every handled chat. */
export interface SurveyAnswersInput extends SavingsInputBase {
  /** How many survey respondents chose each channel. */
  surveyAnswers: ChannelCounts;
  contactsAvoided?: never;
}

/** Input giving contacts avoided that have already been scaled up to every handled chat. */
export interface ContactsAvoidedInput extends SavingsInputBase {
  /** Contacts avoided by channel, across every handled chat. */
  contactsAvoided: ChannelCounts;
  surveyAnswers?: never;
}

/** The figures a savings report is worked out from. */
export type SavingsInput = SurveyAnswersInput | ContactsAvoidedInput;

/** One channel's line in the report. */
export interface ChannelSavings {
  channel: Channel;
  /**
   * Handled chats whose customer would otherwise have used this channel. For
   * `would-not-have-contacted` no contact was avoided, which is why that row never saves money.
   */
  contactsAvoided: number;
  /** What one contact by this channel costs, in pence; 0 where no saving is counted. */
  ratePence: number;
  /** Whether avoiding this channel counts as a saving, which it does when its rate is above 0. */
  countsAsSaving: boolean;
  /** `contactsAvoided × ratePence`. */
  grossPence: number;
  /** What the chats that replaced these contacts cost; 0 where no saving is counted. */
  webChatCostPence: number;
  /** `grossPence − webChatCostPence`; negative when web chat costs more than the channel. */
  netPence: number;
}

/** The report's bottom line, summed over every channel. */
export interface SavingsTotals {
  contactsAvoided: number;
  grossPence: number;
  webChatCostPence: number;
  netPence: number;
}

/** A worked-out savings report. */
export interface SavingsReport {
  chatsOffered: number;
  chatsHandled: number;
  surveysAnswered: number;
  /** Chats handled as a whole percentage of chats offered (87 for 4,153 of 4,750). */
  handledPercent: number;
  /** Chats handled as an unrounded fraction of chats offered; 0 when none were offered. */
  handledFraction: number;
  /** Surveys answered as a whole percentage of chats handled (17 for 725 of 4,153). */
  surveyedPercent: number;
  /** Surveys answered as an unrounded fraction of chats handled; 0 when none were handled. */
  surveyedFraction: number;
  /** Whether the channel counts came from raw survey answers or were already scaled up. */
  basis: 'survey-answers' | 'contacts-avoided';
  rates: ResolvedRates;
  /** One row per channel, in {@link CHANNELS} order. */
  rows: readonly ChannelSavings[];
  totals: SavingsTotals;
}

/**
 * The error thrown for input a report cannot be worked out from. It is a `RangeError`, and its
 * `field` names the input at fault in the form used in the message, such as `chatsHandled`,
 * `surveyAnswers.phone` or `rates.phonePence`, so that a form can point at the right box.
 */
export class SavingsInputError extends RangeError {
  override readonly name = 'SavingsInputError';

  /**
   * @param field - the input at fault, such as `chatsHandled` or `rates.phonePence`
   * @param value - the value given
   * @param allowed - what would have been accepted, worded to follow "must be"
   */
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`${field} must be ${allowed}; got ${describeValue(value)}`);
  }
}

const WHOLE_NUMBER = 'a whole number of 0 or more';
const WHOLE_PENCE = 'a whole number of pence, 0 or more';

function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Divides two non-negative whole numbers and rounds half up, as finance officers round.
 * BigInt keeps the product exact however large the counts; a zero divisor gives 0 because
 * every caller divides a share of nothing.
 */
function divideRoundingHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) {
    return 0;
  }
  return Number((2n * numerator + denominator) / (2n * denominator));
}

function multiplyPence(count: number, pence: number, field: string): number {
  const product = count * pence;
  if (!Number.isSafeInteger(product)) {
    throw new SavingsInputError(field, count, 'small enough for its cost to be counted exactly');
  }
  return product;
}

// Parts per billion hold any discount a council would quote (13%, 12.5%, 0.1%) exactly.
const DISCOUNT_SCALE = 1_000_000_000;

/**
 * The cost of a web chat worked out as the phone cost less a discount, rounded half up to
 * the whole penny before anything is multiplied by it, as the finance officer does.
 *
 * @param phonePence - the cost of one phone call, in pence
 * @param discount - how much cheaper web chat is, as a fraction from 0 to 1
 * @returns the cost of one web chat, in whole pence (246 for 283 less 0.13)
 * @throws {@link SavingsInputError} when either figure is out of range
 */
export function webChatPenceFromPhone(phonePence: number, discount: number): number {
  if (!isCount(phonePence)) {
    throw new SavingsInputError('rates.phonePence', phonePence, WHOLE_PENCE);
  }
  if (typeof discount !== 'number' || !Number.isFinite(discount) || discount < 0 || discount > 1) {
    throw new SavingsInputError('rates.webChatDiscount', discount, 'a fraction from 0 to 1');
  }
  const keptParts = BigInt(DISCOUNT_SCALE - Math.round(discount * DISCOUNT_SCALE));
  return divideRoundingHalfUp(BigInt(phonePence) * keptParts, BigInt(DISCOUNT_SCALE));
}

function rateErrors(rates: Partial<CostRates> | undefined): SavingsInputError[] {
  const errors: SavingsInputError[] = [];
  if (rates === undefined) {
    return errors;
  }
  if (typeof rates !== 'object' || rates === null) {
    return [new SavingsInputError('rates', rates, 'an object of cost rates')];
  }
  const penceFields = [
    'inPersonPence',
    'phonePence',
    'webChatPence',
    'emailPence',
    'onlineFormPence',
  ] as const;
  for (const key of penceFields) {
    const value = rates[key];
    if (value !== undefined && !isCount(value)) {
      errors.push(new SavingsInputError(`rates.${key}`, value, WHOLE_PENCE));
    }
  }
  const discount = rates.webChatDiscount;
  if (
    discount !== undefined &&
    (typeof discount !== 'number' || !Number.isFinite(discount) || discount < 0 || discount > 1)
  ) {
    errors.push(new SavingsInputError('rates.webChatDiscount', discount, 'a fraction from 0 to 1'));
  }
  return errors;
}

/**
 * Settles the rates a report uses: any rate left out keeps its {@link DEFAULT_RATES} value, and
 * the web chat cost is worked out from the phone cost unless it is given. A given
 * `webChatPence` wins over `webChatDiscount`.
 *
 * @param rates - rates to use in place of the defaults
 * @returns every rate, with the web chat cost in whole pence
 * @throws {@link SavingsInputError} when a rate is not a whole number of pence, 0 or more, or the
 * discount is not a fraction from 0 to 1
 */
export function resolveRates(rates: Partial<CostRates> = {}): ResolvedRates {
  const [error] = rateErrors(rates);
  if (error) {
    throw error;
  }
  const merged = { ...DEFAULT_RATES, ...withoutUndefined(rates) };
  const webChatDiscount = merged.webChatDiscount ?? 0;
  return {
    inPersonPence: merged.inPersonPence,
    phonePence: merged.phonePence,
    emailPence: merged.emailPence,
    onlineFormPence: merged.onlineFormPence,
    webChatDiscount,
    webChatPence: merged.webChatPence ?? webChatPenceFromPhone(merged.phonePence, webChatDiscount),
  };
}

// An explicit `undefined` (as a form leaves for an empty box) means "use the default", so it
// must not overwrite the default in a spread.
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}

function countsErrors(field: string, counts: unknown): SavingsInputError[] {
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    return [new SavingsInputError(field, counts, 'an object of counts keyed by channel')];
  }
  const errors: SavingsInputError[] = [];
  for (const [key, value] of Object.entries(counts)) {
    if (!(CHANNELS as readonly string[]).includes(key)) {
      errors.push(
        new SavingsInputError(field, key, `keyed only by the channels ${CHANNELS.join(', ')}`),
      );
    } else if (value !== undefined && !isCount(value)) {
      errors.push(new SavingsInputError(`${field}.${key}`, value, WHOLE_NUMBER));
    }
  }
  return errors;
}

function sumCounts(counts: ChannelCounts): number {
  return CHANNELS.reduce((total, channel) => total + (counts[channel] ?? 0), 0);
}

/**
 * Checks savings input without working anything out, so that a form can show every problem at
 * once rather than one per submission.
 *
 * @param input - the figures to check
 * @returns every problem found, in the order the fields are listed; empty when the input is good
 */
export function validateSavingsInput(input: SavingsInput): SavingsInputError[] {
  const errors: SavingsInputError[] = [];
  const { chatsOffered, chatsHandled, surveysAnswered } = input;
  for (const [field, value] of [
    ['chatsOffered', chatsOffered],
    ['chatsHandled', chatsHandled],
    ['surveysAnswered', surveysAnswered],
  ] as const) {
    if (!isCount(value)) {
      errors.push(new SavingsInputError(field, value, WHOLE_NUMBER));
    }
  }
  if (isCount(chatsOffered) && isCount(chatsHandled) && chatsHandled > chatsOffered) {
    errors.push(
      new SavingsInputError(
        'chatsHandled',
        chatsHandled,
        `no more than chatsOffered (${chatsOffered})`,
      ),
    );
  }
  if (isCount(chatsHandled) && isCount(surveysAnswered) && surveysAnswered > chatsHandled) {
    errors.push(
      new SavingsInputError(
        'surveysAnswered',
        surveysAnswered,
        `no more than chatsHandled (${chatsHandled})`,
      ),
    );
  }

  const { surveyAnswers, contactsAvoided } = input;
  if (surveyAnswers !== undefined && contactsAvoided !== undefined) {
    errors.push(
      new SavingsInputError(
        'contactsAvoided',
        contactsAvoided,
        'left out when surveyAnswers is given',
      ),
    );
  } else if (surveyAnswers === undefined && contactsAvoided === undefined) {
    errors.push(
      new SavingsInputError(
        'surveyAnswers',
        surveyAnswers,
        'counts by channel, or contactsAvoided given instead',
      ),
    );
  } else if (surveyAnswers !== undefined) {
    const channelErrors = countsErrors('surveyAnswers', surveyAnswers);
    errors.push(...channelErrors);
    const total = channelErrors.length === 0 ? sumCounts(surveyAnswers) : 0;
    if (isCount(surveysAnswered) && total > surveysAnswered) {
      errors.push(
        new SavingsInputError(
          'surveyAnswers',
          total,
          `in total no more than surveysAnswered (${surveysAnswered})`,
        ),
      );
    }
  } else if (contactsAvoided !== undefined) {
    const channelErrors = countsErrors('contactsAvoided', contactsAvoided);
    errors.push(...channelErrors);
    const total = channelErrors.length === 0 ? sumCounts(contactsAvoided) : 0;
    if (isCount(chatsHandled) && total > chatsHandled) {
      errors.push(
        new SavingsInputError(
          'contactsAvoided',
          total,
          `in total no more than chatsHandled (${chatsHandled})`,
        ),
      );
    }
  }

  errors.push(...rateErrors(input.rates));
  return errors;
}

/**
 * Scales survey answers up to every handled chat, one channel at a time, as
 * round(handled × answers ÷ surveys answered) with halves rounded up.
 *
 * @param chatsHandled - chats an adviser answered
 * @param surveysAnswered - exit surveys answered
 * @param surveyAnswers - how many respondents chose each channel
 * @returns contacts avoided by channel, with every channel present
 */
export function extrapolateSurveyAnswers(
  chatsHandled: number,
  surveysAnswered: number,
  surveyAnswers: ChannelCounts,
): Record<Channel, number> {
  const scaled = {} as Record<Channel, number>;
  for (const channel of CHANNELS) {
    scaled[channel] = divideRoundingHalfUp(
      BigInt(chatsHandled) * BigInt(surveyAnswers[channel] ?? 0),
      BigInt(surveysAnswered),
    );
  }
  return scaled;
}

function rateFor(channel: Channel, rates: ResolvedRates): number {
  switch (channel) {
    case 'in-person':
      return rates.inPersonPence;
    case 'phone':
      return rates.phonePence;
    case 'email':
      return rates.emailPence;
    case 'online-form':
      return rates.onlineFormPence;
    case 'would-not-have-contacted':
    case 'other':
      return 0;
  }
}

/**
 * Works out the savings web chat made.
 *
 * Each channel's avoided contacts are valued at that channel's rate (gross), less what the
 * chats that replaced them cost (web chat cost), giving the net saving. As in the councils'
 * published tables, web chat cost is charged only against channels counted as a saving, those
 * whose rate is above 0: by default face to face and phone. Chats that replaced an email, an
 * online form or no contact at all carry neither a saving nor a cost, so the net figure is the
 * saving on the contacts that cost money, not the whole service's balance.
 *
 * @param input - the chat and survey figures, with either raw `surveyAnswers` (scaled up to
 * every handled chat here) or already scaled-up `contactsAvoided`, and optional `rates`
 * @returns the report, with money in whole pence
 * @throws {@link SavingsInputError} (a `RangeError`) naming the first field at fault, its value
 * and what is allowed; {@link validateSavingsInput} lists every problem instead
 */
export function computeSavingsReport(input: SavingsInput): SavingsReport {
  const [error] = validateSavingsInput(input);
  if (error) {
    throw error;
  }
  const { chatsOffered, chatsHandled, surveysAnswered } = input;
  const rates = resolveRates(input.rates);
  const basis = input.surveyAnswers !== undefined ? 'survey-answers' : 'contacts-avoided';
  const countsField = input.surveyAnswers !== undefined ? 'surveyAnswers' : 'contactsAvoided';
  const counts =
    input.surveyAnswers !== undefined
      ? extrapolateSurveyAnswers(chatsHandled, surveysAnswered, input.surveyAnswers)
      : (input.contactsAvoided ?? {});

  const rows = CHANNELS.map((channel): ChannelSavings => {
    const contactsAvoided = counts[channel] ?? 0;
    const ratePence = rateFor(channel, rates);
    const countsAsSaving = ratePence > 0;
    const field = `${countsField}.${channel}`;
    const grossPence = multiplyPence(contactsAvoided, ratePence, field);
    const webChatCostPence = countsAsSaving
      ? multiplyPence(contactsAvoided, rates.webChatPence, field)
      : 0;
    return {
      channel,
      contactsAvoided,
      ratePence,
      countsAsSaving,
      grossPence,
      webChatCostPence,
      netPence: grossPence - webChatCostPence,
    };
  });

  const totals = rows.reduce<SavingsTotals>(
    (sum, row) => ({
      contactsAvoided: sum.contactsAvoided + row.contactsAvoided,
      grossPence: sum.grossPence + row.grossPence,
      webChatCostPence: sum.webChatCostPence + row.webChatCostPence,
      netPence: sum.netPence + row.netPence,
    }),
    { contactsAvoided: 0, grossPence: 0, webChatCostPence: 0, netPence: 0 },
  );

  return {
    chatsOffered,
    chatsHandled,
    surveysAnswered,
    handledPercent: divideRoundingHalfUp(BigInt(chatsHandled) * 100n, BigInt(chatsOffered)),
    handledFraction: chatsOffered === 0 ? 0 : chatsHandled / chatsOffered,
    surveyedPercent: divideRoundingHalfUp(BigInt(surveysAnswered) * 100n, BigInt(chatsHandled)),
    surveyedFraction: chatsHandled === 0 ? 0 : surveysAnswered / chatsHandled,
    basis,
    rates,
    rows,
    totals,
  };
}

/**
 * Formats an amount of money for people to read.
 *
 * @param pence - the amount in whole pence; negative for a loss
 * @param locale - a BCP 47 locale for the grouping and symbol placement
 * @returns the amount in pounds, such as '£8,723.44' or '-£12.34'
 * @throws RangeError when `pence` is not a whole number
 */
export function formatPence(pence: number, locale = 'en-GB'): string {
  if (!Number.isSafeInteger(pence)) {
    throw new RangeError(`pence must be a whole number; got ${describeValue(pence)}`);
  }
  // Dividing a safe integer by 100 lands within a hundredth of a penny of the exact amount,
  // which rounding to two places recovers.
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

/**
 * Writes an amount of money as a plain decimal for spreadsheets, built from the integer so that
 * no floating-point rounding can creep in.
 *
 * @param pence - the amount in whole pence
 * @returns the amount in pounds with two decimal places, such as '8723.44' or '-893.92'
 * @throws RangeError when `pence` is not a whole number
 */
export function penceToDecimal(pence: number): string {
  if (!Number.isSafeInteger(pence)) {
    throw new RangeError(`pence must be a whole number; got ${describeValue(pence)}`);
  }
  const sign = pence < 0 ? '-' : '';
  const magnitude = Math.abs(pence);
  return `${sign}${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** A CSV cell: text, which is guarded against formula injection, or a number, which is not. */
export type CsvCell = string | number;

const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
// OWASP's list: a spreadsheet treats a cell starting with any of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(cell: CsvCell): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) {
      throw new RangeError(`CSV numbers must be finite; got ${cell}`);
    }
    return String(cell);
  }
  // A plain number written as text, such as a negative amount, is data rather than a formula,
  // and a quote in front of it would stop the spreadsheet adding it up.
  const guarded = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * Writes records as RFC 4180 CSV: fields holding commas, double quotes or line breaks are
 * quoted, and every record ends with CRLF. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading single quote, unless it is
 * a plain number.
 *
 * @param records - rows of cells
 * @returns the CSV text
 */
export function toCsv(records: readonly (readonly CsvCell[])[]): string {
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

/** Options for {@link reportToCsv}. */
export interface ReportCsvOptions {
  /** Channel names to use in place of {@link CHANNEL_LABELS}, such as Welsh ones. */
  labels?: Partial<Record<Channel, string>>;
}

/**
 * Writes the report's table as CSV: a header, one record per channel and a total, with money
 * as plain pounds-and-pence decimals so that spreadsheets read them as numbers.
 *
 * @param report - a report from {@link computeSavingsReport}
 * @param options - channel names to use
 * @returns RFC 4180 CSV text
 */
export function reportToCsv(report: SavingsReport, options: ReportCsvOptions = {}): string {
  const labels = { ...CHANNEL_LABELS, ...withoutUndefined(options.labels ?? {}) };
  const records: CsvCell[][] = [
    [
      'Channel',
      'Contacts avoided',
      'Cost per contact (£)',
      'Gross saving (£)',
      'Web chat cost (£)',
      'Net saving (£)',
    ],
    ...report.rows.map((row) => [
      labels[row.channel],
      row.contactsAvoided,
      penceToDecimal(row.ratePence),
      penceToDecimal(row.grossPence),
      penceToDecimal(row.webChatCostPence),
      penceToDecimal(row.netPence),
    ]),
    [
      'Total',
      report.totals.contactsAvoided,
      '',
      penceToDecimal(report.totals.grossPence),
      penceToDecimal(report.totals.webChatCostPence),
      penceToDecimal(report.totals.netPence),
    ],
  ];
  return toCsv(records);
}
