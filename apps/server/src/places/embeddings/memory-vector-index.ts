import { haversineKm } from '@caravan/places';
import type { PlaceFilters } from '../store/search-query.js';

/** What the index keeps of a place besides its vector, to apply search filters. */
export interface IndexedPlace {
  id: string;
  tripId: string | null;
  cityId: string | null;
  category: string;
  tags: readonly string[];
  lat: number;
  lon: number;
}

export interface IndexHit {
  id: string;
  similarity: number;
}

/**
 * Exact cosine nearest neighbours over vectors held in this process.
 *
 * Vectors are stored unit length, dimension-major in one Float32Array (all places' first
 * component, then all second components, ...), so a query touches only the columns where it is
 * non-zero: the offline embedder's queries have a few dozen non-zero components out of 256, so a
 * search reads a few MB instead of every vector. A dense query (an embeddings endpoint's) reads
 * every column once, still in long sequential runs. The best k are kept in a small heap, and
 * filters are tested only on places that would enter it.
 */
export class MemoryVectorIndex {
  private dimensions = 0;
  private capacity = 0;
  private columns = new Float32Array(0);
  private count = 0;
  private places: IndexedPlace[] = [];
  private rows = new Map<string, number>();
  private zero = new Uint8Array(0);
  // Coordinates side by side, so a radius prefilter scans two flat arrays.
  private lats = new Float64Array(0);
  private lons = new Float64Array(0);
  private scores = new Float64Array(0);

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.dimensions = 0;
    this.capacity = 0;
    this.columns = new Float32Array(0);
    this.count = 0;
    this.places = [];
    this.rows.clear();
    this.zero = new Uint8Array(0);
    this.lats = new Float64Array(0);
    this.lons = new Float64Array(0);
  }

  /** Adds a place's vector, or replaces it when the place is already indexed. */
  upsert(place: IndexedPlace, vector: ArrayLike<number>): void {
    if (this.dimensions === 0) this.dimensions = vector.length;
    let row = this.rows.get(place.id);
    if (row === undefined) {
      row = this.count++;
      if (row >= this.capacity) this.grow(Math.max(1024, this.capacity * 2));
      this.rows.set(place.id, row);
    }
    this.places[row] = place;
    this.lats[row] = place.lat;
    this.lons[row] = place.lon;
    let norm = 0;
    const n = Math.min(vector.length, this.dimensions);
    for (let d = 0; d < n; d++) {
      const value = vector[d] ?? 0;
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    this.zero[row] = norm === 0 ? 1 : 0;
    for (let d = 0; d < this.dimensions; d++) {
      const value = d < n && norm > 0 ? (vector[d] ?? 0) / norm : 0;
      this.columns[d * this.capacity + row] = value;
    }
  }

  private grow(capacity: number): void {
    const columns = new Float32Array(this.dimensions * capacity);
    for (let d = 0; d < this.dimensions; d++) {
      columns.set(
        this.columns.subarray(d * this.capacity, d * this.capacity + this.count),
        d * capacity,
      );
    }
    const zero = new Uint8Array(capacity);
    zero.set(this.zero.subarray(0, this.count));
    const lats = new Float64Array(capacity);
    lats.set(this.lats.subarray(0, this.count));
    const lons = new Float64Array(capacity);
    lons.set(this.lons.subarray(0, this.count));
    this.columns = columns;
    this.zero = zero;
    this.lats = lats;
    this.lons = lons;
    this.capacity = capacity;
  }

  /** The k places most similar to `vector` (cosine) that pass the filters, most similar first. */
  nearest(vector: ArrayLike<number>, filters: PlaceFilters, k: number): IndexHit[] {
    const count = this.count;
    if (count === 0 || k <= 0) return [];
    const n = Math.min(vector.length, this.dimensions);
    let queryNorm = 0;
    for (let d = 0; d < n; d++) queryNorm += (vector[d] ?? 0) ** 2;
    queryNorm = Math.sqrt(queryNorm);
    if (queryNorm === 0) return [];
    // The query's non-zero components, unit length.
    const dims: number[] = [];
    const weights: number[] = [];
    for (let d = 0; d < n; d++) {
      const value = vector[d] ?? 0;
      if (value !== 0) {
        dims.push(d * this.capacity);
        weights.push(value / queryNorm);
      }
    }

    if (filters.near || filters.cityId) {
      // A radius or a city leaves a few hundred places: filter first, then score just those.
      const hits: { row: number; similarity: number }[] = [];
      const box = filters.near ? boundingBox(filters.near) : undefined;
      const { lats, lons } = this;
      for (let row = 0; row < count; row++) {
        if (box) {
          const lat = lats[row] as number;
          const lon = lons[row] as number;
          if (lat < box.minLat || lat > box.maxLat) continue;
          if (!box.lonWraps && (lon < box.minLon || lon > box.maxLon)) continue;
        }
        if (this.zero[row] === 1) continue;
        const place = this.places[row] as IndexedPlace;
        if (filters.cityId && place.cityId !== filters.cityId) continue;
        if (!matches(place, filters)) continue;
        let similarity = 0;
        for (let i = 0; i < dims.length; i++) {
          similarity +=
            (weights[i] as number) * (this.columns[(dims[i] as number) + row] as number);
        }
        hits.push({ row, similarity });
      }
      return hits
        .sort((a, b) => b.similarity - a.similarity || a.row - b.row)
        .slice(0, k)
        .map(({ row, similarity }) => ({ id: (this.places[row] as IndexedPlace).id, similarity }));
    }

    if (this.scores.length < count) this.scores = new Float64Array(this.capacity);
    const scores = this.scores;
    scores.fill(0, 0, count);
    const columns = this.columns;
    // Hot loops: typed-array reads only, four columns per pass over the scores.
    let i = 0;
    for (; i + 4 <= dims.length; i += 4) {
      const [w0, w1, w2, w3] = weights.slice(i, i + 4) as [number, number, number, number];
      const [o0, o1, o2, o3] = dims.slice(i, i + 4) as [number, number, number, number];
      for (let row = 0; row < count; row++) {
        scores[row] =
          (scores[row] as number) +
          w0 * (columns[o0 + row] as number) +
          w1 * (columns[o1 + row] as number) +
          w2 * (columns[o2 + row] as number) +
          w3 * (columns[o3 + row] as number);
      }
    }
    for (; i < dims.length; i++) {
      const weight = weights[i] as number;
      const offset = dims[i] as number;
      for (let row = 0; row < count; row++) {
        scores[row] = (scores[row] as number) + weight * (columns[offset + row] as number);
      }
    }

    // Min-heap of rows by score; on equal scores the later row is the worse, so ties keep the
    // earlier row as a full sort would.
    const heap: number[] = [];
    const worse = (a: number, b: number) => {
      const sa = scores[a] as number;
      const sb = scores[b] as number;
      return sa < sb || (sa === sb && a > b);
    };
    const siftDown = () => {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && worse(heap[left] as number, heap[smallest] as number))
          smallest = left;
        if (right < heap.length && worse(heap[right] as number, heap[smallest] as number))
          smallest = right;
        if (smallest === i) return;
        [heap[i], heap[smallest]] = [heap[smallest] as number, heap[i] as number];
        i = smallest;
      }
    };
    const zero = this.zero;
    let floor = -Infinity;
    for (let row = 0; row < count; row++) {
      const score = scores[row] as number;
      // Most rows stop here: below the k-th best so far (ties fall through to worse()).
      if (score < floor || zero[row] === 1) continue;
      if (heap.length >= k && !worse(heap[0] as number, row)) continue;
      if (!matches(this.places[row] as IndexedPlace, filters)) continue;
      if (heap.length < k) {
        heap.push(row);
        let i = heap.length - 1;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!worse(heap[i] as number, heap[parent] as number)) break;
          [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
          i = parent;
        }
      } else {
        heap[0] = row;
        siftDown();
      }
      if (heap.length >= k) floor = scores[heap[0] as number] as number;
    }
    return heap
      .sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
      .map((row) => ({
        id: (this.places[row] as IndexedPlace).id,
        similarity: scores[row] as number,
      }));
  }
}

/** A box around a circle, loose enough that the exact distance test decides. */
function boundingBox(near: { lat: number; lon: number; radiusKm: number }) {
  const dLat = (near.radiusKm / 111.32) * 1.01;
  const cos = Math.cos((near.lat * Math.PI) / 180);
  const dLon = cos > 0.01 ? (near.radiusKm / (111.32 * cos)) * 1.01 : 360;
  return {
    minLat: near.lat - dLat,
    maxLat: near.lat + dLat,
    minLon: near.lon - dLon,
    maxLon: near.lon + dLon,
    // Across the antimeridian or near a pole the box is not one longitude range: let the exact
    // test decide.
    lonWraps: near.lon - dLon < -180 || near.lon + dLon > 180,
  };
}

function matches(place: IndexedPlace, filters: PlaceFilters): boolean {
  if (place.tripId !== null && place.tripId !== filters.tripId) return false;
  if (filters.cityId && place.cityId !== filters.cityId) return false;
  if (filters.categories?.length && !filters.categories.includes(place.category)) return false;
  if (filters.tags?.length && !filters.tags.some((tag) => place.tags.includes(tag))) return false;
  if (filters.near && haversineKm(filters.near, place) > filters.near.radiusKm) return false;
  return true;
}
