import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface OrienteeringInstance {
  name: string;
  budget: number;
  points: { x: number; y: number; score: number }[];
}

/** Best-known scores from the literature (data README), keyed by set and budget. */
export const BEST_KNOWN: Record<string, number> = {
  ...table(
    1,
    [5, 10, 15, 20, 25, 30, 35, 40, 46, 50, 55, 60, 65, 70, 73, 75, 80, 85],
    [10, 15, 45, 65, 90, 110, 135, 155, 175, 190, 205, 225, 240, 260, 265, 270, 280, 285],
  ),
  ...table(
    2,
    [15, 20, 23, 25, 27, 30, 32, 35, 38, 40, 45],
    [120, 200, 210, 230, 230, 265, 300, 320, 360, 395, 450],
  ),
};

function table(set: number, budgets: number[], best: number[]): Record<string, number> {
  return Object.fromEntries(
    budgets.map((b, i) => [
      `tsiligirides_problem_${set}_budget_${String(b).padStart(2, '0')}`,
      best[i] ?? 0,
    ]),
  );
}

/** Reads every `*.txt` instance: first line `Tmax 1`, then `x y score` per node. */
export function readInstances(dir: string): OrienteeringInstance[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(dir, file), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => l.split(/\s+/).map(Number));
      const [header, ...nodes] = lines;
      return {
        name: basename(file, '.txt'),
        budget: header?.[0] ?? 0,
        points: nodes.map(([x = 0, y = 0, score = 0]) => ({ x, y, score })),
      };
    });
}

export function euclideanMatrix(points: readonly { x: number; y: number }[]): number[][] {
  return points.map((a) => points.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
}
