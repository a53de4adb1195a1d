// Random but repeatable inputs for the benchmarks: ids and search words drawn from the graph with a fixed seed.
import neo4j, { type Driver } from 'neo4j-driver';

/** Every node id, in index order (the same list for the same graph, whatever the store order). */
export async function allIds(driver: Driver, database?: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id',
    {},
    { database, routing: neo4j.routing.READ },
  );
  return records.map((r) => r.get('id') as string);
}

/** Words of four letters or more from the names of the given nodes: what an investigator would type. */
export async function searchWords(driver: Driver, ids: string[], database?: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.name AS name',
    { ids },
    { database, routing: neo4j.routing.READ },
  );
  const words = records.flatMap((r) =>
    String(r.get('name'))
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length >= 4),
  );
  return words.length ? words : ['lazarus'];
}
