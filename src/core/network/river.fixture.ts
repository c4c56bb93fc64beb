/**
 * The river the walking-network tests share (session, suggestion, import and the state controllers): a river 400 m
 * wide between y = 0 and y = 400 with one bridge at x = 600 — a street on each bank from x = 0 to x = 600 and the
 * bridge. Cells (one person each): S 20 m north of the south street at x = 0, N 20 m south of the north street at
 * x = 0 (380 m from the origin in a straight line). A station at the origin with a 500 m radius covers S (20 m) and
 * N (380 m) in a straight line: 100%. Along the streets N is 600 + 400 + 600 + 20 = 1,620 m away, so only S: 50%.
 */
import type { Dataset } from '../model/dataset';
import type { Facility } from '../model/facility';
import { at, networkOf, pointGrid, street } from './network.fixture';
import type { StreetNetwork } from './street-network';

/** The two banks and the bridge. */
export function riverNetwork(): StreetNetwork {
  return networkOf([street(0, 0, 600, 0), street(0, 400, 600, 400), street(600, 0, 600, 400)]);
}

/** Cells S (0, 20) and N (0, 380), one person each, in no district; 2.5 residents per household. */
export function riverDataset(): Dataset {
  return {
    id: 'river',
    name: 'River',
    grid: pointGrid([
      [0, 20],
      [0, 380],
    ]),
    districts: [],
    districtOfCell: new Int32Array(2).fill(-1),
    householdSize: 2.5,
    residentLayer: 'total',
    sourceCrs: 'EPSG:4326',
  };
}

/** A 100 m² community service station at the origin, radius 500 m. */
export function riverStation(): Facility {
  const [lon, lat] = at(0, 0);
  return {
    id: 's',
    name: 's',
    type: 'community_service_station',
    status: 'proposed',
    lon,
    lat,
    floorAreaSquareMeters: 100,
    radiusMeters: 500,
  };
}
