import { Router } from 'express';
import type { Explorer } from '../../services/explorer.ts';
import { NeighbourhoodQuery, NodeDetailsQuery, NodeParams, PathsQuery, SearchQuery } from '../schemas.ts';
import { validate } from '../validate.ts';

export function explorerRouter(explorer: Explorer): Router {
  return Router()
    .get('/search', async (req, res) => {
      res.json(await explorer.search(validate(SearchQuery, req.query)));
    })
    .get('/nodes/:id', async (req, res) => {
      const { id } = validate(NodeParams, req.params);
      res.json(await explorer.nodeDetails(id, validate(NodeDetailsQuery, req.query)));
    })
    .get('/nodes/:id/neighbourhood', async (req, res) => {
      const { id } = validate(NodeParams, req.params);
      res.json(await explorer.neighbourhood(id, validate(NeighbourhoodQuery, req.query)));
    })
    .get('/paths', async (req, res) => {
      res.json(await explorer.paths(validate(PathsQuery, req.query)));
    })
    .get('/schema', async (_req, res) => {
      res.json(await explorer.schema());
    });
}
