package vn.egov.catalogue.assistant;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.catalogue.search.index.ProcedureSummary;
import vn.egov.catalogue.search.index.SearchRequest;
import vn.egov.catalogue.search.index.SearchResult;
import vn.egov.catalogue.search.index.SearchText;

/**
 * The assistant's reasoning, without Spring: reads the question ({@link Question}), finds the procedure with the
 * catalogue's search index (or keeps the conversation's), and answers from the procedure's facts only. An ambiguous
 * question gets up to three procedures to choose from; the conversation id remembers the procedure and the choices.
 */
public final class ProcedureAssistant {

    /** A procedure named in an answer, with its link. */
    public record Link(String code, String name, String url) {}

    /**
     * The answer.
     *
     * @param conversationId send it back with the next message to keep the conversation's procedure
     * @param text the answer in Vietnamese
     * @param intent what the question was taken to ask
     * @param procedure the procedure answered about, or {@code null}
     * @param choices the procedures offered when the question was ambiguous, best first; else empty
     */
    public record Reply(String conversationId, String text, Intent intent, Link procedure, List<Link> choices) {

        /** The procedure of the top answer: the one answered about, else the first choice. */
        public Optional<String> topProcedureCode() {
            if (procedure != null) {
                return Optional.of(procedure.code());
            }
            return choices.isEmpty()
                    ? Optional.empty()
                    : Optional.of(choices.get(0).code());
        }
    }

    /**
     * Procedures citizens mean when they name a family of them without saying which: the judicial record certificate
     * for themselves rather than the ones agencies or courts ask for.
     */
    static final Map<String, String> PREFERRED = Map.of("ly lich tu phap", "2.000488");

    private static final Pattern PROCEDURE_CODE = Pattern.compile("(?<![\\d.])(\\d\\.\\d{6})(?![\\d.])");
    private static final int CANDIDATES = 10;

    private final Function<SearchRequest, SearchResult> search;
    private final Function<String, Optional<ProcedureFacts>> facts;
    private final Map<String, String> abbreviations;
    private final String procedureUrl;
    private final String lookUpUrl;

    /**
     * @param procedureUrl the link of a procedure, {@code {code}} replaced by its code
     * @param lookUpUrl where the public look-up is
     */
    public ProcedureAssistant(
            Function<SearchRequest, SearchResult> search,
            Function<String, Optional<ProcedureFacts>> facts,
            Map<String, String> abbreviations,
            String procedureUrl,
            String lookUpUrl) {
        this.search = search;
        this.facts = facts;
        this.abbreviations = Map.copyOf(abbreviations);
        this.procedureUrl = procedureUrl;
        this.lookUpUrl = lookUpUrl;
    }

    public Reply answer(String conversationId, String text) {
        Conversation conversation = Conversation.parse(conversationId);
        Question question = Question.read(text, abbreviations);
        if (question.choice() > 0 && question.choice() <= conversation.choices().size()) {
            String code = conversation.choices().get(question.choice() - 1);
            Intent intent = conversation.pendingIntent() == null ? Intent.OVERVIEW : conversation.pendingIntent();
            return about(conversation, code, intent);
        }
        Intent intent = question.intent();
        if (intent == Intent.LOOKUP) {
            return new Reply(conversation.id(), lookUpHelp(), Intent.LOOKUP, null, List.of());
        }
        Matcher code = PROCEDURE_CODE.matcher(question.normalised());
        if (code.find() && facts.apply(code.group(1)).isPresent()) {
            return about(conversation, code.group(1), intent == null ? Intent.OVERVIEW : intent);
        }
        String words = question.procedureWords();
        int count = words.isBlank() ? 0 : words.split(" ").length;
        boolean followUp = conversation.procedureCode() != null && count <= 1;
        if (count > 0 && !followUp) {
            List<ProcedureSummary> candidates = search.apply(
                            new SearchRequest("", words, null, null, null, 0, CANDIDATES))
                    .content();
            if (!candidates.isEmpty()) {
                Optional<ProcedureSummary> chosen = choose(candidates, words);
                if (chosen.isPresent()) {
                    return about(conversation, chosen.get().code(), intent == null ? Intent.OVERVIEW : intent);
                }
                return offer(conversation, candidates.subList(0, Math.min(3, candidates.size())), intent);
            }
        }
        if (conversation.procedureCode() != null) {
            return about(conversation, conversation.procedureCode(), intent == null ? Intent.OVERVIEW : intent);
        }
        String help = intent == null
                ? "Xin chào! Tôi có thể cho biết giấy tờ cần nộp, lệ phí, thời gian giải quyết, nơi nộp, có làm trực"
                        + " tuyến được không và kết quả của thủ tục hành chính. Ông/bà hỏi về thủ tục nào? Ví dụ:"
                        + " \"cấp phiếu lý lịch tư pháp cần giấy tờ gì\"."
                : "Xin lỗi, tôi chưa tìm thấy thủ tục phù hợp trong danh mục. Ông/bà vui lòng nêu tên thủ tục, ví dụ:"
                        + " \"đăng ký khai sinh lệ phí bao nhiêu\".";
        return new Reply(conversation.id(), help, intent == null ? Intent.OVERVIEW : intent, null, List.of());
    }

    /**
     * The procedures the words name, best first. When no name has most of the words (a word no name has, "công ty"
     * for "giải thể doanh nghiệp"), the words are tried with one left out, then with the first ones left out, and the
     * procedure naming the most of the words asked wins.
     */
    List<ProcedureSummary> candidates(String words) {
        List<ProcedureSummary> found = find(words);
        if (!found.isEmpty()) {
            return found;
        }
        List<String> all = Arrays.asList(words.split(" "));
        Set<String> asked = new HashSet<>(all);
        List<ProcedureSummary> best = List.of();
        long bestCovered = 0;
        for (int i = 0; i < all.size() && all.size() > 1; i++) {
            List<String> fewer = new java.util.ArrayList<>(all);
            fewer.remove(i);
            List<ProcedureSummary> some = find(String.join(" ", fewer));
            if (!some.isEmpty()) {
                long covered =
                        nameWords(some.get(0)).stream().filter(asked::contains).count();
                if (covered > bestCovered) {
                    best = some;
                    bestCovered = covered;
                }
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        for (int drop = 2; drop < all.size(); drop++) {
            List<ProcedureSummary> some = find(String.join(" ", all.subList(drop, all.size())));
            if (!some.isEmpty()) {
                return some;
            }
        }
        return List.of();
    }

    private List<ProcedureSummary> find(String words) {
        List<ProcedureSummary> found =
                new java.util.ArrayList<>(search.apply(new SearchRequest("", words, null, null, null, 0, CANDIDATES))
                        .content());
        // A question that does not say "cấp lại", "đổi", "gia hạn"... means the procedure itself, not its variants.
        Set<String> asked = new HashSet<>(Arrays.asList(words.split(" ")));
        found.sort(java.util.Comparator.comparingInt(c -> variant(c, asked) ? 1 : 0));
        return found;
    }

    private static final List<String> VARIANTS = List.of("lai", "doi", "gia", "dieu", "thay", "chinh", "bo");

    private static boolean variant(ProcedureSummary summary, Set<String> asked) {
        List<String> name = Arrays.asList(SearchText.fold(summary.name()).split(" "));
        List<String> head = name.subList(0, Math.min(3, name.size()));
        return VARIANTS.stream().anyMatch(v -> head.contains(v) && !asked.contains(v));
    }

    /**
     * The procedure a question names, or empty when it names several alike (the top ones all contain its words and
     * the best still has two or more words the question did not say).
     */
    static Optional<ProcedureSummary> choose(List<ProcedureSummary> candidates, String words) {
        Set<String> said = new HashSet<>(Arrays.asList(words.split(" ")));
        Set<String> asked = new HashSet<>(said);
        asked.removeIf(Question.FILLERS::contains);
        for (Map.Entry<String, String> preferred : PREFERRED.entrySet()) {
            if (Question.containsPhrase(words, preferred.getKey())) {
                Optional<ProcedureSummary> found = candidates.stream()
                        .filter(c -> c.code().equals(preferred.getValue()))
                        .filter(c -> nameWords(c).containsAll(asked))
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        ProcedureSummary best = candidates.get(0);
        if (candidates.size() < 2) {
            return Optional.of(best);
        }
        Set<String> bestWords = nameWords(best);
        Set<String> secondWords = nameWords(candidates.get(1));
        boolean alike = bestWords.containsAll(asked) && secondWords.containsAll(asked);
        long unsaid = bestWords.stream().filter(w -> !said.contains(w)).count();
        return alike && unsaid >= 2 ? Optional.empty() : Optional.of(best);
    }

    private static Set<String> nameWords(ProcedureSummary summary) {
        return new HashSet<>(Arrays.asList(
                SearchText.expand(SearchText.fold(summary.name()), Map.of()).split(" ")));
    }

    private Reply offer(Conversation conversation, List<ProcedureSummary> candidates, Intent intent) {
        StringBuilder text = new StringBuilder("Ông/bà muốn hỏi thủ tục nào?");
        List<Link> links = candidates.stream()
                .map(c -> new Link(c.code(), c.name(), url(c.code())))
                .toList();
        for (int i = 0; i < links.size(); i++) {
            text.append('\n')
                    .append(i + 1)
                    .append(". ")
                    .append(links.get(i).name())
                    .append(" (")
                    .append(links.get(i).code())
                    .append(')');
        }
        text.append("\nTrả lời số thứ tự của thủ tục.");
        Conversation next = conversation.offering(links.stream().map(Link::code).toList(), intent);
        return new Reply(next.id(), text.toString(), intent == null ? Intent.OVERVIEW : intent, null, links);
    }

    private Reply about(Conversation conversation, String code, Intent intent) {
        Optional<ProcedureFacts> found = facts.apply(code);
        if (found.isEmpty()) {
            return new Reply(
                    conversation.about(null).id(),
                    "Xin lỗi, thủ tục " + code + " hiện không còn trong danh mục.",
                    intent,
                    null,
                    List.of());
        }
        ProcedureFacts procedure = found.get();
        Link link = new Link(procedure.code(), procedure.name(), url(procedure.code()));
        String text = "Thủ tục: " + procedure.name() + " (mã " + procedure.code() + ").\n" + body(procedure, intent)
                + "\nChi tiết: " + link.url();
        return new Reply(conversation.about(code).id(), text, intent, link, List.of());
    }

    static String body(ProcedureFacts p, Intent intent) {
        return switch (intent) {
            case DOCUMENTS -> documents(p);
            case FEE -> fee(p);
            case TIME -> time(p);
            case WHERE -> where(p);
            case ONLINE -> online(p);
            case RESULT -> result(p);
            case OVERVIEW, LOOKUP ->
                where(p) + "\n" + time(p) + "\n" + fee(p) + "\n" + online(p)
                        + "\nÔng/bà có thể hỏi thêm: cần giấy tờ gì, kết quả là gì.";
        };
    }

    private static String documents(ProcedureFacts p) {
        if (p.documents().isEmpty()) {
            return "Danh mục không ghi giấy tờ phải nộp cho thủ tục này.";
        }
        StringBuilder text = new StringBuilder("Hồ sơ gồm:");
        for (int i = 0; i < p.documents().size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(p.documents().get(i));
        }
        return text.toString();
    }

    private static String fee(ProcedureFacts p) {
        if (p.feeTotal() == 0) {
            StringBuilder text = new StringBuilder("Không thu phí, lệ phí");
            p.fees().stream()
                    .filter(f -> !f.description().isBlank())
                    .findFirst()
                    .ifPresent(f -> text.append(" (").append(f.description()).append(')'));
            return text.append('.').toString();
        }
        StringBuilder text = new StringBuilder("Phí, lệ phí: ");
        for (int i = 0; i < p.fees().size(); i++) {
            ProcedureFacts.Fee fee = p.fees().get(i);
            text.append(i == 0 ? "" : "; ")
                    .append(fee.description())
                    .append(": ")
                    .append(money(fee.amount()));
        }
        if (p.fees().size() > 1) {
            text.append(". Tổng cộng ").append(money(p.feeTotal()));
        }
        return text.append('.').toString();
    }

    private static String time(ProcedureFacts p) {
        String text = "Thời hạn giải quyết: " + p.processingDays() + " ngày làm việc";
        if (p.serviceLevel() >= 3 && p.onlineProcessingDays() > 0 && p.onlineProcessingDays() < p.processingDays()) {
            text += " (nộp trực tuyến: " + p.onlineProcessingDays() + " ngày làm việc)";
        }
        return text + ".";
    }

    private static String where(ProcedureFacts p) {
        String agency = p.agencyName() == null ? "cơ quan giải quyết" : p.agencyName();
        String text = "Nơi nộp: bộ phận một cửa của " + agency;
        if (p.serviceLevel() >= 3) {
            text += ", hoặc trực tuyến trên Cổng Dịch vụ công";
        }
        return text + ".";
    }

    private static String online(ProcedureFacts p) {
        if (p.serviceLevel() >= 4) {
            return "Làm trực tuyến toàn trình được: nộp hồ sơ, nộp phí và nhận kết quả trên Cổng Dịch vụ công.";
        }
        if (p.serviceLevel() == 3) {
            return "Nộp hồ sơ trực tuyến được (một phần): kết quả nhận tại cơ quan hoặc qua bưu chính.";
        }
        return "Thủ tục này chưa nộp trực tuyến được; ông/bà nộp trực tiếp tại bộ phận một cửa.";
    }

    private static String result(ProcedureFacts p) {
        StringBuilder text = new StringBuilder("Kết quả: ")
                .append(p.resultType() == null ? "theo quy định của thủ tục" : p.resultType())
                .append('.');
        if (!p.deliveryOptions().isEmpty()) {
            text.append(" Nhận kết quả: ")
                    .append(String.join(
                            ", ",
                            p.deliveryOptions().stream()
                                    .map(o -> switch (o) {
                                        case "ONLINE" -> "trực tuyến";
                                        case "POSTAL" -> "qua bưu chính";
                                        case "COUNTER" -> "tại bộ phận một cửa";
                                        default -> o;
                                    })
                                    .toList()))
                    .append('.');
        }
        return text.toString();
    }

    private String lookUpHelp() {
        return "Để tra cứu hồ sơ, ông/bà cần mã hồ sơ (in trên giấy tiếp nhận, ví dụ 000.00.15.H17-261123-0001) và"
                + " số điện thoại đã khai khi nộp: tra cứu tại " + lookUpUrl + ", nhắn SMS \"TRACUU <mã hồ sơ>\" từ"
                + " số điện thoại đó đến tổng đài của Cổng, hoặc nhắn \"tra cứu <mã hồ sơ>\" cho Zalo OA của Cổng.";
    }

    private String url(String code) {
        return procedureUrl.replace("{code}", code);
    }

    private static String money(long amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
    }
}
