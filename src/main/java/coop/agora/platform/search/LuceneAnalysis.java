package coop.agora.platform.search;

import static coop.agora.platform.SearchAnalyzers.DUTCH;
import static coop.agora.platform.SearchAnalyzers.ENGLISH;
import static coop.agora.platform.SearchAnalyzers.FOLDED_KEYWORD;
import static coop.agora.platform.SearchAnalyzers.FRENCH;
import static coop.agora.platform.SearchAnalyzers.NAME;
import static coop.agora.platform.SearchAnalyzers.PREFIX;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The shared analyzers for the embedded Lucene backend (one node). */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilter("elision").param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("frenchLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(DUTCH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter").param("language", "Dutch")
                .tokenFilter("asciiFolding");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("porterStem")
                .tokenFilter("asciiFolding");
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
        context.normalizer(FOLDED_KEYWORD).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
