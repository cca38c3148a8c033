# The silo image. Build from the repository root: docker build -f deploy/docker/silo.Dockerfile -t lasergrains-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Silo/LaserGrains.Silo.csproj -c Release -o /out -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out ./
COPY deploy/docker/entrypoint.sh /opt/lasergrains/entrypoint.sh
# The schema and the script that applies it, for the migration job (it runs them with psql from the postgres image).
COPY deploy/env.sh deploy/migrate.sh /opt/lasergrains/deploy/
COPY deploy/sql/ /opt/lasergrains/deploy/sql/
# The file-system blob store; a volume shared by every silo and gateway is mounted here.
RUN mkdir -p /data/files && chown "$APP_UID" /data/files
ENV LG_SILO_HTTP_URL=http://0.0.0.0:8081 \
    LG_STORAGE_ROOT=/data/files
EXPOSE 8081 11111 30000
# The non-root user the .NET images provide.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS "$(echo "$LG_SILO_HTTP_URL" | sed 's#//0\.0\.0\.0#//127.0.0.1#')/health/live" >/dev/null || exit 1
ENTRYPOINT ["/bin/sh", "/opt/lasergrains/entrypoint.sh", "dotnet", "/app/LaserGrains.Silo.dll"]
