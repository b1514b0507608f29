package coop.agora.platform.search;

import static coop.agora.platform.SearchAnalyzers.DUTCH;
import static coop.agora.platform.SearchAnalyzers.ENGLISH;
import static coop.agora.platform.SearchAnalyzers.FOLDED_KEYWORD;
import static coop.agora.platform.SearchAnalyzers.FRENCH;
import static coop.agora.platform.SearchAnalyzers.NAME;
import static coop.agora.platform.SearchAnalyzers.PREFIX;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The same analyzers as {@link LuceneAnalysis}, for an OpenSearch cluster (several nodes). */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("agora_elision").type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("agora_french_stem").type("stemmer").param("language", "light_french");
        context.tokenFilter("agora_dutch_stem").type("stemmer").param("language", "dutch");
        context.tokenFilter("agora_english_stem").type("stemmer").param("language", "english");
        context.tokenFilter("agora_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("agora_edge").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

        context.analyzer(FRENCH).custom().tokenizer("standard")
                .tokenFilters("agora_elision", "lowercase", "agora_french_stem", "asciifolding");
        context.analyzer(DUTCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "agora_dutch_stem", "asciifolding");
        context.analyzer(ENGLISH).custom().tokenizer("standard")
                .tokenFilters("agora_english_possessive", "lowercase", "agora_english_stem", "asciifolding");
        context.analyzer(NAME).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(PREFIX).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding", "agora_edge");
        context.normalizer(FOLDED_KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
