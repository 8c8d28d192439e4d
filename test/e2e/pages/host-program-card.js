// The page's own <program-card> (a theme's component of the same name), defined before our script.
customElements.define(
  'program-card',
  class extends HTMLElement {
    connectedCallback() {
      this.dataset.owner = 'page';
    }
  },
);
