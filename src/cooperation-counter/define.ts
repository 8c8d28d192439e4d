import { defineElement } from '../core/define.js';
import { CooperationCounter } from './cooperation-counter.js';

defineElement('cooperation-counter', CooperationCounter);

declare global {
  interface HTMLElementTagNameMap {
    'cooperation-counter': CooperationCounter;
  }
}

export { CooperationCounter };
