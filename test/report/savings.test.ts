import { expect, fixture, html } from '@open-wc/testing';

import {
  CHANNELS,
  DEFAULT_RATES,
  SavingsInputError,
  computeSavingsReport,
  formatPence,
  penceToDecimal,
  renderSavingsTable,
  reportToCsv,
  resolveRates,
  toCsv,
  validateSavingsInput,
} from '../../src/report/index.js';
import type {
  Channel,
  ChannelSavings,
  ContactsAvoidedInput,
  SavingsInput,
  SavingsReport,
} from '../../src/report/index.js';

// One council's published figures for ten months of web chat.
const PUBLISHED: ContactsAvoidedInput = {
  chatsOffered: 4750,
  chatsHandled: 4153,
  surveysAnswered: 725,
  contactsAvoided: { 'in-person': 1012, phone: 2416, email: 445, 'online-form': 23 },
};

function rowFor(report: SavingsReport, channel: Channel): ChannelSavings {
  const row = report.rows.find((line) => line.channel === channel);
  if (!row) {
    throw new Error(`no row for ${channel}`);
  }
  return row;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error to be thrown');
}

async function tableContainer(): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

describe('savings report', () => {
  describe('renderSavingsTable', () => {
    it('renders an accessible table', async () => {
      const container = await tableContainer();
      const report = computeSavingsReport(PUBLISHED);

      renderSavingsTable(container, report);

      await expect(container).to.be.accessible();
    });

    it('gives the table a caption, column headers and a row header for each channel', async () => {
      const container = await tableContainer();
      const report = computeSavingsReport(PUBLISHED);

      const table = renderSavingsTable(container, report);

      expect(table.caption?.textContent).to.equal(
        'Contacts avoided by web chat, and savings by channel',
      );
      const columnHeaders = [...table.querySelectorAll('thead th')];
      expect(columnHeaders.map((header) => header.textContent)).to.deep.equal([
        'Channel',
        'Contacts avoided',
        'Cost per contact',
        'Gross saving',
        'Web chat cost',
        'Net saving',
      ]);
      expect(columnHeaders.every((header) => header.getAttribute('scope') === 'col')).to.be.true;
      const rowHeaders = [...table.querySelectorAll('tbody th')];
      expect(rowHeaders).to.have.length(CHANNELS.length);
      expect(rowHeaders.every((header) => header.getAttribute('scope') === 'row')).to.be.true;
      expect(table.querySelector('tfoot th[scope="row"]')?.textContent).to.equal('Total');
    });

    it('shows the published figures formatted as money, right-aligned', async () => {
      const container = await tableContainer();
      const report = computeSavingsReport(PUBLISHED);

      const table = renderSavingsTable(container, report);

      const inPerson = [...table.tBodies[0].rows[0].cells].map((cell) => cell.textContent);
      expect(inPerson).to.deep.equal([
        'Face to face',
        '1,012',
        '£8.62',
        '£8,723.44',
        '£2,489.52',
        '£6,233.92',
      ]);
      const total = table.tFoot?.rows[0].cells[5];
      expect(total?.textContent).to.equal('£7,127.84');
      expect(getComputedStyle(total as Element).textAlign).to.equal('right');
    });

    it('replaces what the container held and shows channel names as text', async () => {
      const container = await tableContainer();
      container.append(document.createElement('p'));
      const report = computeSavingsReport(PUBLISHED);

      renderSavingsTable(container, report, 'en-GB', {
        caption: 'Savings, April to January',
        labels: { other: '<img src=x>' },
      });

      expect(container.children).to.have.length(1);
      expect(container.querySelector('caption')?.textContent).to.equal('Savings, April to January');
      expect(container.querySelector('img')).to.be.null;
      const other = [...container.querySelectorAll('tbody th')].at(-1);
      expect(other?.textContent).to.equal('<img src=x>');
    });
  });

  describe('computeSavingsReport with the published figures', () => {
    it('reproduces the face-to-face savings to the penny', () => {
      const report = computeSavingsReport(PUBLISHED);

      const inPerson = rowFor(report, 'in-person');

      expect(inPerson.contactsAvoided).to.equal(1012);
      expect(inPerson.ratePence).to.equal(862);
      expect(inPerson.grossPence).to.equal(872_344);
      expect(inPerson.webChatCostPence).to.equal(248_952);
      expect(inPerson.netPence).to.equal(623_392);
      expect(formatPence(inPerson.grossPence)).to.equal('£8,723.44');
      expect(formatPence(inPerson.webChatCostPence)).to.equal('£2,489.52');
      expect(formatPence(inPerson.netPence)).to.equal('£6,233.92');
    });

    it('reproduces the phone savings to the penny', () => {
      const report = computeSavingsReport(PUBLISHED);

      const phone = rowFor(report, 'phone');

      expect(phone.contactsAvoided).to.equal(2416);
      expect(phone.ratePence).to.equal(283);
      expect(formatPence(phone.grossPence)).to.equal('£6,837.28');
      expect(formatPence(phone.webChatCostPence)).to.equal('£5,943.36');
      expect(formatPence(phone.netPence)).to.equal('£893.92');
    });

    it('counts email and online forms as no saving and charges no web chat cost to them', () => {
      const report = computeSavingsReport(PUBLISHED);

      const email = rowFor(report, 'email');
      const onlineForm = rowFor(report, 'online-form');

      expect(email).to.deep.include({
        contactsAvoided: 445,
        countsAsSaving: false,
        grossPence: 0,
        webChatCostPence: 0,
        netPence: 0,
      });
      expect(onlineForm).to.deep.include({
        contactsAvoided: 23,
        countsAsSaving: false,
        grossPence: 0,
        webChatCostPence: 0,
        netPence: 0,
      });
    });

    it('totals a net saving of £7,127.84', () => {
      const report = computeSavingsReport(PUBLISHED);

      const { totals } = report;

      expect(totals).to.deep.equal({
        contactsAvoided: 3896,
        grossPence: 1_556_072,
        webChatCostPence: 843_288,
        netPence: 712_784,
      });
      expect(formatPence(totals.netPence)).to.equal('£7,127.84');
    });

    it('gives 87% handled and 17% surveyed, with the exact fractions', () => {
      const report = computeSavingsReport(PUBLISHED);

      const { handledPercent, handledFraction, surveyedPercent, surveyedFraction } = report;

      expect(handledPercent).to.equal(87);
      expect(handledFraction).to.equal(4153 / 4750);
      expect(surveyedPercent).to.equal(17);
      expect(surveyedFraction).to.equal(725 / 4153);
    });

    it('prices web chat at the phone cost less 13%, rounded to 246p first', () => {
      const report = computeSavingsReport(PUBLISHED);

      const { rates } = report;

      expect(rates.webChatPence).to.equal(246);
      expect(rates).to.deep.include({ inPersonPence: 862, phonePence: 283, webChatDiscount: 0.13 });
      expect(report.basis).to.equal('contacts-avoided');
    });

    it('lists one row per channel in the survey order', () => {
      const report = computeSavingsReport(PUBLISHED);

      const channels = report.rows.map((row) => row.channel);

      expect(channels).to.deep.equal([...CHANNELS]);
      expect(rowFor(report, 'would-not-have-contacted').contactsAvoided).to.equal(0);
    });
  });

  describe('computeSavingsReport from raw survey answers', () => {
    it('scales each channel up to every handled chat, rounding to the nearest contact', () => {
      const input: SavingsInput = {
        chatsOffered: 4750,
        chatsHandled: 4153,
        surveysAnswered: 725,
        surveyAnswers: { 'in-person': 177, phone: 422, email: 78, 'online-form': 4, other: 44 },
      };

      const report = computeSavingsReport(input);

      // 4153 × 177 ÷ 725 = 1013.90…, 4153 × 422 ÷ 725 = 2417.33…, 4153 × 78 ÷ 725 = 446.80…,
      // 4153 × 4 ÷ 725 = 22.91…, 4153 × 44 ÷ 725 = 252.04…
      expect(report.rows.map((row) => row.contactsAvoided)).to.deep.equal([
        1014, 2417, 447, 23, 0, 252,
      ]);
      expect(report.basis).to.equal('survey-answers');
      expect(rowFor(report, 'in-person').grossPence).to.equal(1014 * 862);
      expect(rowFor(report, 'phone').netPence).to.equal(2417 * (283 - 246));
    });

    it('rounds half a contact up', () => {
      const input: SavingsInput = {
        chatsOffered: 10,
        chatsHandled: 10,
        surveysAnswered: 4,
        surveyAnswers: { phone: 1, email: 3 },
      };

      const report = computeSavingsReport(input);

      expect(rowFor(report, 'phone').contactsAvoided).to.equal(3);
      expect(rowFor(report, 'email').contactsAvoided).to.equal(8);
    });

    it('avoids nothing when no survey was answered', () => {
      const input: SavingsInput = {
        chatsOffered: 10,
        chatsHandled: 0,
        surveysAnswered: 0,
        surveyAnswers: {},
      };

      const report = computeSavingsReport(input);

      expect(report.totals.contactsAvoided).to.equal(0);
      expect(report.handledPercent).to.equal(0);
      expect(report.surveyedPercent).to.equal(0);
      expect(report.surveyedFraction).to.equal(0);
    });
  });

  describe('custom rates', () => {
    it('uses given rates and keeps the defaults for the rest', () => {
      const input: SavingsInput = { ...PUBLISHED, rates: { inPersonPence: 1000, phonePence: 300 } };

      const report = computeSavingsReport(input);

      expect(report.rates).to.deep.equal({
        inPersonPence: 1000,
        phonePence: 300,
        emailPence: 0,
        onlineFormPence: 0,
        webChatDiscount: 0.13,
        webChatPence: 261,
      });
      expect(rowFor(report, 'in-person').netPence).to.equal(1012 * (1000 - 261));
      expect(rowFor(report, 'phone').netPence).to.equal(2416 * (300 - 261));
    });

    it('prefers a given web chat cost to the discount', () => {
      const rates = { webChatPence: 200, webChatDiscount: 0.5 };

      const resolved = resolveRates(rates);

      expect(resolved.webChatPence).to.equal(200);
    });

    it('applies a different discount to the phone cost', () => {
      const rates = { webChatDiscount: 0.2 };

      const resolved = resolveRates(rates);

      // 283 × 0.8 = 226.4
      expect(resolved.webChatPence).to.equal(226);
    });

    it('rounds half a penny up, where floating point would round it down', () => {
      const rates = { phonePence: 250, webChatDiscount: 0.07 };

      const resolved = resolveRates(rates);

      // 250 × 0.93 is 232.5, which floating point works out as 232.49999999999997.
      expect(250 * (1 - 0.07)).to.be.below(232.5);
      expect(resolved.webChatPence).to.equal(233);
    });

    it('treats rates left undefined, as an empty form box leaves them, as the defaults', () => {
      const rates = { phonePence: undefined, webChatPence: undefined };

      const resolved = resolveRates(rates);

      expect(resolved.phonePence).to.equal(283);
      expect(resolved.webChatPence).to.equal(246);
    });

    it('charges web chat against email once email has a cost, even at a loss', () => {
      const input: SavingsInput = { ...PUBLISHED, rates: { emailPence: 150 } };

      const report = computeSavingsReport(input);

      expect(rowFor(report, 'email')).to.deep.include({
        countsAsSaving: true,
        grossPence: 445 * 150,
        webChatCostPence: 445 * 246,
        netPence: 445 * (150 - 246),
      });
      expect(report.totals.netPence).to.equal(712_784 + 445 * (150 - 246));
    });

    it('leaves the default rates unchanged', () => {
      const input: SavingsInput = { ...PUBLISHED, rates: { phonePence: 999 } };

      computeSavingsReport(input);

      expect(DEFAULT_RATES.phonePence).to.equal(283);
      expect(Object.isFrozen(DEFAULT_RATES)).to.be.true;
    });
  });

  describe('validation', () => {
    const invalidCounts: [string, unknown][] = [
      ['-1', -1],
      ['1.5', 1.5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
    ];
    const countFields = ['chatsOffered', 'chatsHandled', 'surveysAnswered'] as const;

    for (const field of countFields) {
      for (const [shown, value] of invalidCounts) {
        it(`rejects ${field} of ${shown}`, () => {
          const input = { ...PUBLISHED, [field]: value } as SavingsInput;

          const error = thrown(() => computeSavingsReport(input));

          expect(error).to.be.instanceOf(RangeError);
          expect(error).to.be.instanceOf(SavingsInputError);
          expect((error as SavingsInputError).field).to.equal(field);
          expect((error as Error).message).to.equal(
            `${field} must be a whole number of 0 or more; got ${shown}`,
          );
        });
      }
    }

    it('rejects a count given as text', () => {
      const input = { ...PUBLISHED, chatsOffered: '4750' } as unknown as SavingsInput;

      const error = thrown(() => computeSavingsReport(input));

      expect((error as Error).message).to.equal(
        'chatsOffered must be a whole number of 0 or more; got "4750"',
      );
    });

    it('rejects more chats handled than offered', () => {
      const input: SavingsInput = { ...PUBLISHED, chatsHandled: 4751 };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'chatsHandled must be no more than chatsOffered (4750); got 4751',
      );
    });

    it('rejects more surveys answered than chats handled', () => {
      const input: SavingsInput = { ...PUBLISHED, surveysAnswered: 4154 };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'surveysAnswered must be no more than chatsHandled (4153); got 4154',
      );
    });

    it('rejects a bad count for a channel', () => {
      const input: SavingsInput = { ...PUBLISHED, contactsAvoided: { phone: -3 } };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as SavingsInputError).field).to.equal('contactsAvoided.phone');
      expect((error as Error).message).to.equal(
        'contactsAvoided.phone must be a whole number of 0 or more; got -3',
      );
    });

    it('rejects a channel the survey does not offer', () => {
      const contactsAvoided = { 'face-to-face': 3 } as unknown as Partial<Record<Channel, number>>;
      const input: SavingsInput = { ...PUBLISHED, contactsAvoided };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'contactsAvoided must be keyed only by the channels in-person, phone, email, ' +
          'online-form, would-not-have-contacted, other; got "face-to-face"',
      );
    });

    it('rejects more survey answers than surveys answered', () => {
      const input: SavingsInput = {
        chatsOffered: 100,
        chatsHandled: 90,
        surveysAnswered: 10,
        surveyAnswers: { phone: 6, email: 5 },
      };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'surveyAnswers must be in total no more than surveysAnswered (10); got 11',
      );
    });

    it('rejects more contacts avoided than chats handled', () => {
      const input: SavingsInput = { ...PUBLISHED, contactsAvoided: { phone: 4000, email: 154 } };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'contactsAvoided must be in total no more than chatsHandled (4153); got 4154',
      );
    });

    it('rejects survey answers and contacts avoided given together', () => {
      const input = { ...PUBLISHED, surveyAnswers: { phone: 1 } } as unknown as SavingsInput;

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as SavingsInputError).field).to.equal('contactsAvoided');
      expect((error as Error).message).to.match(/^contactsAvoided must be left out when/);
    });

    it('rejects input with neither survey answers nor contacts avoided', () => {
      const input = { chatsOffered: 1, chatsHandled: 1, surveysAnswered: 1 } as SavingsInput;

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as SavingsInputError).field).to.equal('surveyAnswers');
    });

    it('rejects a rate that is not a whole number of pence', () => {
      const input: SavingsInput = { ...PUBLISHED, rates: { phonePence: 2.83 } };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'rates.phonePence must be a whole number of pence, 0 or more; got 2.83',
      );
    });

    it('rejects a negative rate', () => {
      const input: SavingsInput = { ...PUBLISHED, rates: { inPersonPence: -862 } };

      const error = thrown(() => computeSavingsReport(input));

      expect((error as Error).message).to.equal(
        'rates.inPersonPence must be a whole number of pence, 0 or more; got -862',
      );
    });

    it('rejects a discount given as a percentage rather than a fraction', () => {
      const input: SavingsInput = { ...PUBLISHED, rates: { webChatDiscount: 13 } };

      const error = thrown(() => computeSavingsReport(input));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal(
        'rates.webChatDiscount must be a fraction from 0 to 1; got 13',
      );
    });

    it('lists every problem at once for a form to show', () => {
      const input: SavingsInput = {
        chatsOffered: -1,
        chatsHandled: 10,
        surveysAnswered: 11,
        contactsAvoided: { phone: 1.5 },
        rates: { emailPence: Number.NaN },
      };

      const errors = validateSavingsInput(input);

      expect(errors.map((error) => error.field)).to.deep.equal([
        'chatsOffered',
        'surveysAnswered',
        'contactsAvoided.phone',
        'rates.emailPence',
      ]);
    });

    it('finds nothing wrong with the published figures', () => {
      const input = PUBLISHED;

      const errors = validateSavingsInput(input);

      expect(errors).to.deep.equal([]);
    });
  });

  describe('formatPence', () => {
    it('formats pence as pounds for British readers', () => {
      const amounts = [0, 5, 100, 89_392, 712_784, 123_456_789, -1234];

      const formatted = amounts.map((pence) => formatPence(pence));

      expect(formatted).to.deep.equal([
        '£0.00',
        '£0.05',
        '£1.00',
        '£893.92',
        '£7,127.84',
        '£1,234,567.89',
        '-£12.34',
      ]);
    });

    it('formats for another locale', () => {
      const pence = 872_344;

      const formatted = formatPence(pence, 'de-DE');

      expect(formatted.replace(/\s/g, ' ')).to.equal('8.723,44 £');
    });

    it('refuses a fraction of a penny', () => {
      const pence = 872.5;

      const error = thrown(() => formatPence(pence));

      expect(error).to.be.instanceOf(RangeError);
      expect((error as Error).message).to.equal('pence must be a whole number; got 872.5');
    });
  });

  describe('CSV', () => {
    it('writes the published figures with money as plain decimals', () => {
      const report = computeSavingsReport(PUBLISHED);

      const csv = reportToCsv(report);

      expect(csv.split('\r\n')).to.deep.equal([
        'Channel,Contacts avoided,Cost per contact (£),Gross saving (£),Web chat cost (£),' +
          'Net saving (£)',
        'Face to face,1012,8.62,8723.44,2489.52,6233.92',
        'Phone,2416,2.83,6837.28,5943.36,893.92',
        'Email,445,0.00,0.00,0.00,0.00',
        'Online form,23,0.00,0.00,0.00,0.00',
        'Would not have contacted us,0,0.00,0.00,0.00,0.00',
        'Other,0,0.00,0.00,0.00,0.00',
        'Total,3896,,15560.72,8432.88,7127.84',
        '',
      ]);
    });

    it('quotes fields holding commas, double quotes or line breaks', () => {
      const records = [['Phone, landline', 'The "contact centre"', 'Line one\nline two', 'a\rb']];

      const csv = toCsv(records);

      expect(csv).to.equal(
        '"Phone, landline","The ""contact centre""","Line one\nline two","a\rb"\r\n',
      );
    });

    it('guards text that a spreadsheet would run as a formula', () => {
      const records = [
        ['=HYPERLINK("http://example.test","Click")', '+44 20 7946 0000', '-2+3', '@SUM(A1)'],
        ['\tTAB', 'safe = text', ''],
      ];

      const csv = toCsv(records);

      expect(csv).to.equal(
        '"\'=HYPERLINK(""http://example.test"",""Click"")",\'+44 20 7946 0000,\'-2+3,\'@SUM(A1)' +
          '\r\n' +
          "'\tTAB,safe = text,\r\n",
      );
    });

    it('leaves numbers alone, including negative amounts written as text', () => {
      const records = [[-5, 12.5, '-893.92', '+1']];

      const csv = toCsv(records);

      expect(csv).to.equal('-5,12.5,-893.92,+1\r\n');
    });

    it('guards channel names given by the caller', () => {
      const report = computeSavingsReport(PUBLISHED);

      const csv = reportToCsv(report, { labels: { phone: '=1+1', email: 'E-mail, web' } });

      expect(csv).to.include("\r\n'=1+1,2416,");
      expect(csv).to.include('\r\n"E-mail, web",445,');
    });

    it('writes a loss as a negative decimal a spreadsheet can add up', () => {
      const report = computeSavingsReport({ ...PUBLISHED, rates: { emailPence: 150 } });

      const csv = reportToCsv(report);

      expect(csv).to.include('\r\nEmail,445,1.50,667.50,1094.70,-427.20\r\n');
    });

    it('writes pence as decimals exactly', () => {
      const amounts = [0, 7, 99, 100, -1, -89_392, 900_719_925_474_099];

      const decimals = amounts.map(penceToDecimal);

      expect(decimals).to.deep.equal([
        '0.00',
        '0.07',
        '0.99',
        '1.00',
        '-0.01',
        '-893.92',
        '9007199254740.99',
      ]);
    });
  });
});
