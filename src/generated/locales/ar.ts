
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's7e76ef491e6fb090': `Press Enter to send, Shift and Enter for a new line.`,
's57adf424d57c8a0f': `Send`,
's81fa26ccde47d6b4': `(opens in a new tab)`,
'scb6a9c1a1757adbc': `You`,
'sae608113b7fa94b1': `Staff`,
's0923762f953c122c': `Council`,
's133594b633185ff6': str`You are now chatting with ${0} from the ${1} team.`,
's8d0c1902f9773c78': str`You are now chatting with ${0}.`,
's4cfb7a285d1004cd': str`${0} from ${1} joined the chat.`,
's64cd378dc7a299d5': str`${0} joined the chat.`,
's41b4752c216d0b66': `Conversation`,
'sf5e488d4fe043ba0': str`${0} is typing…`,
's6ead281adf0d371d': `Sending…`,
'sd876a73725b694ae': `Not sent.`,
'scd1dd6ff53d0d01a': `Try again`,
's083e08deef388ef6': `Reconnecting… Your messages will be sent when the connection is back.`,
'sb2aa51627b185bc2': `You are offline. Your messages will be sent when you are back online.`,
'sc99375b026ec4d66': `Ask a question and a member of staff will reply.`,
's2baf90c3310f5d4b': `Connecting you to a member of staff…`,
'scdd4ff5a3bf49399': `This chat has ended.`,
'sb5ff8695d2a521a9': `Waiting for a member of staff…`,
's14392ac4b46e01b4': `You are next in the queue.`,
's80fac3662ddd3dee': str`You are number ${0} in the queue.`,
's7579a4c571ac083f': str`Expected wait: about ${0}.`,
'sbbc07bbc19a80040': `End chat`,
's8aab19cc91d1961d': `Close chat window`,
'sfe7cdab661750738': str`Welcome to ${0} web chat.`,
's6bf43baca05ce09e': `Write your question below and a member of staff will answer it here.`,
's8f683a1ebce3c4f4': `Please do not share bank card details in the chat.`,
'sc1e85bbc48f77efe': `Your question`,
'sb2d8ab3ac7a9f1dd': `Your message`,
'scfbdcb90eeea0323': `You ended the chat.`,
'sff439e0af997e9e6': `Staff ended the chat.`,
's6183667989bb3d19': `The chat was closed.`,
'sbad623ddf687e360': `Start a new chat`,
'sbcb7fb5213ef49b6': `Sorry, we could not start a chat. Please try again in a moment.`,
's7311fb78e8a6ad5c': `Sorry, we could not reconnect to your chat. Please try again in a moment.`,
'sf0b189139eea55a2': `Web chat is closed at the moment. Please try again during opening hours.`,
'sd224791897f03553': `Your browser is not saving this chat, so it may not follow you to another page.`,
'saf5030d3e8b5cb81': `Please stay on this page until the chat has finished.`,
's606b0d540bda516b': `Sorry, something went wrong with the chat. Please try again in a moment.`,
's71b9f0ac36ba97f3': `Return to your chat`,
's0a552e96950fee13': str`Chat with ${0}`,
's20689be29b530b0e': `Online now`,
'se559847cc97c3cc0': `Leave a message`,
'sb7c0e32295e0a279': str`Web chat with ${0}`,
    };
  