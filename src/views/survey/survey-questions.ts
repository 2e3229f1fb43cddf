import { msg } from '@lit/localize';

/** The satisfaction scale's choices, most satisfied first. */
export type SatisfactionChoice =
  'very-satisfied' | 'satisfied' | 'neither' | 'dissatisfied' | 'very-dissatisfied';

/**
 * The answers to "how would you have contacted us?". The savings report counts contacts
 * avoided by these same ids, so they must not change.
 */
export type ChannelChoice =
  'phone' | 'in-person' | 'email' | 'online-form' | 'would-not-have-contacted' | 'other';

/** One answer a resident can pick. The id is what the backend and the usage events get. */
export interface SurveyChoice {
  id: string;
  label: string;
}

/** A question answered by picking one choice: a group of radio buttons. */
export interface SurveyChoiceQuestion {
  type: 'choice';
  /** The answer's key in what the backend receives. Letters, digits and hyphens. */
  id: string;
  /** The question, as the group's legend. */
  legend: string;
  hint?: string;
  choices: readonly SurveyChoice[];
  /** Whether the form refuses to send without an answer. */
  required: boolean;
  /** What the error summary says when a required answer is missing. */
  missingMessage?: string;
}

/** A question answered in the resident's own words. Its answer never leaves in an event. */
export interface SurveyCommentQuestion {
  type: 'comment';
  id: string;
  label: string;
  hint?: string;
  required: boolean;
  missingMessage?: string;
  /** The longest answer accepted, in characters. */
  maxLength?: number;
}

export type SurveyQuestion = SurveyChoiceQuestion | SurveyCommentQuestion;

/**
 * The exit survey a council asks after each chat. Set it on the element's `surveyQuestions`
 * property to ask different or translated questions.
 */
export interface SurveyQuestionSet {
  heading: string;
  /** A sentence under the heading: how long it takes and what the answers are for. */
  intro?: string;
  questions: readonly SurveyQuestion[];
}

/** The standard questions, in the resident's language. */
export function defaultSurveyQuestions(): SurveyQuestionSet {
  return {
    heading: msg('Tell us about this chat'),
    intro: msg('It takes less than a minute. Your answers help us improve our services.'),
    questions: [
      {
        type: 'choice',
        id: 'satisfaction',
        legend: msg('How satisfied are you with this chat?'),
        required: true,
        missingMessage: msg('Select how satisfied you are with this chat'),
        choices: [
          { id: 'very-satisfied', label: msg('Very satisfied') },
          { id: 'satisfied', label: msg('Satisfied') },
          { id: 'neither', label: msg('Neither satisfied nor dissatisfied') },
          { id: 'dissatisfied', label: msg('Dissatisfied') },
          { id: 'very-dissatisfied', label: msg('Very dissatisfied') },
        ] satisfies { id: SatisfactionChoice; label: string }[],
      },
      {
        type: 'choice',
        id: 'channel',
        legend: msg('If web chat had not been available, how would you have contacted us?'),
        required: true,
        missingMessage: msg('Select how you would have contacted us'),
        choices: [
          { id: 'phone', label: msg('By phone') },
          { id: 'in-person', label: msg('In person') },
          { id: 'email', label: msg('By email') },
          { id: 'online-form', label: msg('Using an online form') },
          { id: 'would-not-have-contacted', label: msg('I would not have contacted you') },
          { id: 'other', label: msg('Another way') },
        ] satisfies { id: ChannelChoice; label: string }[],
      },
      {
        type: 'comment',
        id: 'comment',
        label: msg('Is there anything else you would like to tell us? (optional)'),
        hint: msg('Please do not include personal details such as your address or bank details.'),
        required: false,
        maxLength: 1200,
      },
    ],
  };
}
