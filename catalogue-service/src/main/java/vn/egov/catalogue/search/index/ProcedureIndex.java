package vn.egov.catalogue.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An immutable, in-memory Lucene index of the procedures in force, answering list and search requests with the page
 * of summaries and the exact total. Build a new one when the catalogue changes and swap the reference; an instance is
 * safe for any number of concurrent searches.
 *
 * <p>Ranking (BM25 over folded words; a word repeated in a name counts once, see {@link FoldedWords}). Per query word,
 * the best of: the exact word in the name; a name word it begins (partial words, {@value #MIN_PREFIX_LENGTH} letters
 * or more); a name word one edit away (typos, {@value #MIN_FUZZY_LENGTH} letters or more, a transposition is one
 * edit); the word in the sector or result type at a lower weight. Completions and corrections are only looked for
 * where they can help (see {@link #word}). Words are optional but
 * {@link #minimumWordsToMatch most of them} must match, so that a stray word does not return the whole catalogue.
 * Bonuses: adjacent query words side by side in the name ({@link #pairs}), and the whole query as a phrase. A query
 * equal to a procedure code puts that procedure first. Ties go to the shorter
 * name, then the code. Filters never change scores. Without a query, everything matching the filters comes in code
 * order.
 *
 * <p>Documents are added from one thread into a single segment without merges, so a document id is the position of
 * the record in code order, and the summaries are kept in an array by document id: a search reads no stored field.
 */
public final class ProcedureIndex {

    static final String NAME = "name";
    static final String EXTRA = "extra";
    static final String CODE = "code";
    static final String TIER = "tier";
    static final String AGENCY = "agency";
    static final String LEVEL = "level";
    static final String SECTOR = "sector";
    static final String NAME_LENGTH = "nameLength";
    static final String PAIRS = "pairs";

    static final float EXACT = 1.0f;
    static final float PREFIX = 0.6f;
    static final float FUZZY = 0.45f;
    static final float EXTRA_WEIGHT = 0.3f;
    static final float PAIR_BONUS = 0.25f;
    static final float PHRASE_BONUS = 0.5f;
    /** Far above any word score: a code typed in full is what the citizen wants. */
    static final float CODE_MATCH = 100f;

    static final int MIN_PREFIX_LENGTH = 2;
    static final int MIN_FUZZY_LENGTH = 4;
    /** Vietnamese syllables are few: no two-letter prefix of a folded syllable has this many completions. */
    static final int MAX_EXPANSIONS = 128;

    private static final Sort BY_CODE = new Sort(new SortField(CODE, SortField.Type.STRING));
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(NAME_LENGTH, SortField.Type.INT),
            new SortField(CODE, SortField.Type.STRING));

    /** Pairs score by how rare they are only: no frequency, no length norm (the name's words already have one). */
    private static final FieldType PAIR_TYPE = pairType();

    private static FieldType pairType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private final IndexSearcher searcher;
    private final ProcedureSummary[] summaries;

    private ProcedureIndex(IndexSearcher searcher, ProcedureSummary[] summaries) {
        this.searcher = searcher;
        this.summaries = summaries;
    }

    /** Indexes {@code procedures} (one record per code; the order does not matter). */
    public static ProcedureIndex build(List<IndexedProcedure> procedures) {
        List<IndexedProcedure> byCode = new ArrayList<>(procedures);
        byCode.sort(Comparator.comparing(p -> p.summary().code()));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer words = new FoldedWords();
        IndexWriterConfig config = new IndexWriterConfig(words)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(512)
                .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setCommitOnClose(true);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (IndexedProcedure p : byCode) {
                    writer.addDocument(document(p));
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != byCode.size() || reader.leaves().size() > 1) {
                throw new IllegalStateException("the index must be one segment in insertion order: "
                        + reader.leaves().size() + " segments, " + reader.maxDoc() + " documents");
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            // Each snapshot is searched until the next replaces it; a shared filter cache would only hold dead readers.
            searcher.setQueryCache(null);
            return new ProcedureIndex(
                    searcher, byCode.stream().map(IndexedProcedure::summary).toArray(ProcedureSummary[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Number of procedures indexed. */
    public int size() {
        return summaries.length;
    }

    /** The page the request asks for, ranked (or in code order without a query), and the exact total. */
    public SearchResult search(SearchRequest request) {
        Query query = query(request);
        long offset = (long) request.page() * request.size();
        int wanted = (int) Math.max(1, Math.min(offset + request.size(), Math.max(1, summaries.length)));
        Sort sort = request.text() == null ? BY_CODE : BY_RELEVANCE;
        try {
            TopFieldDocs top =
                    searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE));
            List<ProcedureSummary> page = new ArrayList<>(request.size());
            ScoreDoc[] hits = top.scoreDocs;
            for (long i = offset; i < hits.length; i++) {
                page.add(summaries[hits[(int) i].doc]);
            }
            return new SearchResult(List.copyOf(page), top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /** The Lucene query of a request, for tests and explanations. */
    Query query(SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean filtered = false;
        if (request.agencyLevel() != null) {
            query.add(new TermQuery(new Term(TIER, request.agencyLevel())), Occur.FILTER);
            filtered = true;
        }
        if (request.agencyCode() != null) {
            query.add(new TermQuery(new Term(AGENCY, request.agencyCode())), Occur.FILTER);
            filtered = true;
        }
        if (request.serviceLevel() != null) {
            query.add(new TermQuery(new Term(LEVEL, request.serviceLevel().toString())), Occur.FILTER);
            filtered = true;
        }
        if (request.sector() != null) {
            query.add(new TermQuery(new Term(SECTOR, request.sector())), Occur.FILTER);
            filtered = true;
        }
        if (request.text() != null) {
            query.add(relevance(request.raw(), request.text()), Occur.MUST);
        } else if (!filtered) {
            return new MatchAllDocsQuery();
        }
        return query.build();
    }

    private Query relevance(String raw, String text) {
        // The query's words go through the same repetition rule as names, so that a phrase lines up with them.
        String[] terms = FoldedWords.words(text);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int distinct = 0;
        for (int i = 0; i < terms.length; i++) {
            if (!terms[i].equals(FoldedWords.REPEATED)) {
                words.add(word(terms[i], i == terms.length - 1), Occur.SHOULD);
                distinct++;
            }
        }
        words.setMinimumNumberShouldMatch(minimumWordsToMatch(distinct));
        // The words decide what matches; phrase bonuses only add to the score of what they matched.
        BooleanQuery.Builder matched = new BooleanQuery.Builder();
        matched.add(words.build(), Occur.MUST);
        for (String pair : pairs(terms)) {
            matched.add(new BoostQuery(new TermQuery(new Term(PAIRS, pair)), PAIR_BONUS), Occur.SHOULD);
        }
        if (terms.length > 2) {
            matched.add(new BoostQuery(new PhraseQuery(NAME, terms), PHRASE_BONUS), Occur.SHOULD);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(matched.build(), Occur.SHOULD);
        if (!raw.isEmpty()) {
            any.add(
                    new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(CODE, raw))), CODE_MATCH),
                    Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The ways a query word may match. A word that some name contains is taken as typed: looking for completions and
     * corrections of every word would cost most of a search (a Levenshtein automaton per word) and mostly add noise.
     * The last word may still be unfinished, so it is completed all the same.
     */
    private Query word(String word, boolean last) {
        List<Query> ways = new ArrayList<>(4);
        Term exact = new Term(NAME, word);
        ways.add(new BoostQuery(new TermQuery(exact), EXACT));
        boolean known = docFreq(exact) > 0;
        if (word.length() >= MIN_PREFIX_LENGTH && (last || !known)) {
            ways.add(new BoostQuery(
                    new PrefixQuery(
                            new Term(NAME, word), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS)),
                    PREFIX));
        }
        if (word.length() >= MIN_FUZZY_LENGTH && !known) {
            ways.add(new BoostQuery(new FuzzyQuery(new Term(NAME, word), 1, 0, MAX_EXPANSIONS, true), FUZZY));
        }
        ways.add(new BoostQuery(new TermQuery(new Term(EXTRA, word)), EXTRA_WEIGHT));
        return new DisjunctionMaxQuery(ways, 0f);
    }

    private int docFreq(Term term) {
        try {
            return searcher.getIndexReader().docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /**
     * Adjacent words as one token each ({@code giay+phep}): the bonus for words side by side costs a term lookup
     * instead of reading positions in every matching name, as a phrase query would.
     */
    static List<String> pairs(String[] words) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].equals(FoldedWords.REPEATED) && !words[i + 1].equals(FoldedWords.REPEATED)) {
                pairs.add(words[i] + "+" + words[i + 1]);
            }
        }
        return pairs;
    }

    /**
     * How many of {@code words} query words must match: all of one or two, then all but one in three (so a typo too
     * short to correct does not lose the query), growing to about two thirds for long queries.
     */
    static int minimumWordsToMatch(int words) {
        return words <= 2 ? words : words - Math.max(1, words / 3);
    }

    private static Document document(IndexedProcedure p) {
        ProcedureSummary s = p.summary();
        Document doc = new Document();
        doc.add(new TextField(NAME, p.foldedName(), Field.Store.NO));
        doc.add(new TextField(EXTRA, p.foldedExtra(), Field.Store.NO));
        doc.add(new Field(PAIRS, String.join(" ", pairs(FoldedWords.words(p.foldedName()))), PAIR_TYPE));
        doc.add(new StringField(CODE, s.code(), Field.Store.NO));
        doc.add(new SortedDocValuesField(CODE, new BytesRef(s.code())));
        doc.add(new NumericDocValuesField(NAME_LENGTH, s.name().length()));
        doc.add(new StringField(TIER, s.agencyLevel(), Field.Store.NO));
        doc.add(new StringField(AGENCY, s.agencyCode(), Field.Store.NO));
        doc.add(new StringField(LEVEL, Integer.toString(s.serviceLevel()), Field.Store.NO));
        doc.add(new StringField(SECTOR, p.foldedSector(), Field.Store.NO));
        return doc;
    }
}
