import { describe, expect, it } from 'vitest';
import { TRIP_ACTIONS, can } from './roles.js';

describe('trip roles', () => {
  it('lets someone who is not a member do nothing', () => {
    for (const action of TRIP_ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('lets viewers read but never change the trip', () => {
    expect(can('viewer', 'trip.read')).toBe(true);
    expect(can('viewer', 'trip.edit')).toBe(false);
    expect(can('viewer', 'invites.manage')).toBe(false);
    expect(can('viewer', 'members.manage')).toBe(false);
  });

  it('lets editors change content and invite, but not manage members or delete', () => {
    expect(can('editor', 'trip.edit')).toBe(true);
    expect(can('editor', 'invites.manage')).toBe(true);
    expect(can('editor', 'members.manage')).toBe(false);
    expect(can('editor', 'trip.delete')).toBe(false);
  });

  it('gives the owner everything except leaving their own trip', () => {
    for (const action of TRIP_ACTIONS) expect(can('owner', action)).toBe(action !== 'trip.leave');
  });
});
