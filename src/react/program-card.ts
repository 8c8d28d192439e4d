/**
 * The React wrapper of `<program-card>` alone
 * (`jakarta-global-widgets/react/program-card`): importing it registers that
 * element only (see wrap.ts for how props reach it).
 */
import '../program-card/define.js';
import { ProgramCard as ProgramCardElement } from '../program-card/program-card.js';
import { wrap } from './wrap.js';

export const ProgramCard = wrap<ProgramCardElement>('program-card', ProgramCardElement, 'ProgramCard');
