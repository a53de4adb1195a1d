import { Router } from 'express';
import { AppError } from '../../errors.ts';
import type { Health } from '../../services/health.ts';

export function healthRouter(health: Health): Router {
  return Router()
    .get('/health', async (_req, res) => {
      res.json(await health.health());
    })
    .get('/ready', async (_req, res) => {
      const status = await health.health();
      if (!status.neo4j.connected) throw new AppError('DATABASE_UNAVAILABLE', `Not ready: ${status.neo4j.reason}`);
      res.json(status);
    });
}
