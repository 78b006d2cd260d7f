# Retur as a container: the compiled build (dist/) on Node 24, production dependencies only, run as the
# unprivileged `node` user, with a HEALTHCHECK on /healthz. Build: `docker build -t retur .`; with PostgreSQL 17:
# `docker compose up` (compose.yaml). Every variable: docs/configuration.md; probes, logs, metrics:
# docs/operations.md.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: `prepare` would build before the sources are here; the build runs below.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    RETUR_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
# /docs/errors and /docs/rules are served from these files.
COPY docs/errors.md docs/rules.md ./docs/
# The console's policy lab offers these as examples.
COPY examples/reforms ./examples/reforms
# PGlite's data when no DATABASE_URL is given; the image itself stays read-only to the service.
RUN mkdir /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Never the demo data (NODE_ENV=production refuses it): make the first account with
# `docker compose run --rm retur node bin/retur.js users add --username … --role admin`.
CMD ["node", "bin/retur.js", "serve", "--no-demo"]
