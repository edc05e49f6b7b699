'use client';
import { formText } from '../../lib/form';
import type { Item, TripSnapshot } from '@caravan/core';
import { itemPatchSchema } from '@caravan/core';
import { useAtom } from 'jotai';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { formatDay, moneyInputText, parseMoney } from '../../lib/format';
import { validate } from '../../lib/validate';
import { Field } from '../field';
import { Comments } from './comments';
import { Dialog } from './dialog';
import type { MemberNames } from './members-context';
import { editingItemAtom } from './state';
import type { RunCommand } from '../../lib/trip/use-trip';

interface Props {
  snapshot: TripSnapshot;
  readOnly: boolean;
  run: RunCommand;
  names: MemberNames;
}

function findItem(snapshot: TripSnapshot, id: string): { item: Item; where: string } | null {
  for (const day of snapshot.days) {
    const item = day.items.find((i) => i.id === id);
    if (item) return { item, where: day.date };
  }
  const idea = snapshot.ideas.find((i) => i.id === id);
  return idea ? { item: idea, where: 'ideas' } : null;
}

/** Edit every field of an item, move it to another day (the keyboard path), delete it, discuss it. */
export function ItemEditor({ snapshot, readOnly, run, names }: Props) {
  const [editing, setEditing] = useAtom(editingItemAtom);
  const [fields, setFields] = useState<Record<string, string>>({});
  const found = editing ? findItem(snapshot, editing) : null;
  if (!editing || !found) return null;
  const { item, where } = found;
  const currency = item.cost?.currency ?? snapshot.details.currency;
  const close = () => {
    setFields({});
    setEditing(null);
  };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (k: string) => formText(data, k).trim();
    const costText = text('cost');
    const cost = costText ? parseMoney(costText, currency) : null;
    if (costText && cost === undefined) return setFields({ cost: 'Enter an amount such as 12.50' });
    const lat = text('lat');
    const lon = text('lon');
    const placeName = text('placeName');
    const patch = {
      title: text('title'),
      kind: text('kind'),
      startTime: text('startTime') || null,
      durationMinutes: text('duration') ? Number(text('duration')) : null,
      cost: cost === null ? null : { amount: cost, currency },
      notes: text('notes') || null,
      bookingRef: text('bookingRef') || null,
      place:
        placeName && lat && lon
          ? { ...(item.place ?? {}), name: placeName, lat: Number(lat), lon: Number(lon) }
          : placeName
            ? item.place
              ? { ...item.place, name: placeName }
              : null
            : null,
    };
    const checked = validate(itemPatchSchema, patch);
    if (!checked.ok) return setFields(checked.fields);
    const problem = await run({ type: 'updateItem', itemId: item.id, patch: checked.data });
    if (problem) return setFields({ '': problem });
    const target = text('where');
    if (target && target !== where) await run({ type: 'moveItem', itemId: item.id, to: target });
    close();
  }

  async function remove() {
    await run({ type: 'deleteItem', itemId: item.id });
    close();
  }

  const cost = item.cost ? moneyInputText(item.cost.amount, currency) : '';
  return (
    <Dialog title={readOnly ? item.title : `Edit ${item.title}`} onClose={close}>
      <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
        <fieldset disabled={readOnly}>
          <Field label="Title" name="title" defaultValue={item.title} error={fields.title} />
          <div className="row">
            <div className="field">
              <label htmlFor="item-kind">Kind</label>
              <select id="item-kind" name="kind" defaultValue={item.kind}>
                <option value="place">Place</option>
                <option value="activity">Activity</option>
                <option value="transport">Transport</option>
                <option value="lodging">Lodging</option>
                <option value="note">Note</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="item-where">Day</label>
              <select id="item-where" name="where" defaultValue={where}>
                {snapshot.days.map((d, i) => (
                  <option key={d.date} value={d.date}>
                    Day {i + 1} · {formatDay(d.date)}
                  </option>
                ))}
                <option value="ideas">Ideas (unscheduled)</option>
              </select>
            </div>
          </div>
          <div className="row">
            <Field
              label="Start time"
              name="startTime"
              type="time"
              defaultValue={item.startTime}
              error={fields.startTime}
            />
            <Field
              label="Duration (minutes)"
              name="duration"
              type="number"
              min={0}
              defaultValue={item.durationMinutes}
              error={fields.durationMinutes}
            />
            <Field
              label={`Cost (${currency})`}
              name="cost"
              inputMode="decimal"
              defaultValue={cost}
              error={fields.cost ?? fields['cost.amount']}
            />
          </div>
          <Field
            label="Place"
            name="placeName"
            defaultValue={item.place?.name}
            error={fields['place.name'] ?? fields.place}
          />
          <div className="row">
            <Field
              label="Latitude"
              name="lat"
              inputMode="decimal"
              defaultValue={item.place?.lat}
              error={fields['place.lat']}
            />
            <Field
              label="Longitude"
              name="lon"
              inputMode="decimal"
              defaultValue={item.place?.lon}
              error={fields['place.lon']}
            />
          </div>
          <Field
            label="Booking reference"
            name="bookingRef"
            defaultValue={item.bookingRef}
            error={fields.bookingRef}
          />
          <div className="field">
            <label htmlFor="item-notes">Notes</label>
            <textarea id="item-notes" name="notes" rows={3} defaultValue={item.notes} />
          </div>
        </fieldset>
        {fields[''] ? (
          <p className="form-error" role="alert">
            {fields['']}
          </p>
        ) : null}
        {readOnly ? null : (
          <div className="actions">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete item
            </button>
          </div>
        )}
      </form>
      <Comments itemId={item.id} snapshot={snapshot} readOnly={readOnly} run={run} names={names} />
    </Dialog>
  );
}
