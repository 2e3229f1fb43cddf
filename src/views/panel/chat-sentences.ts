import { builtInLabels, type Labels } from '../../localization/panel-labels.js';
import type { ChatState } from '../../session/chat-state.js';

/** What residents read for each problem code; the console gets the details. */
export function problemText(code: string, labels: Labels = builtInLabels): string {
  switch (code) {
    case 'start-failed':
      return labels.text('problemStartFailed');
    case 'resume-failed':
      return labels.text('problemResumeFailed');
    case 'unavailable':
      return labels.text('problemUnavailable');
    case 'storage-unavailable':
      return labels.text('problemStorageUnavailable');
    default:
      return labels.text('problemGeneric');
  }
}

/** Who or what ended the chat, in a sentence. */
export function endedText(state: ChatState, labels: Labels = builtInLabels): string {
  if (state.endedBy === 'resident') return labels.text('endedByResident');
  if (state.endedBy === 'agent') return labels.text('endedByStaff');
  if (state.endReason === 'idle') return labels.text('endedIdle');
  return labels.text('endedBySystem');
}
