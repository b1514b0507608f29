package coop.agora.platform.search;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A digest per search index of what its documents hold: every field with its type, analyzers and
 * abilities, as the running code maps them. Stored after each full build, so that a start with
 * changed mappings knows its indexes were built for other fields. Changes inside an analyzer of the
 * same name do not show in the digest.
 */
@Component
class MappingFingerprints {

    static final String UNKNOWN = "*";

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient db;

    MappingFingerprints(EntityManagerFactory entityManagerFactory, JdbcClient db) {
        this.entityManagerFactory = entityManagerFactory;
        this.db = db;
    }

    /** The digest of every index as the code maps it now, by index name. */
    Map<String, String> current() {
        var digests = new TreeMap<String, String>();
        for (var entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            var index = entity.indexManager().descriptor();
            var fields = index.staticFields().stream()
                    .map(MappingFingerprints::describe)
                    .sorted()
                    .collect(Collectors.joining("\n"));
            digests.put(index.hibernateSearchName(), sha256(fields));
        }
        return digests;
    }

    Map<String, String> stored() {
        var stored = new HashMap<String, String>();
        db.sql("select index_name, fingerprint from platform.search_mapping")
                .query(row -> {
                    stored.put(row.getString("index_name"), row.getString("fingerprint"));
                });
        return stored;
    }

    /**
     * The names of the indexes built for other fields than the code maps, or not built at all while
     * others were (an index new in this version, over tables that may hold data); every index when
     * they predate digests. None when no digest was ever stored: a new database.
     */
    Set<String> changed(Map<String, String> current, Map<String, String> stored) {
        if (stored.isEmpty()) {
            return Set.of();
        }
        if (stored.containsKey(UNKNOWN)) {
            return current.keySet();
        }
        return current.entrySet().stream()
                .filter(index -> !index.getValue().equals(stored.get(index.getKey())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Notes that the indexes now hold what the code maps, and forgets indexes that no longer exist. */
    void record(Map<String, String> digests) {
        digests.forEach((index, digest) -> db.sql("""
                        insert into platform.search_mapping (index_name, fingerprint) values (?, ?)
                        on conflict (index_name) do update set fingerprint = excluded.fingerprint, recorded_at = now()""")
                .params(index, digest)
                .update());
        db.sql("delete from platform.search_mapping where index_name <> all(?)").param(digests.keySet().toArray(String[]::new)).update();
    }

    private static String describe(IndexFieldDescriptor field) {
        if (field.isObjectField()) {
            return field.absolutePath() + " object" + (field.multiValued() ? " multi" : "");
        }
        var type = field.toValueField().type();
        return String.join(" ", field.absolutePath(), type.valueClass().getName(),
                "searchable=" + type.searchable(), "sortable=" + type.sortable(), "projectable=" + type.projectable(),
                "aggregable=" + type.aggregable(), "multi=" + field.multiValued(),
                "analyzer=" + type.analyzerName().orElse(""), "search=" + type.searchAnalyzerName().orElse(""),
                "normalizer=" + type.normalizerName().orElse(""));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
