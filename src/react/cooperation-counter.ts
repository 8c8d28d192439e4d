/**
 * The React wrapper of `<cooperation-counter>` alone
 * (`jakarta-global-widgets/react/cooperation-counter`): importing it
 * registers that element only, so a page with one counter bundles one
 * element (see wrap.ts for how props reach it).
 *
 *   import { CooperationCounter } from 'jakarta-global-widgets/react/cooperation-counter';
 */
import '../cooperation-counter/define.js';
import { CooperationCounter as CooperationCounterElement } from '../cooperation-counter/cooperation-counter.js';
import { wrap } from './wrap.js';

export const CooperationCounter = wrap<CooperationCounterElement>('cooperation-counter', CooperationCounterElement, 'CooperationCounter');
