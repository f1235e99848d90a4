package vn.egov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.embedded.PostgresServer;

/**
 * The business-figure queries that CloudNativePG and postgres_exporter run (deploy/k8s/base/postgres) work on the
 * schema the service's own migrations build, in a real PostgreSQL, and return exactly the columns they declare.
 */
class BusinessFigureQueriesIT {

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.start(null, 0, true);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dossier", "payment"})
    void everyQueryRunsOnTheServicesSchemaAndReturnsTheColumnsItDeclares(String service) throws SQLException {
        String url = postgres.database(service);
        Flyway.configure()
                .dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD)
                .locations(
                        "filesystem:" + DeployFiles.path("service-defaults/src/main/resources/db/defaults"),
                        "filesystem:" + DeployFiles.path(service + "-service/src/main/resources/db/migration"))
                .load()
                .migrate();
        Map<String, Object> queries = DeployFiles.yamlFile("deploy/k8s/base/postgres/" + service + "-queries.yaml");
        assertThat(queries).isNotEmpty();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = connection.createStatement()) {
            for (var query : queries.entrySet()) {
                assertThat(DeployFiles.listAt(query.getValue(), "target_databases"))
                        .as("target database of %s", query.getKey())
                        .containsExactly(service);
                List<String> declared = new ArrayList<>();
                DeployFiles.<Map<String, Object>>listAt(query.getValue(), "metrics")
                        .forEach(column -> declared.addAll(column.keySet()));
                try (ResultSet rows = statement.executeQuery(
                        DeployFiles.value(query.getValue(), "query").toString())) {
                    ResultSetMetaData columns = rows.getMetaData();
                    List<String> returned = new ArrayList<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        returned.add(columns.getColumnLabel(i));
                    }
                    assertThat(returned).as("columns of %s", query.getKey()).isEqualTo(declared);
                }
            }
        }
    }
}
