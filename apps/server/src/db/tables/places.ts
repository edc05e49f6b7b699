/**
 * Tables of the place catalogue. Owned by the places area, which fills this interface alongside
 * its migration '0003_places'.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlaceTables {}
