import type { TileEnv } from './tileSource';

/** The tile settings this build was made with (README "Map tiles"). */
export const TILE_ENV: TileEnv = {
  VITE_TILE_URL: import.meta.env.VITE_TILE_URL,
  VITE_TILE_ATTRIBUTION: import.meta.env.VITE_TILE_ATTRIBUTION,
  VITE_TILE_MAX_ZOOM: import.meta.env.VITE_TILE_MAX_ZOOM,
  VITE_TILE_ALLOWED_ORIGINS: import.meta.env.VITE_TILE_ALLOWED_ORIGINS,
};
