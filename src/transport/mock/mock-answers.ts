import type { Agent } from '../transport.js';
import { mockStaff } from './mock-staff.js';

/** One templated answer: staff in real councils keep a library of these for common queries. */
export interface MockAnswer {
  /** Words in the resident's message that choose this answer. */
  keywords: readonly string[];
  /** The answer, given the address of the demo site (ending in a slash). */
  reply: (site: string) => string;
  /** A colleague in another team who takes the chat over before answering. */
  transferTo?: Agent;
  /** Staff end the chat after this answer. */
  endsChat?: boolean;
}

/** Checked in order: the first answer with a matching keyword wins. */
export const mockAnswers: readonly MockAnswer[] = [
  {
    keywords: ['bye', 'that is all', "that's all", 'no thanks', 'nothing else'],
    reply: () =>
      "You're welcome. I'll close our chat now. You can print or download a copy of it, " +
      'and there is a short question afterwards about how you would have contacted us.',
    endsChat: true,
  },
  {
    keywords: ['arrears', 'reminder', 'summons', 'discount', 'single person'],
    transferTo: mockStaff.sam,
    reply: () =>
      "Hi, it's Sam from Revenues. I have your chat history here. We can set up a payment " +
      'plan or check a discount. Could you tell me the first line of your address?',
  },
  {
    keywords: ['council tax', 'pay', 'bill', 'direct debit'],
    reply: (site) =>
      'You can pay your council tax online, by Direct Debit or by phone. Everything is on ' +
      `this page: ${site}pay-council-tax.html. You will need the 9-digit account number ` +
      'from the top of your bill.',
  },
  {
    keywords: ['bin', 'recycling', 'rubbish', 'collection', 'waste'],
    reply: (site) =>
      'Bins are collected on the same day each week: general waste and recycling on ' +
      'alternate weeks. Enter your postcode on our collections page to see your day: ' +
      `${site}bin-collections.html`,
  },
  {
    keywords: ['tide', 'tides', 'harbour', 'beach'],
    reply: () =>
      "Today's high tides at Harbourside are 06:42 and 19:05, low tides 00:31 and 12:58. " +
      'Please check the signs on the promenade before walking on the sands.',
  },
  {
    keywords: ['benefit', 'change of circumstances', 'moved', 'housing benefit', 'income'],
    transferTo: mockStaff.grace,
    reply: (site) =>
      'Hello, Grace from the Benefits team here. I can see what you told my colleague. ' +
      'You can report the change online and upload evidence here: ' +
      `${site}report-a-change.html. Please do it within a month of the change.`,
  },
  {
    keywords: ['job', 'jobs', 'vacancy', 'vacancies', 'work for'],
    reply: (site) =>
      `Our current vacancies are listed at ${site}jobs.html. You can apply online, and ` +
      'you can save an application and come back to it later.',
  },
];

/** Said when no template fits, as a real member of staff would before looking it up. */
export const fallbackReply =
  "Thanks, I'm looking into that for you now. Could you tell me a little more, such as " +
  'your postcode or account number if you have one?';

/** The greeting a member of staff sends on joining. */
export const greeting = (agent: Agent): string =>
  `Hello, I'm ${agent.name} from ${agent.team ?? 'the council'}. Thank you for waiting. ` +
  'How can I help you today?';

/**
 * Finds the answer for a resident's message, if one fits. Keywords match at the start of a
 * word, so "bin" finds "bins" and "benefit" finds "benefits".
 */
export function findAnswer(text: string): MockAnswer | undefined {
  const words = text.toLowerCase();
  return mockAnswers.find((answer) =>
    answer.keywords.some((keyword) => new RegExp(`\\b${keyword}`).test(words)),
  );
}
