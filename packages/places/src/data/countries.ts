import { countries, languages } from 'countries-list';
import { foldText } from '../text';

/** A country with what a traveller needs: currencies and languages. */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  nativeName: string;
  capital: string;
  continent: string;
  /** ISO 4217 codes, the main one first. */
  currencies: string[];
  /** ISO 639-1 codes with their English names. */
  languages: { code: string; name: string }[];
}

let byCode: Map<string, Country> | undefined;
let byName: Map<string, string> | undefined;

function build(): { byCode: Map<string, Country>; byName: Map<string, string> } {
  if (!byCode || !byName) {
    byCode = new Map();
    byName = new Map();
    const languageNames = languages as Record<string, { name: string } | undefined>;
    for (const [code, data] of Object.entries(countries)) {
      byCode.set(code, {
        code,
        name: data.name,
        nativeName: data.native,
        capital: data.capital,
        continent: data.continent,
        currencies: [...data.currency],
        languages: data.languages.map((lang) => ({
          code: lang,
          name: languageNames[lang]?.name ?? lang,
        })),
      });
      const alias: readonly string[] =
        'alias' in data && Array.isArray(data.alias) ? data.alias : [];
      for (const name of [data.name, data.native, ...alias]) {
        const key = foldText(name);
        if (key !== '' && !byName.has(key)) byName.set(key, code);
      }
    }
    // Common English short forms the data set spells in full.
    for (const [name, code] of [
      ['uk', 'GB'],
      ['britain', 'GB'],
      ['great britain', 'GB'],
      ['england', 'GB'],
      ['scotland', 'GB'],
      ['czechia', 'CZ'],
      ['holland', 'NL'],
      ['south korea', 'KR'],
      ['korea', 'KR'],
      ['russia', 'RU'],
      ['vietnam', 'VN'],
      ['turkey', 'TR'],
    ] as const) {
      if (!byName.has(name)) byName.set(name, code);
    }
  }
  return { byCode, byName };
}

/** A country by ISO 3166-1 alpha-2 code ("PT"), or undefined. */
export function getCountry(code: string): Country | undefined {
  return build().byCode.get(code.trim().toUpperCase());
}

/** A country code from a name in English or the local language ("Portugal", "España"). */
export function countryCodeByName(name: string): string | undefined {
  return build().byName.get(foldText(name));
}

/** Every country, by code. */
export function listCountries(): Country[] {
  return [...build().byCode.values()];
}
