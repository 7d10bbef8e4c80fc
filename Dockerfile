# syntax=docker/dockerfile:1
# Keywork as a container: build with the JDK, run on the JRE as a non-root user.
# The database is configured with SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (see docker-compose.yml).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# the wrapper and the POM first, so the Maven download and the dependencies are cached between builds
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package \
 && cp target/keywork-*.jar /src/keywork.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system keywork && useradd --system --gid keywork --home-dir /app --shell /usr/sbin/nologin keywork
WORKDIR /app
COPY --from=build --chown=keywork:keywork /src/keywork.jar /app/keywork.jar
USER keywork
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# readiness over plain bash (the JRE image has no curl): Spring Boot's /actuator/health/readiness says UP when ready
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "/app/keywork.jar"]
