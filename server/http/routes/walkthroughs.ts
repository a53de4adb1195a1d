import { Router } from 'express';
import type { Walkthroughs } from '../../services/walkthroughs.ts';
import { WalkthroughParams } from '../schemas.ts';
import { validate } from '../validate.ts';

export function walkthroughsRouter(walkthroughs: Walkthroughs): Router {
  return Router()
    .get('/walkthroughs', (_req, res) => {
      res.json(walkthroughs.list());
    })
    .get('/walkthroughs/:id', async (req, res) => {
      res.json(await walkthroughs.get(validate(WalkthroughParams, req.params).id));
    });
}
