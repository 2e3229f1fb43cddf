import type { Agent } from '../transport.js';

/**
 * The mock's simulated staff. Their portraits are drawings made for this project, not photos
 * of real people, so the demo never shows anyone who did not agree to it. Each address is
 * written out in full so that the bundler can find and ship the file.
 */
export const mockStaff = {
  amira: {
    id: 'staff-amira',
    name: 'Amira',
    team: 'Customer Services',
    photoUrl: new URL('./photos/amira.svg', import.meta.url).href,
  },
  tom: {
    id: 'staff-tom',
    name: 'Tom',
    team: 'Customer Services',
    photoUrl: new URL('./photos/tom.svg', import.meta.url).href,
  },
  grace: {
    id: 'staff-grace',
    name: 'Grace',
    team: 'Benefits',
    photoUrl: new URL('./photos/grace.svg', import.meta.url).href,
  },
  sam: {
    id: 'staff-sam',
    name: 'Sam',
    team: 'Revenues',
    photoUrl: new URL('./photos/sam.svg', import.meta.url).href,
  },
} satisfies Record<string, Agent>;
