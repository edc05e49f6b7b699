import type { CityData } from './define';
import { lisbon } from './lisbon';
import { madrid } from './madrid';
import { paris } from './paris';

/** Every catalogue city; add a city by importing its file here. */
export const CITY_DATA: readonly CityData[] = [paris, madrid, lisbon];
