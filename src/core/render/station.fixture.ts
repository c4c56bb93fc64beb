import type { Facility } from '../model/facility';

/** A proposed community service station (600 m², 300 m) in Wuhan, for the map's facility tests. */
export const station: Facility = {
  id: 'f1',
  name: 'a',
  type: 'community_service_station',
  status: 'proposed',
  lon: 114.2,
  lat: 30.6,
  floorAreaSquareMeters: 600,
  radiusMeters: 300,
};
