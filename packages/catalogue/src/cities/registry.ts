import type { CityData } from './define';
import { amsterdam } from './amsterdam';
import { athens } from './athens';
import { bangkok } from './bangkok';
import { barcelona } from './barcelona';
import { berlin } from './berlin';
import { budapest } from './budapest';
import { dubai } from './dubai';
import { hongKong } from './hong-kong';
import { istanbul } from './istanbul';
import { kualaLumpur } from './kuala-lumpur';
import { kyoto } from './kyoto';
import { lisbon } from './lisbon';
import { london } from './london';
import { madrid } from './madrid';
import { mexicoCity } from './mexico-city';
import { newYork } from './new-york';
import { paris } from './paris';
import { prague } from './prague';
import { rome } from './rome';
import { seoul } from './seoul';
import { singapore } from './singapore';
import { sydney } from './sydney';
import { tokyo } from './tokyo';
import { vienna } from './vienna';

/** Every catalogue city; add a city by importing its file here. */
export const CITY_DATA: readonly CityData[] = [
  paris,
  london,
  rome,
  barcelona,
  madrid,
  lisbon,
  amsterdam,
  berlin,
  prague,
  vienna,
  istanbul,
  athens,
  newYork,
  tokyo,
  kyoto,
  seoul,
  bangkok,
  singapore,
  dubai,
  hongKong,
  sydney,
  mexicoCity,
  budapest,
  kualaLumpur,
];
