import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The anchor for bench/police-uk-import.sh: DuckDB through JDBC, two threads, reading the extracted
 * police.uk street files and counting them by force, month, crime type, outcome and district.
 */
public final class DuckDbAnchor {
    public static void main(String[] args) throws Exception {
        String glob = args[0].replace("'", "''") + "/*/*.csv";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 2");
            long groups = 0;
            long rows = 0;
            try (ResultSet rs = statement.executeQuery("""
                    SELECT "Reported by", "Month", "Crime type", "Last outcome category",
                           regexp_replace("LSOA name", ' [^ ]*$', '') AS district, count(*) AS n
                    FROM read_csv('%s', header = true, all_varchar = true)
                    GROUP BY ALL
                    """.formatted(glob))) {
                while (rs.next()) {
                    groups++;
                    rows += rs.getLong("n");
                }
            }
            System.out.printf("%d rows in %d groups%n", rows, groups);
        }
    }
}
