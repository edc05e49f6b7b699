import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/caravan.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'caravan-cli-'));

function caravan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const item = (id: string, title: string, extra: Record<string, unknown>) => ({
  id,
  kind: 'place',
  title,
  attendees: [],
  createdBy: 'u1',
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...extra,
});
const trip = {
  details: {
    title: 'Lisbon',
    startDate: '2027-05-03',
    endDate: '2027-05-03',
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
    destinations: [],
  },
  days: [
    {
      date: '2027-05-03',
      items: [
        item('j', 'Jerónimos Monastery', {
          place: {
            name: 'Jerónimos',
            lat: 38.6979,
            lon: -9.2068,
            openingHours: 'Tu-Su 09:30-18:00; Mo off',
          },
          startTime: '10:00',
          durationMinutes: 90,
        }),
      ],
    },
  ],
  ideas: [],
  expenses: [],
  checklists: [],
  threads: [],
  polls: [],
  proposals: [],
};

describe('caravan CLI', { timeout: 120_000 }, () => {
  it('plans a plain-English request and prints Markdown', async () => {
    const r = await caravan(
      'plan',
      '3 days in Lisboa in May for 2 friends, EUR 900, art and history',
      '--today',
      '2026-11-26',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Lisbon: 3 days for 2/);
    expect(r.stdout).toContain('## 2027-05-01 · Lisbon');
    expect(r.stdout).toContain('No problems found.');
  });

  it('plans a JSON request and prints the plan, lint report and core commands as JSON', async () => {
    const request = file('request.json', {
      destinations: [{ city: 'Lisbon' }],
      startDate: '2027-05-03',
      days: 2,
      party: [{ name: 'Ana', interests: ['history'] }],
    });
    const r = await caravan('plan', request, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      lint: unknown[];
      commands: Array<{ type: string }>;
      satisfaction: unknown[];
    };
    expect(out.ok).toBe(true);
    expect(out.lint).toEqual([]);
    expect(out.commands[0]?.type).toBe('updateTripDetails');
    expect(out.satisfaction).toHaveLength(1);
  });

  it('exits 2 naming the field when a JSON request breaks the schema', async () => {
    const request = file('bad-request.json', {
      destinations: [{ city: 'Lisbon' }],
      startDate: 'May',
      days: 2,
      party: [],
    });
    const r = await caravan('plan', request);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('startDate:');
    expect(r.stderr).toContain('party:');
  });

  it('exits 2 for a missing file, bad JSON and an unknown city', async () => {
    const missing = await caravan('lint', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file not found');
    const broken = await caravan('lint', file('broken.json', '{"details": '));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
    const nowhere = await caravan('plan', '3 days in Atlantis in May', '--today', '2026-11-26');
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('"Atlantis" is not a city the planner knows');
  });

  it('exits 1 with the reasons when no plan is possible', async () => {
    const r = await caravan('plan', '3 days in Lisbon in May, EUR 20', '--today', '2026-11-26');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot cover this trip');
  });

  it('lints a trip file: findings in plain language, exit 1 on errors', async () => {
    const r = await caravan('lint', file('trip.json', trip));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Jerónimos Monastery is closed at the planned time');
    const json = await caravan('lint', file('trip2.json', trip), '--json');
    expect((JSON.parse(json.stdout) as Array<{ rule: string }>)[0]?.rule).toBe('opening-hours');
  });

  it('exits 2 naming the field of an invalid trip', async () => {
    const r = await caravan(
      'lint',
      file('bad-trip.json', { ...trip, details: { ...trip.details, timezone: 'Mars/Olympus' } }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('details.timezone');
  });
});
