import { defineElement } from '../core/define.js';
import { ProgramCard } from './program-card.js';

defineElement('program-card', ProgramCard);

declare global {
  interface HTMLElementTagNameMap {
    'program-card': ProgramCard;
  }
}

export { ProgramCard };
export type { ProgramCardVariant } from './program-card.js';
