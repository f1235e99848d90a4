package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The headline figures on the home page: the catalogue's ({@code GET /api/catalogue/statistics}) and the year's
 * dossiers' ({@code GET /api/dossiers/statistics}). Either may be missing when its service does not answer: the home
 * page then shows what it has.
 */
public record Figures(@Nullable CatalogueFigures catalogue, @Nullable DossierFigures dossiers) {

    /** Procedures in force today and their shares at levels 3–4 and 4. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CatalogueFigures(long total, double level3or4Share, double level4Share, int year) {}

    /** Dossiers of a period: how many, the share submitted online, the share processed on time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DossierFigures(
            long received,
            long online,
            @Nullable Double onlineShare,
            long processed,
            long onTime,
            long late,
            @Nullable Double onTimeRate) {}
}
