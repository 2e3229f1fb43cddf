import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import type { CouncilChat } from '../src/council-chat.js';
import type { ChatMessage } from '../src/session/chat-state.js';
import type { Agent } from '../src/transport/transport.js';
import type { CouncilChatAvatar } from '../src/views/avatar/avatar.js';
import '../src/views/avatar/avatar.js';
import { noticeText } from '../src/views/transcript/transcript.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import {
  allInPanel,
  chatFixture,
  inPanel,
  openPanel,
  settle,
  transcriptTexts,
} from './helpers/chat-fixture.js';
import { connectChat, messageEvent, revenuesAgent } from './helpers/conversation.js';
import { ScriptedTransport, testAgent } from './helpers/scripted-transport.js';

const teamPhoto = '/src/transport/mock/photos/tom.svg';

/** A photo's full address, as the widget shows it after checking the address it was given. */
const absolute = (address: string | undefined) => new URL(address ?? '', location.href).href;

/** What an avatar shows: a loaded photo with its alternative text, or initials. */
function avatarShows(avatar: CouncilChatAvatar) {
  const image = avatar.shadowRoot!.querySelector('img');
  const initials = avatar.shadowRoot!.querySelector<HTMLElement>('[part="initials"]');
  return {
    photo: image ? absolute(image.getAttribute('src')!) : null,
    alt: image?.getAttribute('alt') ?? null,
    initials: initials?.textContent ?? null,
    initialsLabel: initials?.getAttribute('aria-label') ?? null,
    initialsHidden: initials?.getAttribute('aria-hidden') ?? null,
    disc: initials ? getComputedStyle(initials).backgroundColor : null,
  };
}

function headerAvatar(element: CouncilChat): CouncilChatAvatar {
  return inPanel<CouncilChatAvatar>(element, '.header council-chat-avatar')!;
}

function launcherAvatar(element: CouncilChat): CouncilChatAvatar {
  return element.shadowRoot!.querySelector<CouncilChatAvatar>('.launcher council-chat-avatar')!;
}

async function chatWithTeamPhoto(): Promise<{
  element: CouncilChat;
  transport: ScriptedTransport;
}> {
  const transport = new ScriptedTransport();
  const element = await chatFixture(transport);
  element.photo = teamPhoto;
  await element.updateComplete;
  return { element, transport };
}

describe('staff and team photos', () => {
  afterEach(() => sessionStorage.clear());

  describe('accessibility', () => {
    it('is accessible with the team photo, a staff photo and initials', async () => {
      const { element, transport } = await chatWithTeamPhoto();
      await expectNoAxeViolations(element);
      await openPanel(element);
      await expectNoAxeViolations(element);

      await connectChat(
        element,
        transport,
        messageEvent(1, 'agent', 'Hello.'),
        { type: 'agent-joined', agent: { id: 'agent-3', name: 'Priya Shah', team: 'Benefits' } },
        messageEvent(2, 'agent', 'Hello, I am Priya.', { id: 'agent-3', name: 'Priya Shah' }),
      );

      await expectNoAxeViolations(element);
    });
  });

  describe('before a chat', () => {
    it('shows the team photo on the launcher and in the panel, beside the team name', async () => {
      const { element } = await chatWithTeamPhoto();
      await openPanel(element);
      await settle(element);

      expect(avatarShows(launcherAvatar(element))).to.include({
        photo: absolute(teamPhoto),
        alt: '',
      });
      expect(avatarShows(headerAvatar(element))).to.include({
        photo: absolute(teamPhoto),
        alt: '',
      });
      expect(inPanel(element, '.title')!.textContent).to.equal('Customer Services');
    });
  });

  describe('when staff join', () => {
    it('shows their photo and name in the header and beside their messages', async () => {
      const { element, transport } = await chatWithTeamPhoto();
      await openPanel(element);

      await connectChat(element, transport, messageEvent(1, 'agent', 'Hello, I am Amira.'));
      const messageAvatar = inPanel<CouncilChatAvatar>(element, '.from-agent council-chat-avatar')!;

      expect(inPanel(element, '.title')!.textContent).to.equal('Amira');
      expect(avatarShows(headerAvatar(element))).to.include({
        photo: absolute(testAgent.photoUrl),
        alt: '',
      });
      expect(avatarShows(messageAvatar)).to.include({
        photo: absolute(testAgent.photoUrl),
        alt: '',
      });
      expect(inPanel(element, '.from-agent .sender')!.textContent).to.equal('Amira');
    });

    it('shows initials on a coloured disc when a member of staff has no photo', async () => {
      const { element, transport } = await chatWithTeamPhoto();
      await openPanel(element);
      const noPhoto: Agent = { id: 'agent-3', name: 'Priya Shah', team: 'Benefits' };

      transport.emit(
        { type: 'chat-started', chatId: 'chat-1' },
        { type: 'agent-joined', agent: noPhoto },
      );
      await settle(element);
      await headerAvatar(element).updateComplete;
      const shows = avatarShows(headerAvatar(element));

      expect(shows.photo).to.equal(null);
      expect(shows.initials).to.equal('PS');
      expect(shows.disc).to.not.be.oneOf(['rgba(0, 0, 0, 0)', 'transparent', '']);
    });

    it('shows initials when the photo fails to load', async () => {
      const { element, transport } = await chatWithTeamPhoto();
      await openPanel(element);
      const brokenPhoto: Agent = { ...testAgent, photoUrl: '/no-such-folder/amira.jpg' };

      await connectChat(element, transport, {
        type: 'agent-joined',
        agent: { ...brokenPhoto, id: 'agent-4' },
      });
      const avatar = headerAvatar(element);
      await waitUntil(() => avatarShows(avatar).initials === 'A', 'the broken photo stayed');

      expect(avatarShows(avatar).photo).to.equal(null);
    });
  });

  describe('text alternatives', () => {
    it('is hidden from screen readers where the name is beside it', async () => {
      const photo = await fixture<CouncilChatAvatar>(
        html`<council-chat-avatar
          decorative
          name="Amira"
          src=${testAgent.photoUrl}
        ></council-chat-avatar>`,
      );
      const initials = await fixture<CouncilChatAvatar>(
        html`<council-chat-avatar decorative name="Amira"></council-chat-avatar>`,
      );

      expect(avatarShows(photo)).to.include({ alt: '' });
      expect(avatarShows(initials)).to.include({ initialsHidden: 'true', initialsLabel: null });
    });

    it('has the name as its alternative text where it stands alone', async () => {
      const photo = await fixture<CouncilChatAvatar>(
        html`<council-chat-avatar name="Amira" src=${testAgent.photoUrl}></council-chat-avatar>`,
      );
      const initials = await fixture<CouncilChatAvatar>(
        html`<council-chat-avatar name="Amira"></council-chat-avatar>`,
      );

      expect(avatarShows(photo)).to.include({ alt: 'Amira' });
      expect(avatarShows(initials)).to.include({ initialsLabel: 'Amira', initialsHidden: null });
      expect(initials.shadowRoot!.querySelector('[role="img"]')).to.exist;
      await expectNoAxeViolations(initials);
    });
  });

  describe('transfers', () => {
    it('names the new member of staff, keeps the history and shows the new photo', async () => {
      const { element, transport } = await chatWithTeamPhoto();
      await openPanel(element);
      await connectChat(
        element,
        transport,
        messageEvent(1, 'resident', 'I had a reminder about arrears'),
        messageEvent(2, 'agent', 'I will pass you to a colleague in Revenues.'),
      );

      transport.emit(
        { type: 'agent-joined', agent: revenuesAgent, transfer: true },
        messageEvent(3, 'agent', 'Hello, Sam here. I can see your chat.', revenuesAgent),
      );
      await settle(element);
      const notices = allInPanel(element, '.notice').map((notice) =>
        notice.textContent!.replace(/[\u2068\u2069]/g, '').trim(),
      );
      const messageAvatars = allInPanel<CouncilChatAvatar>(
        element,
        '.from-agent council-chat-avatar',
      ).map((avatar) => absolute(avatar.src));

      expect(notices.at(-1)).to.contain('You are now chatting with Sam from the Revenues team.');
      expect(transcriptTexts(element)).to.deep.equal([
        'I had a reminder about arrears',
        'I will pass you to a colleague in Revenues.',
        'Hello, Sam here. I can see your chat.',
      ]);
      expect(inPanel(element, '.title')!.textContent).to.equal('Sam');
      expect(avatarShows(headerAvatar(element))).to.include({
        photo: absolute(revenuesAgent.photoUrl),
      });
      expect(messageAvatars).to.deep.equal([
        absolute(testAgent.photoUrl),
        absolute(revenuesAgent.photoUrl),
      ]);
    });
  });

  describe('names from the backend', () => {
    it('keeps a name with a direction override from reversing the notice around it', () => {
      const agent = { id: 'x', name: 'Sam\u202eevil', team: 'Revenues' };
      const message: ChatMessage = {
        key: 'n',
        sender: 'system',
        agent,
        text: '',
        time: '2026-12-03T10:00:00Z',
        notice: 'transfer',
      };

      const text = noticeText(message);

      expect(text).to.equal(
        'You are now chatting with \u2068Sam\u202eevil\u2069 from the \u2068Revenues\u2069 team.',
      );
    });
  });
});
