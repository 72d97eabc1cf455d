import '@testing-library/jest-dom/vitest';

// jsdom lays nothing out; views call these to reveal the selection.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}
