package vn.egov.web.statistics;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Which dossiers the page counts: whole months from {@code from} to {@code to}, both included, of one agency tier
 * and one agency when given.
 */
record StatisticsFilter(YearMonth from, YearMonth to, @Nullable String tier, @Nullable String agencyCode) {}
