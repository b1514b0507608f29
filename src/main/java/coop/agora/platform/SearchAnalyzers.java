package coop.agora.platform;

/**
 * Names of the text analyzers every module's search fields use, defined once for the Lucene and
 * the OpenSearch backends alike. All fold accents, so "ebeniste" finds "ébéniste".
 */
public final class SearchAnalyzers {

    /** French: elision (l', d'), light stemming. */
    public static final String FRENCH = "agora_french";
    /** Dutch: Snowball stemming. */
    public static final String DUTCH = "agora_dutch";
    /** English: possessives, Porter stemming. */
    public static final String ENGLISH = "agora_english";
    /** Names and e-mail addresses: words, lowercased and folded, not stemmed. */
    public static final String NAME = "agora_name";
    /** Prefixes of words, for search as you type; query with {@link #NAME}. */
    public static final String PREFIX = "agora_prefix";
    /** Keyword fields compared and sorted without case or accents. */
    public static final String FOLDED_KEYWORD = "agora_folded";

    private SearchAnalyzers() {}
}
