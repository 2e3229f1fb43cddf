/**
 * The demo council's web chat service report page: shows the savings table for the published
 * figures, recomputes it from the form, and exports it as CSV.
 */
import {
  CHANNELS,
  computeSavingsReport,
  formatPence,
  renderSavingsTable,
  reportToCsv,
  validateSavingsInput,
} from '../src/report/index.js';
import type {
  Channel,
  ChannelCounts,
  CostRates,
  SavingsInput,
  SavingsInputError,
  SavingsReport,
} from '../src/report/index.js';

const LOCALE = 'en-GB';
const CSV_FILE_NAME = 'web-chat-service-report.csv';

const PUBLISHED_FIGURES: SavingsInput = {
  chatsOffered: 4750,
  chatsHandled: 4153,
  surveysAnswered: 725,
  contactsAvoided: { 'in-person': 1012, phone: 2416, email: 445, 'online-form': 23 },
};

/** A problem with what was typed, tied to the box it is about. */
interface FieldError {
  inputId: string;
  message: string;
}

type Parsed<T> = { value: T } | { error: string };

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) {
    throw new Error(`The service report page has no #${id}`);
  }
  return found as T;
}

// Managers paste figures from spreadsheets, so thousands separators and stray spaces are fine.
function tidy(raw: string): string {
  return raw.replace(/[\s,]/g, '');
}

function parseCount(raw: string, name: string, example: string): Parsed<number> {
  const text = tidy(raw);
  if (text === '') {
    return { error: `Enter the number of ${name}` };
  }
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    return { error: `The number of ${name} must be a whole number, like ${example}` };
  }
  return { value: Number(text) };
}

// Pounds are turned into pence from the digits, never through a floating-point multiply.
function parsePounds(raw: string, name: string, example: string): Parsed<number> {
  const text = tidy(raw).replace(/^£/, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    return { error: `The cost of ${name} must be in pounds and pence, like ${example}` };
  }
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(pence)) {
    return { error: `The cost of ${name} is too large` };
  }
  return { value: pence };
}

function parsePercent(raw: string): Parsed<number> {
  const text = tidy(raw).replace(/%$/, '');
  const message = 'Web chat discount must be a percentage from 0 to 100, like 13';
  if (!/^\d+(?:\.\d+)?$/.test(text) || Number(text) > 100) {
    return { error: message };
  }
  return { value: Number(text) / 100 };
}

function inputValue(id: string): string {
  return element<HTMLInputElement>(id).value;
}

const COUNT_FIELDS = [
  { id: 'chats-offered', key: 'chatsOffered', name: 'chats offered', example: '4750' },
  { id: 'chats-handled', key: 'chatsHandled', name: 'chats handled', example: '4153' },
  { id: 'surveys-answered', key: 'surveysAnswered', name: 'surveys answered', example: '725' },
] as const;

const CHANNEL_NAMES: Record<Channel, string> = {
  'in-person': 'face-to-face contacts',
  phone: 'phone contacts',
  email: 'emails',
  'online-form': 'online forms',
  'would-not-have-contacted': 'customers who would not have contacted you',
  other: 'other contacts',
};

const RATE_FIELDS = [
  { id: 'rate-in-person', key: 'inPersonPence', name: 'a face-to-face contact', example: '8.62' },
  { id: 'rate-phone', key: 'phonePence', name: 'a phone contact', example: '2.83' },
  { id: 'rate-email', key: 'emailPence', name: 'an email', example: '0.00' },
  { id: 'rate-online-form', key: 'onlineFormPence', name: 'an online form', example: '0.00' },
] as const;

function countInputId(channel: Channel): string {
  return `count-${channel}`;
}

/**
 * Reads the form into savings input, or the problems that stop it being read. Checks that need
 * more than one box, such as more chats handled than offered, are left to the model.
 */
function readForm(): { input: SavingsInput } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const note = <T>(inputId: string, parsed: Parsed<T>): T | undefined => {
    if ('error' in parsed) {
      errors.push({ inputId, message: parsed.error });
      return undefined;
    }
    return parsed.value;
  };

  const counts: Partial<Record<(typeof COUNT_FIELDS)[number]['key'], number>> = {};
  for (const field of COUNT_FIELDS) {
    counts[field.key] = note(field.id, parseCount(inputValue(field.id), field.name, field.example));
  }

  const channelCounts: ChannelCounts = {};
  for (const channel of CHANNELS) {
    const id = countInputId(channel);
    if (tidy(inputValue(id)) !== '') {
      channelCounts[channel] = note(id, parseCount(inputValue(id), CHANNEL_NAMES[channel], '120'));
    }
  }

  const rates: Partial<CostRates> = {};
  for (const field of RATE_FIELDS) {
    const raw = inputValue(field.id);
    rates[field.key] =
      tidy(raw) === ''
        ? note(field.id, { error: `Enter the cost of ${field.name}` })
        : note(field.id, parsePounds(raw, field.name, field.example));
  }
  const webChat = inputValue('rate-web-chat');
  if (tidy(webChat) !== '') {
    rates.webChatPence = note('rate-web-chat', parsePounds(webChat, 'a web chat', '2.46'));
  }
  rates.webChatDiscount = note('web-chat-discount', parsePercent(inputValue('web-chat-discount')));

  if (errors.length > 0) {
    return { errors };
  }

  const base = {
    chatsOffered: counts.chatsOffered ?? 0,
    chatsHandled: counts.chatsHandled ?? 0,
    surveysAnswered: counts.surveysAnswered ?? 0,
    rates,
  };
  const basis = element<HTMLFormElement>('report-form').elements.namedItem('basis');
  const fromSurvey = basis instanceof RadioNodeList && basis.value === 'survey-answers';
  return {
    input: fromSurvey
      ? { ...base, surveyAnswers: channelCounts }
      : { ...base, contactsAvoided: channelCounts },
  };
}

const count = new Intl.NumberFormat(LOCALE);

// The model words its errors for developers; managers get the same check in their own terms.
function fieldErrorFor(error: SavingsInputError, input: SavingsInput): FieldError {
  const firstChannel = countInputId(CHANNELS[0]);
  switch (error.field) {
    case 'chatsHandled':
      return {
        inputId: 'chats-handled',
        message:
          'Chats handled must be no more than chats offered ' +
          `(${count.format(input.chatsOffered)})`,
      };
    case 'surveysAnswered':
      return {
        inputId: 'surveys-answered',
        message:
          'Surveys answered must be no more than chats handled ' +
          `(${count.format(input.chatsHandled)})`,
      };
    case 'surveyAnswers':
      return {
        inputId: firstChannel,
        message:
          `Survey answers add up to ${count.format(Number(error.value))}, which is more than ` +
          `the surveys answered (${count.format(input.surveysAnswered)})`,
      };
    case 'contactsAvoided':
      return {
        inputId: firstChannel,
        message:
          `Contacts avoided add up to ${count.format(Number(error.value))}, which is more than ` +
          `the chats handled (${count.format(input.chatsHandled)})`,
      };
    default:
      return { inputId: firstChannel, message: error.message };
  }
}

const pageTitle = document.title;

function clearErrors(): void {
  for (const message of document.querySelectorAll('.report-error-message')) {
    message.remove();
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('[aria-invalid="true"]')) {
    input.removeAttribute('aria-invalid');
    const describedBy = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id !== '' && id !== `${input.id}-error`);
    if (describedBy.length > 0) {
      input.setAttribute('aria-describedby', describedBy.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  }
  element('error-summary').hidden = true;
  element('error-summary-list').replaceChildren();
  document.title = pageTitle;
}

function showErrors(errors: readonly FieldError[]): void {
  clearErrors();
  const list = element('error-summary-list');
  const shown = new Set<string>();

  for (const { inputId, message } of errors) {
    const link = document.createElement('a');
    link.href = `#${inputId}`;
    link.textContent = message;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const input = element<HTMLInputElement>(inputId);
      // The label sits above the box, so bring the whole field into view, then focus the box.
      input.closest('.report-field')?.scrollIntoView();
      input.focus({ preventScroll: true });
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);

    // One message beside each box is enough, however many problems it has.
    if (shown.has(inputId)) {
      continue;
    }
    shown.add(inputId);
    const input = element<HTMLInputElement>(inputId);
    const inline = document.createElement('p');
    inline.id = `${inputId}-error`;
    inline.className = 'report-error-message';
    const prefix = document.createElement('span');
    prefix.className = 'report-visually-hidden';
    prefix.textContent = 'Error: ';
    inline.append(prefix, message);
    input.before(inline);
    input.setAttribute('aria-invalid', 'true');
    const describedBy = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', describedBy ? `${describedBy} ${inline.id}` : inline.id);
  }

  const summary = element('error-summary');
  summary.hidden = false;
  summary.focus();
  document.title = `Error: ${pageTitle}`;
}

let currentReport: SavingsReport;

// The site's summary list puts each term and its detail in a div, which a dl allows.
function summaryItem(term: string, detail: string): HTMLDivElement {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = detail;
  const item = document.createElement('div');
  item.append(dt, dd);
  return item;
}

function showReport(report: SavingsReport): void {
  currentReport = report;
  const share = (part: number, percent: number, of: string): string =>
    `${count.format(part)} (${count.format(percent)}% of ${of})`;
  element('results-summary').replaceChildren(
    summaryItem('Chats offered', count.format(report.chatsOffered)),
    summaryItem(
      'Chats handled',
      share(report.chatsHandled, report.handledPercent, 'chats offered'),
    ),
    summaryItem(
      'Post-chat surveys answered',
      share(report.surveysAnswered, report.surveyedPercent, 'chats handled'),
    ),
    summaryItem('Cost of one web chat', formatPence(report.rates.webChatPence, LOCALE)),
    summaryItem('Net saving', formatPence(report.totals.netPence, LOCALE)),
  );
  renderSavingsTable(element('results-table'), report, LOCALE).classList.add('table');
}

function exportCsv(): void {
  // The byte order mark tells Excel the file is UTF-8, or the £ in the headings comes out
  // garbled.
  const blob = new Blob(['\uFEFF', reportToCsv(currentReport)], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = CSV_FILE_NAME;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking straight after the click can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function onSubmit(event: SubmitEvent): void {
  event.preventDefault();
  const read = readForm();
  if ('errors' in read) {
    showErrors(read.errors);
    return;
  }
  const problems = validateSavingsInput(read.input);
  if (problems.length > 0) {
    showErrors(problems.map((problem) => fieldErrorFor(problem, read.input)));
    return;
  }
  clearErrors();
  showReport(computeSavingsReport(read.input));
  element('results-source').textContent = 'Showing the figures you entered.';
  element('results-heading').focus();
}

showReport(computeSavingsReport(PUBLISHED_FIGURES));
element<HTMLFormElement>('report-form').addEventListener('submit', onSubmit);
element<HTMLButtonElement>('export-csv').addEventListener('click', exportCsv);
