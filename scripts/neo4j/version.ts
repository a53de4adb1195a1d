// One Neo4j version for every way the project runs it: the local jars, docker compose and testcontainers.
export const NEO4J_VERSION = '2026.08.1';
export const NEO4J_IMAGE = `neo4j:${NEO4J_VERSION}-community`;
// Calendar releases (2025.x and later) need Java 21 or newer.
export const JAVA_MAJOR_REQUIRED = 21;
