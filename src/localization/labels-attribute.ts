import type { ComplexAttributeConverter } from 'lit';

import type { CouncilChatLabels } from './labels.js';

/**
 * Reads the `labels` attribute: a JSON object of strings, for web editors who can only write
 * HTML. A mistake is reported and ignored, so the widget keeps its own wording.
 */
export const labelsAttribute: ComplexAttributeConverter<CouncilChatLabels> = {
  fromAttribute(value: string | null): CouncilChatLabels {
    if (value === null || value.trim() === '') return {};

    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      return refuse(`it is not valid JSON (${String(error)})`);
    }

    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return refuse('it must be a JSON object such as {"send": "Send message"}');
    }
    const notText = Object.entries(parsed).find(([, text]) => typeof text !== 'string');
    if (notText) return refuse(`the value of "${notText[0]}" must be a string`);

    return parsed as CouncilChatLabels;
  },
};

function refuse(problem: string): CouncilChatLabels {
  console.error(
    `<council-chat>: the labels attribute was ignored because ${problem}. ` +
      'Fix the attribute in the page; the widget uses its own wording meanwhile.',
  );
  return {};
}
