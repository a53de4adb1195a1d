# The explorer as a container image: `docker compose up` runs it beside Neo4j (docker-compose.yml); docs/deploy.md
# says how to configure it. Three stages: the client is built with the dev dependencies, the runtime gets the
# production ones only, and runs as the unprivileged `node` user.
FROM node:24-bookworm-slim AS client
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the `node` dev dependency would download a second Node; Vite's bundler ships as a plain package.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY vite.config.ts tsconfig.base.json ./
COPY client client
COPY contract contract
RUN node node_modules/vite/bin/vite.js build --logLevel warn

FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=runtime-deps /app/node_modules node_modules
COPY package.json ./
COPY server server
COPY contract contract
# scripts/start.ts seeds an empty database from cypher/seed and imports the ATT&CK bundle in data/ on first start.
COPY scripts scripts
COPY cypher cypher
COPY data data
COPY --from=client /app/dist/client dist/client
USER node
EXPOSE 3000
# Healthy once Neo4j answers. Over plain HTTP inside the container: put TLS on a proxy in front (docs/deploy.md).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}${process.env.BASE_PATH ?? ''}/api/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/start.ts", "--no-build"]
