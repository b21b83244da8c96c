# syntax=docker/dockerfile:1
# One image per module of the Maven reactor, chosen with the build argument SERVICE:
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=directive-service -t dienbien/directive-service .
# For a Spring Boot service the image runs its fat jar; for SERVICE=local-stack it holds the
# local-stack jar and its libs/ (docker-compose runs the SMS gateway from it).

FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /src
COPY . .
# The Maven repository is a BuildKit cache shared by every image build (locked: one build at a time).
RUN --mount=type=cache,id=dienbien-m2,target=/root/.m2,sharing=locked \
    test -n "${SERVICE}" || { echo "build-arg SERVICE is required" >&2; exit 1; }; \
    mvn -B -DskipTests -pl "${SERVICE}" -am package \
 && mkdir -p /out \
 && cp "${SERVICE}/target/${SERVICE}.jar" /out/app.jar \
 && if [ -d "${SERVICE}/target/libs" ]; then cp -r "${SERVICE}/target/libs" /out/libs; fi

FROM eclipse-temurin:21-jre
ARG SERVICE
# curl is what the compose healthchecks call.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --from=build --chown=app:app /out/ /app/
USER app
ENV SERVICE=${SERVICE} \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
