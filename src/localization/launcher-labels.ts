import { msg, str } from '@lit/localize';

/**
 * The text every page shows, before anyone opens the chat: the widget's landmark and its
 * launcher. The rest of the widget's text loads with the panel (`panel-labels.ts`).
 */
export const launcherLabels = {
  region: (p: { council: string }) => msg(str`Web chat with ${p.council}`),
  launcher: (p: { team: string }) => msg(str`Chat with ${p.team}`),
  launcherReturn: () => msg('Return to your chat'),
  launcherOnline: () => msg('Online now'),
  launcherOffline: () => msg('Leave a message'),
};
