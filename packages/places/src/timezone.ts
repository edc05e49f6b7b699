import tzLookup from 'tz-lookup';
import { isValidCoordinate } from './geo';

/** The IANA time zone at a coordinate ("Europe/Lisbon"); throws RangeError off the globe. */
export function timezoneAt(lat: number, lon: number): string {
  if (!isValidCoordinate({ lat, lon })) {
    throw new RangeError(`not a coordinate: ${lat},${lon}`);
  }
  return tzLookup(lat, lon);
}
