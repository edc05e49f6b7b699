import type { ScheduledStay } from './types.js';

/** Writes a sequenced trip in NATURAL PLAN's answer format (the shape of its `golden_plan`). */
export function formatTripPlan(stays: readonly ScheduledStay[], totalDays: number): string {
  const lines = [
    `Here is the trip plan for visiting the ${stays.length} European cities for ${totalDays} days:`,
    '',
  ];
  stays.forEach((stay, i) => {
    const length = stay.lastDay - stay.firstDay + 1;
    const range = `**Day ${stay.firstDay}-${stay.lastDay}:**`;
    const previous = stays[i - 1];
    if (!previous) {
      lines.push(`${range} Arriving in ${stay.city} and visit ${stay.city} for ${length} days.`);
      return;
    }
    lines.push(`**Day ${stay.firstDay}:** Fly from ${previous.city} to ${stay.city}.`);
    lines.push(`${range} Visit ${stay.city} for ${length} days.`);
  });
  return lines.join('\n');
}
