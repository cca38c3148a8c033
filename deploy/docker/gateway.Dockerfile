# The gateway image. Build from the repository root: docker build -f deploy/docker/gateway.Dockerfile -t lasergrains-gateway .
# Its access commands run in it too: docker run … lasergrains-gateway keys create NAME ROLE (docs/DEPLOY.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Gateway/LaserGrains.Gateway.csproj -c Release -o /out -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out ./
COPY deploy/docker/entrypoint.sh /opt/lasergrains/entrypoint.sh
# The file-system blob store; a volume shared by every silo and gateway is mounted here.
RUN mkdir -p /data/files && chown "$APP_UID" /data/files
ENV LG_GATEWAY_URL=http://0.0.0.0:8080 \
    LG_STORAGE_ROOT=/data/files
EXPOSE 8080
# The non-root user the .NET images provide.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS "$(echo "$LG_GATEWAY_URL" | sed 's#//0\.0\.0\.0#//127.0.0.1#')/health/live" >/dev/null || exit 1
ENTRYPOINT ["/bin/sh", "/opt/lasergrains/entrypoint.sh", "dotnet", "/app/LaserGrains.Gateway.dll"]
