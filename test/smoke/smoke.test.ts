import { expect } from '@open-wc/testing';

describe('smoke', () => {
  it('runs', () => {
    expect(document.body).to.exist;
  });
});
