// Loads axe-core into a host page, for accessibility checks under the page's own styles.
import 'axe-core/axe.min.js';
