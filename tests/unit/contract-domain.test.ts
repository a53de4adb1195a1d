// The database layer answers in plain domain types (server/domain.ts) and knows nothing of the API contract; services
// pass those values on as contract types. These checks fail to compile (npm run typecheck) when the two drift apart.
import { describe, expectTypeOf, it } from 'vitest';
import type * as api from '../../contract/api.ts';
import type * as domain from '../../server/domain.ts';

describe('contract and domain types', () => {
  it('describe the same graph values', () => {
    expectTypeOf<domain.GraphNode>().toEqualTypeOf<api.GraphNode>();
    expectTypeOf<domain.GraphEdge>().toEqualTypeOf<api.GraphEdge>();
    expectTypeOf<domain.Graph>().toEqualTypeOf<api.Graph>();
    expectTypeOf<domain.GraphPath>().toExtend<api.GraphPath>();
    expectTypeOf<api.GraphPath>().toExtend<domain.GraphPath>();
    expectTypeOf<domain.SourceRef>().toExtend<api.SourceRef>();
    expectTypeOf<domain.RelationshipCount>().toEqualTypeOf<api.RelationshipCount>();
  });
});
