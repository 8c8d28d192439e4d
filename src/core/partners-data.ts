/**
 * The partners' part of the bundled dataset (see dataset.ts), with the
 * programmes: imported by the elements that show partners, the list and the
 * map, so that pages with only counters and cards do not download it.
 */
import partners from '../../data/jakarta-2024.json?part=partners';
import { addBundledPart, type DatasetPart } from './dataset.js';

addBundledPart(partners as unknown as DatasetPart);
