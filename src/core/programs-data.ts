/**
 * The programmes' part of the bundled dataset (see dataset.ts): imported by
 * the card, so that pages with only counters do not download it. (The list
 * and the map get the programmes with the partners: partners-data.ts.)
 */
import programs from '../../data/jakarta-2024.json?part=programs';
import { addBundledPart, type DatasetPart } from './dataset.js';

addBundledPart(programs as unknown as DatasetPart);
