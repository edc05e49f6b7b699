'use client';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Field } from '../field';
import { ApiError } from '../../lib/api';
import { formText } from '../../lib/form';
import { PLACE_CATEGORIES } from './categories';
import type { NewTripPlace, PlaceView } from './places-api';
import { addTripPlace } from './places-api';

function coordinate(text: string, limit: number): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && Math.abs(value) <= limit
    ? value
    : undefined;
}

/** A place the catalogue does not know (a friend's flat, a small café), for this trip only. */
export function OwnPlaceForm({
  tripId,
  onAdded,
}: {
  tripId: string;
  onAdded: (place: PlaceView) => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = formText(data, 'name').trim();
    const lat = coordinate(formText(data, 'lat'), 90);
    const lon = coordinate(formText(data, 'lon'), 180);
    const problems: Record<string, string> = {};
    if (!name) problems.name = 'Give the place a name';
    if (lat === undefined) problems.lat = 'A latitude between -90 and 90, e.g. 48.8606';
    if (lon === undefined) problems.lon = 'A longitude between -180 and 180, e.g. 2.3376';
    setErrors(problems);
    setDone(null);
    if (Object.keys(problems).length > 0 || lat === undefined || lon === undefined) return;
    const address = formText(data, 'address').trim();
    const openingHours = formText(data, 'openingHours').trim();
    const place: NewTripPlace = {
      name,
      category: formText(data, 'category'),
      lat,
      lon,
      ...(address ? { address } : {}),
      ...(openingHours ? { openingHours } : {}),
    };
    setBusy(true);
    try {
      const saved = await addTripPlace(tripId, place);
      form.reset();
      setDone(`${saved.name} is saved: searches in this trip now find it.`);
      onAdded(saved);
    } catch (error) {
      if (error instanceof ApiError) {
        const { fields, status, detail, title } = error.problem;
        setErrors(
          Object.keys(fields).length > 0
            ? fields
            : {
                form:
                  status === 0
                    ? 'Saving a place needs the server; you are offline.'
                    : (detail ?? title),
              },
        );
      } else throw error;
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="own-place">
      <summary>Add your own place</summary>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Place name" name="name" error={errors.name} autoComplete="off" />
        <div className="field">
          <label htmlFor="own-place-category">Type of place</label>
          <select id="own-place-category" name="category" defaultValue="sight">
            {PLACE_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.one}
              </option>
            ))}
          </select>
          {errors.category ? <small className="field-error">{errors.category}</small> : null}
        </div>
        <div className="row own-place-coords">
          <Field label="Latitude" name="lat" inputMode="decimal" error={errors.lat} />
          <Field label="Longitude" name="lon" inputMode="decimal" error={errors.lon} />
        </div>
        <Field label="Address (optional)" name="address" error={errors.address} />
        <Field
          label="Opening hours (optional)"
          name="openingHours"
          placeholder="Mo-Fr 09:00-18:00"
          error={errors.openingHours}
          hint="OpenStreetMap style, e.g. Mo-Sa 10:00-19:00; Su off"
        />
        {errors.form ? (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          Save place
        </button>
        {done ? (
          <p className="hint" role="status">
            {done}
          </p>
        ) : null}
      </form>
    </details>
  );
}
