import { msg, str } from '@lit/localize';

import { registerLabels } from './labels.js';

/**
 * The text of the open panel, the transcript and the announcements. It loads with the panel,
 * so that pages where nobody chats do not download it, and adds itself to the defaults that
 * {@link Labels} reads.
 */
export const panelLabels = {
  // The panel's header, welcome and ending.
  endChat: () => msg('End chat'),
  closePanel: () => msg('Close chat window'),
  introWelcome: (p: { council: string }) => msg(str`Welcome to ${p.council} web chat.`),
  introHowTo: () => msg('Write your question below and a member of staff will answer it here.'),
  introCardWarning: () => msg('Please do not share bank card details in the chat.'),
  endedByResident: () => msg('You ended the chat.'),
  endedByStaff: () => msg('Staff ended the chat.'),
  endedBySystem: () => msg('The chat was closed.'),
  endedIdle: () => msg('The chat was closed because nobody had written for a while.'),
  newChat: () => msg('Start a new chat'),

  // Problems residents are told about.
  problemStartFailed: () => msg('Sorry, we could not start a chat. Please try again in a moment.'),
  problemResumeFailed: () =>
    msg('Sorry, we could not reconnect to your chat. Please try again in a moment.'),
  problemUnavailable: () =>
    msg('Web chat is closed at the moment. Please try again during opening hours.'),
  // One sentence each: the localize tools read only a single string literal per message.
  problemStorageUnavailable: () =>
    [
      msg('Your browser is not saving this chat, so it may not follow you to another page.'),
      msg('Please stay on this page until the chat has finished.'),
    ].join(' '),
  problemGeneric: () =>
    msg('Sorry, something went wrong with the chat. Please try again in a moment.'),

  // The status line under the panel's title.
  statusReconnecting: () =>
    msg('Reconnecting… Your messages will be sent when the connection is back.'),
  statusOffline: () => msg('You are offline. Your messages will be sent when you are back online.'),
  statusIdle: () => msg('Ask a question and a member of staff will reply.'),
  statusStarting: () => msg('Connecting you to a member of staff…'),
  statusWaiting: () => msg('Waiting for a member of staff…'),
  statusEnded: () => msg('This chat has ended.'),
  queueNext: () => msg('You are next in the queue.'),
  queuePosition: (p: { position: string }) => msg(str`You are number ${p.position} in the queue.`),
  expectedWait: (p: { wait: string }) => msg(str`Expected wait: about ${p.wait}.`),

  // The transcript.
  conversation: () => msg('Conversation'),
  senderYou: () => msg('You'),
  senderStaff: () => msg('Staff'),
  senderCouncil: () => msg('Council'),
  noticeTransferFromTeam: (p: { name: string; team: string }) =>
    msg(str`You are now chatting with ${p.name} from the ${p.team} team.`),
  noticeTransfer: (p: { name: string }) => msg(str`You are now chatting with ${p.name}.`),
  noticeJoinedFromTeam: (p: { name: string; team: string }) =>
    msg(str`${p.name} from ${p.team} joined the chat.`),
  noticeJoined: (p: { name: string }) => msg(str`${p.name} joined the chat.`),
  typing: (p: { name: string }) => msg(str`${p.name} is typing…`),
  sending: () => msg('Sending…'),
  notSent: () => msg('Not sent.'),
  tryAgain: () => msg('Try again'),
  opensInNewTab: () => msg('(opens in a new tab)'),

  // The composer.
  composerQuestion: () => msg('Your question'),
  composerMessage: () => msg('Your message'),
  composerHint: () => msg('Press Enter to send, Shift and Enter for a new line.'),
  send: () => msg('Send'),

  // Durations, for browsers without the language's own words for them.
  durationSeconds: (p: { count: string }) => msg(str`${p.count} seconds`),
  durationMinutes: (p: { count: string }) => msg(str`${p.count} minutes`),

  // The idle warning.
  idleWarning: (p: { time: string }) =>
    msg(str`Nobody has written for a while, so this chat will close in ${p.time}.`),
  keepChatOpen: () => msg('Keep chat open'),

  // What screen readers are told; never shown.
  announceMessage: (p: { name: string; text: string }) => msg(str`${p.name}: ${p.text}`),
  announceSent: () => msg('Sent'),
  announceNotSent: () => msg('Your message was not sent. Use Try again to send it.'),
  announceBackOnline: () => msg('Connected again.'),
  announceIdleWarning: (p: { time: string }) =>
    msg(
      str`This chat will close in ${p.time} because nobody has written. Write a message or use Keep chat open to carry on.`,
    ),
};

registerLabels(panelLabels);

export { builtInLabels, type Labels } from './labels.js';
