import type { Money } from '@caravan/core';
import type { LatLon } from '../lint/context.js';
import { distanceKm, straightLineEstimator, lintTrip, formatMoney } from '../lint/index.js';
import { clock, zoneOffsetMinutes } from '../lint/time.js';
import { requestDayCount, type PlanRequest } from '../request/schema.js';
import { chooseLodgingStyle, trimToBudget } from './budget.js';
import { planToSnapshot } from './commands.js';
import {
  approximateConvert,
  euros,
  intercityLeg,
  lodgingPerNight,
  times,
  toCurrency,
  type Leg,
} from './costs.js';
import type { Candidate } from './day.js';
import { explainPlan } from './explain.js';
import { cheapestMeal } from './meals.js';
import { dayStartOf, endOfDay, planDay } from './plan-day.js';
import { excluded, groupScore, memberMatch, phraseMatches, weightsFrom } from './preferences.js';
import { dateOf, planStays } from './stays.js';
import type {
  CatalogueCity,
  GenerateOptions,
  GenerateResult,
  Plan,
  PlanDay,
  PlanSlot,
} from './types.js';
import { WindowCache } from './windows.js';

const CHECKOUT = 10 * 60;
const styleName = { budget: 'Budget guesthouse', mid: 'Hotel', upscale: 'Upscale hotel' } as const;
/** Most a meal should cost per person for each travel style, in euros (scaled per currency). */
const mealEurosPerPerson = { budget: 20, mid: 40, upscale: 120 } as const;

/**
 * Builds a day-by-day plan from a request, offline and deterministically: cities ordered by the
 * sequencer, lodging every night, meals at food places that are open, and per day the visits the
 * orienteering solver fits, chosen to lift whichever member is least satisfied so far. The result
 * is linted; an impossible request comes back as reasons instead of a plan.
 */
export function generatePlan(request: PlanRequest, given: GenerateOptions): GenerateResult {
  const options: GenerateOptions = { ...given, convert: given.convert ?? approximateConvert };
  const total = requestDayCount(request);
  if (total < 1) return { ok: false, reasons: ['The trip has no days: it needs at least one.'] };
  const cities = new Map<string, CatalogueCity>();
  const unknown = request.destinations
    .filter((d) => !options.catalogue.getCity(d.city))
    .map((d) => d.city);
  if (unknown.length > 0)
    return {
      ok: false,
      reasons: unknown.map(
        (c) => `"${c}" is not a city in the catalogue, so it cannot be planned.`,
      ),
    };
  for (const d of request.destinations) cities.set(d.city, options.catalogue.getCity(d.city)!);
  const outsideFixed = request.fixed.filter(
    (f) => f.date < request.startDate || f.date > dateOf(request, total - 1),
  );
  if (outsideFixed.length > 0)
    return {
      ok: false,
      reasons: outsideFixed.map(
        (f) => `The booking "${f.title}" on ${f.date} is outside the trip's dates.`,
      ),
    };
  const staysResult = planStays(request);
  if (!staysResult.ok) return { ok: false, reasons: [staysResult.reason] };
  const stays = staysResult.stays;

  const estimate = options.estimator ?? straightLineEstimator;
  const windows = new WindowCache();
  const size = request.party.length;
  const first = cities.get(stays[0]!.cityId)!;
  const legs: Leg[] = stays
    .slice(1)
    .map((s, i) => intercityLeg(cities.get(stays[i]!.cityId)!, cities.get(s.cityId)!, size));
  const nightsOf = (i: number) =>
    stays[i]!.lastDay - stays[i]!.firstDay + (i === stays.length - 1 ? 0 : 1);
  const fixedCost = request.fixed.flatMap((f) => (f.cost ? [f.cost] : []));
  const mealFloor = stays.map((s) =>
    times(
      cheapestMeal(options.catalogue.placesOf(s.cityId), cities.get(s.cityId)!.currency),
      2 * size * (s.lastDay - s.firstDay + 1),
    ),
  );
  const styleChoice = chooseLodgingStyle(
    {
      lodgingNights: stays.map((s, i) => ({
        nights: nightsOf(i),
        currency: cities.get(s.cityId)!.currency,
      })),
      transfers: legs.map((l) => l.cost),
      fixed: fixedCost,
      meals: mealFloor,
    },
    request.lodging?.style ?? 'mid',
    size,
    request.budget,
    options.convert,
  );
  if (!styleChoice.ok) return { ok: false, reasons: [styleChoice.reason] };
  const style = styleChoice.style;

  // Money left for tickets, in the budget's currency; spread over the days still to come.
  const toBudget = (m: Money) =>
    request.budget ? toCurrency(m, request.budget.currency, options.convert)?.amount : undefined;
  let ticketMoney =
    request.budget && styleChoice.floor !== undefined
      ? request.budget.amount - styleChoice.floor
      : Infinity;
  const tight =
    request.budget !== undefined &&
    styleChoice.floor !== undefined &&
    ticketMoney < request.budget.amount * 0.25;

  const matched = request.party.map(() => 0);
  let visitCount = 0;
  const visited = new Set<string>();
  const usedFoods = new Set<string>();
  const mustSeeHit = new Set<string>();
  const days: PlanDay[] = [];
  /** When a journey ends after midnight, the next day starts after it. */
  let carryStart = 0;
  stays.forEach((stay, si) => {
    const city = cities.get(stay.cityId)!;
    const places = options.catalogue.placesOf(city.id);
    const lodging: LatLon = { lat: city.lat, lon: city.lon };
    const foods = places.filter((p) => p.category === 'food');
    const sights = places.filter((p) => p.category !== 'food' && !excluded(request, p));
    for (let d = stay.firstDay; d <= stay.lastDay; d++) {
      const date = dateOf(request, d);
      const fixed: PlanSlot[] = request.fixed
        .filter((f) => f.date === date && f.city === city.id)
        .map((f) => ({
          kind: 'booking',
          title: f.title,
          startTime: f.startTime,
          durationMinutes: f.durationMinutes,
          place: { name: f.title, lat: city.lat, lon: city.lon },
          cost: f.cost ?? { amount: 0, currency: city.currency },
          travelMinutesBefore: 0,
          fixed: true,
          why: 'your booking',
        }));
      const pre: PlanSlot[] = [];
      let start = Math.max(dayStartOf[request.pace], carryStart);
      carryStart = 0;
      if (d === stay.firstDay && si > 0) {
        const prev = cities.get(stays[si - 1]!.cityId)!;
        const leg = legs[si - 1]!;
        const depart = 9 * 60 + 30;
        const shift =
          (zoneOffsetMinutes(city.timezone, date) ?? 0) -
          (zoneOffsetMinutes(prev.timezone, date) ?? 0);
        pre.push({
          kind: 'transfer',
          title: `${leg.mode === 'flight' ? 'Flight' : 'Train'} ${prev.name} → ${city.name}`,
          startTime: clock(depart),
          durationMinutes: leg.minutes,
          from: { name: prev.name, lat: prev.lat, lon: prev.lon },
          place: { name: city.name, lat: city.lat, lon: city.lon },
          mode: leg.mode,
          cost: leg.cost,
          travelMinutesBefore: 0,
          why: `${Math.round(leg.km)} km between the cities`,
        });
        // Plans resume after landing by both clocks, so a westward flight never looks like an overlap.
        start = Math.ceil((depart + leg.minutes + Math.max(0, shift) + 30) / 5) * 5;
        // A long-haul arrival late at night or the next day: the day goes to travel and rest.
        if (start > 1440 - 180) {
          carryStart = Math.max(0, start - 1440);
          start = 1440;
        }
      }
      const rank = (): Candidate[] => {
        const weights = weightsFrom(matched, visitCount);
        return sights
          .filter((p) => !visited.has(p.id))
          .map((p) => {
            const must = request.mustSee.some((m) => phraseMatches(m, p));
            const fans = request.party
              .filter((m) => m.interests.length > 0 && memberMatch(m, p) > 0)
              .map((m) => m.name);
            return {
              place: p,
              mustSee: must,
              score: groupScore(request.party, weights, p, must),
              cost: times(p.typicalCost, size),
              why: must
                ? 'on your must-see list'
                : fans.length > 0
                  ? `for ${fans.join(', ')} (${[p.category, ...p.tags].filter((t) => request.party.some((m) => m.interests.includes(t))).join(', ')})`
                  : `a well-rated ${p.category}`,
            };
          })
          .sort((a, b) => b.score - a.score || a.place.id.localeCompare(b.place.id));
      };
      const onVisit = (v: Candidate) => {
        visited.add(v.place.id);
        visitCount++;
        request.party.forEach((m, i) => (matched[i]! += memberMatch(m, v.place) > 0 ? 1 : 0));
        request.mustSee.filter((m) => phraseMatches(m, v.place)).forEach((m) => mustSeeHit.add(m));
        if (ticketMoney !== Infinity) ticketMoney -= toBudget(v.cost) ?? 0;
      };
      const daysLeft = total - d;
      const allowanceInBudget =
        ticketMoney === Infinity ? Infinity : Math.max(0, ticketMoney / daysLeft);
      // Allowance is kept in the budget's currency; tickets are priced in the city's.
      const perUnit = request.budget
        ? (toCurrency(
            { amount: 10000, currency: city.currency },
            request.budget.currency,
            options.convert,
          )?.amount ?? 10000) / 10000
        : 1;
      const allowance =
        allowanceInBudget === Infinity ? Infinity : Math.floor(allowanceInBudget / perUnit);
      const mealFloor = cheapestMeal(places, city.currency).amount * size;
      const styleCap = euros(mealEurosPerPerson[style], city.currency).amount * size;
      const mealCap =
        allowance === Infinity
          ? styleCap
          : Math.min(styleCap, mealFloor + Math.floor(allowance / 3));
      const { slots } =
        start >= 1440
          ? { slots: [] }
          : planDay({
              date,
              request,
              lodging,
              start,
              fixed,
              rank,
              onVisit,
              foods,
              usedFoods,
              estimate,
              windows,
              partySize: size,
              currency: city.currency,
              tightBudget: tight,
              mealCap,
              allowance,
              seed: (options.seed ?? 1) + d * 31,
            });
      const allSlots = [...pre, ...slots];
      // The floor counted the cheapest meals; dearer ones come out of the ticket money.
      const meals = slots.filter((x) => x.kind === 'meal');
      if (ticketMoney !== Infinity) {
        ticketMoney -= meals.reduce(
          (sum, m) =>
            sum +
            (toBudget(m.cost) ?? 0) -
            (toBudget({ amount: mealFloor, currency: city.currency }) ?? 0),
          0,
        );
      }
      const nights = d === stay.firstDay ? nightsOf(si) : 0;
      if (nights > 0) {
        const checkIn = Math.min(23 * 60, Math.max(15 * 60, Math.ceil(endOfDay(allSlots) / 5) * 5));
        const nightly = request.lodging?.nightlyCost ?? lodgingPerNight(style, size, city.currency);
        allSlots.push({
          kind: 'lodging',
          title: `${styleName[style]} in central ${city.name} (${nights} night${nights === 1 ? '' : 's'})`,
          startTime: clock(checkIn),
          durationMinutes: nights * 1440 + CHECKOUT - checkIn,
          place: {
            name: `${styleName[style]}, central ${city.name}`,
            lat: city.lat,
            lon: city.lon,
          },
          cost: times(nightly, nights),
          travelMinutesBefore: 0,
          why: `${nights} night${nights === 1 ? '' : 's'} for ${size}`,
        });
      }
      days.push({
        date,
        cityId: city.id,
        cityName: city.name,
        slots: allSlots,
        cost: {
          amount: allSlots
            .filter((s) => s.cost.currency === city.currency)
            .reduce((s, x) => s + x.cost.amount, 0),
          currency: city.currency,
        },
      });
    }
  });

  const dropped = request.budget ? trimToBudget(days, request.budget, options.convert) : [];
  if (dropped.length > 0) {
    // Satisfaction describes the final plan, so count again without the dropped visits.
    const byId = new Map(
      [...cities.keys()].flatMap((id) => options.catalogue.placesOf(id)).map((p) => [p.id, p]),
    );
    const final = days.flatMap((d) =>
      d.slots
        .filter((x) => x.kind === 'visit')
        .flatMap((x) => byId.get(x.place?.catalogueId ?? '') ?? []),
    );
    visitCount = final.length;
    request.party.forEach(
      (m, i) => (matched[i] = final.filter((p) => memberMatch(m, p) > 0).length),
    );
  }
  const totalCost = days.reduce<Money>(
    (acc, d) => ({
      amount: acc.amount + (toCurrency(d.cost, acc.currency, options.convert)?.amount ?? 0),
      currency: acc.currency,
    }),
    { amount: 0, currency: request.budget?.currency ?? first.currency },
  );
  const plan: Plan = {
    title: `${[...cities.values()].map((c) => c.name).join(', ')}: ${total} day${total === 1 ? '' : 's'} for ${size}`,
    startDate: request.startDate,
    endDate: dateOf(request, total - 1),
    timezone: first.timezone,
    currency: first.currency,
    destinations: stays.map((s) => {
      const c = cities.get(s.cityId)!;
      return {
        cityId: c.id,
        name: c.name,
        lat: c.lat,
        lon: c.lon,
        country: c.country,
        firstDate: dateOf(request, s.firstDay),
        lastDate: dateOf(request, s.lastDay),
      };
    }),
    days,
    total: totalCost,
    partySize: size,
  };
  if (request.budget) plan.budget = request.budget;
  const nearestZone = (lat: number, lon: number) =>
    [...cities.values()].sort(
      (a, b) => distanceKm(a, { lat, lon }) - distanceKm(b, { lat, lon }),
    )[0]?.timezone;
  const lint = lintTrip(planToSnapshot(plan), {
    estimator: estimate,
    timeZoneAt: options.timeZoneAt ?? nearestZone,
    ...(options.convert ? { convert: options.convert } : {}),
    ...(request.budget ? { budget: { total: request.budget } } : {}),
  });
  const satisfaction = request.party.map((m, i) => ({
    name: m.name,
    score: visitCount === 0 ? 0 : Math.round((100 * (matched[i] ?? 0)) / visitCount) / 100,
    matchedVisits: matched[i] ?? 0,
    visits: visitCount,
  }));
  const explanations = explainPlan({
    request,
    plan,
    stays,
    style,
    satisfaction,
    mustSeeHit,
    lint,
    allPlaces: [...cities.keys()].flatMap((id) => options.catalogue.placesOf(id)),
  });
  if (dropped.length > 0)
    explanations.push(
      `To stay within the budget, these paid visits were dropped: ${dropped.join(', ')}.`,
    );
  if (request.budget)
    explanations.push(
      `Estimated total ${formatMoney(totalCost)} of the ${formatMoney(request.budget)} budget.`,
    );
  return { ok: true, plan, lint, satisfaction, explanations };
}
