// Registers the demo's mock backend on a virtual clock as `instant-mock`, so a whole
// conversation plays in moments on the strict-CSP test page. It runs in the page, under the
// page's policy, like the widget itself.
import { MockTransport } from '../../../../src/transport/mock/mock-transport.js';
import { registerTransport } from '../../../../src/transport/registry.js';

registerTransport('instant-mock', () => new MockTransport({ timing: 'instant', queueLength: 1 }));
