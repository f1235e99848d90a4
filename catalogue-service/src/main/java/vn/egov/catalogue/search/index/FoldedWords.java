package vn.egov.catalogue.search.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits already folded text into its words and replaces every repetition of a word by {@link #REPEATED}. A name
 * that repeats a word ("đổi giấy phép lái xe hoặc bằng lái xe") is not more relevant for it: without this, term
 * frequency would rank it above a name that says the same once. The placeholder keeps the name's length and the
 * positions of the words after it, so long names still rank below short ones and phrases match where they are.
 */
final class FoldedWords extends Analyzer {

    /** Stands for a word already seen in the same text; no folded query word can equal it. */
    static final String REPEATED = "_";

    /** The words of folded {@code text} as the index sees them: repetitions replaced by {@link #REPEATED}. */
    static String[] words(String text) {
        String[] words = text.split(" ");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!seen.add(words[i])) {
                words[i] = REPEATED;
            }
        }
        return words;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        WhitespaceTokenizer words = new WhitespaceTokenizer();
        return new TokenStreamComponents(words, new FirstOccurrences(words));
    }

    private static final class FirstOccurrences extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Set<String> seen = new HashSet<>();

        FirstOccurrences(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!seen.add(term.toString())) {
                term.setEmpty().append(REPEATED);
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            seen.clear();
        }
    }
}
