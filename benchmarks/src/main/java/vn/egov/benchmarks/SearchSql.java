package vn.egov.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The raw-SQL baseline of the search: exactly the statements {@code catalogue-service}'s {@code SearchProcedures} runs
 * for {@code GET /api/catalogue/procedures?q=} (first page of 20, no filter), with the same parameters, in one
 * read-only transaction: the {@code set_config} of the similarity threshold, the ranked page, and the count when the
 * page is full. The query is folded and its abbreviations expanded as {@code SearchQuery} does.
 *
 * <p>Copied, not shared: the service is a Spring Boot application the benchmark cannot link to. If the service's SQL
 * changes, change it here too ({@code catalogue-service/.../search/SearchProcedures.java},
 * {@code .../procedure/CurrentVersions.java}, {@code .../search/SearchText.java}, {@code SearchProperties.BUILT_IN}).
 */
final class SearchSql {

    static final int PAGE_SIZE = 20;
    static final double WORD_SIMILARITY_THRESHOLD = 0.5;

    private static final String CTE =
            """
            current_version as (
                select v.* from procedure_version v
                join procedure p on p.code = v.procedure_code
                where p.status = 'ACTIVE' and v.effective_from <= :today
                  and not exists (select 1 from procedure_version n
                                  where n.procedure_code = v.procedure_code
                                    and n.effective_from <= :today and n.version > v.version))
            """;

    private static final String SCORE =
            """
            (case when c.procedure_code = :raw then 10 else 0 end
             + word_similarity(:text, c.search_name)
             + 0.5 * similarity(:text, c.search_name)
             + 0.3 * word_similarity(:text, c.search_extra)
             + case when c.search_name like :prefix then 0.3 when c.search_name like :infix then 0.2 else 0 end)
            """;

    private static final String FROM = "with " + CTE
            + " select {columns} from current_version c join agency a on a.code = c.agency_code where true"
            + " and (c.search_name %> :text or c.search_extra %> :text or c.procedure_code = :raw)";

    private static final String COLUMNS =
            """
            c.procedure_code, c.name, c.sector, c.agency_code, a.name as agency_name, c.agency_tier,
            c.service_level, c.version, c.effective_from, c.processing_days,
            c.online_processing_days, c.fee_total, %s as score
            """
                    .formatted(SCORE);

    static final Named PAGE = Named.of(FROM.replace("{columns}", COLUMNS)
            + " order by score desc, length(c.name), c.procedure_code limit :limit offset :offset");
    static final Named COUNT = Named.of(FROM.replace("{columns}", "count(*)"));
    static final String THRESHOLD =
            "select set_config('pg_trgm.word_similarity_threshold', ?, true), set_config('enable_seqscan', 'off', true)";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("gpxd", "giay phep xay dung"),
            Map.entry("gplx", "giay phep lai xe"),
            Map.entry("gpld", "giay phep lao dong"),
            Map.entry("gpkd", "giay phep kinh doanh"),
            Map.entry("gcn", "giay chung nhan"),
            Map.entry("qsdd", "quyen su dung dat"),
            Map.entry("lltp", "ly lich tu phap"),
            Map.entry("dkkd", "dang ky kinh doanh"),
            Map.entry("dkdn", "dang ky doanh nghiep"),
            Map.entry("hkd", "ho kinh doanh"),
            Map.entry("cchn", "chung chi hanh nghe"),
            Map.entry("hdv", "huong dan vien"),
            Map.entry("attp", "an toan thuc pham"),
            Map.entry("bhyt", "bao hiem y te"),
            Map.entry("tnhh", "trach nhiem huu han"),
            Map.entry("htx", "hop tac xa"),
            Map.entry("dtm", "danh gia tac dong moi truong"),
            Map.entry("xnk", "xuat khau nhap khau"),
            Map.entry("thpt", "trung hoc pho thong"),
            Map.entry("thcs", "trung hoc co so"),
            Map.entry("kcb", "kham benh chua benh"),
            Map.entry("dk", "dang ky"));

    private SearchSql() {}

    /** Runs one search on {@code connection} (auto-commit off) and returns how many procedures the page holds. */
    static int search(Connection connection, String q, LocalDate today) throws SQLException {
        String raw = q.strip();
        String text = expand(fold(raw));
        Map<String, Object> params = Map.of(
                "today", today,
                "limit", PAGE_SIZE,
                "offset", 0L,
                "text", text,
                "raw", raw,
                "prefix", text + "%",
                "infix", "%" + text + "%");
        try {
            try (PreparedStatement threshold = connection.prepareStatement(THRESHOLD)) {
                threshold.setString(1, Double.toString(WORD_SIMILARITY_THRESHOLD));
                try (ResultSet rs = threshold.executeQuery()) {
                    rs.next();
                }
            }
            int rows = 0;
            try (PreparedStatement page = PAGE.prepare(connection, params);
                    ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    // Read every column, as the service's row mapper does.
                    rs.getString("procedure_code");
                    rs.getString("name");
                    rs.getString("sector");
                    rs.getString("agency_code");
                    rs.getString("agency_name");
                    rs.getString("agency_tier");
                    rs.getInt("service_level");
                    rs.getInt("version");
                    rs.getObject("effective_from", LocalDate.class);
                    rs.getInt("processing_days");
                    rs.getObject("online_processing_days");
                    rs.getLong("fee_total");
                    rows++;
                }
            }
            if (rows == PAGE_SIZE) {
                try (PreparedStatement count = COUNT.prepare(connection, params);
                        ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('đ', 'd');
        String bare =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(NOT_WORD.matcher(bare).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }

    private static String expand(String folded) {
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(ABBREVIATIONS.getOrDefault(word, word));
        }
        return String.join(" ", words).strip();
    }

    /** SQL with {@code :name} parameters, turned into JDBC's {@code ?} as Spring's {@code JdbcClient} does. */
    record Named(String sql, List<String> names) {

        private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z]+)");

        static Named of(String sql) {
            List<String> names = new ArrayList<>();
            var matcher = PARAMETER.matcher(sql);
            StringBuilder jdbc = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            return new Named(jdbc.toString(), List.copyOf(names));
        }

        PreparedStatement prepare(Connection connection, Map<String, Object> params) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < names.size(); i++) {
                Object value = params.get(names.get(i));
                if (value instanceof String text) {
                    statement.setString(i + 1, text);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        }
    }
}
