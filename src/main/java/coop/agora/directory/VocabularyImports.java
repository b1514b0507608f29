package coop.agora.directory;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The admins' imports of the reference lists: skills from the EU's ESCO classification (one CSV
 * file per language, as ESCO publishes them) and towns from GeoNames postal-code files for Belgium
 * and France. Both can be run again with newer files: known entries are updated, not doubled.
 */
@Service
class VocabularyImports {

    static final int MAX_LABEL = 200;
    private static final Set<String> DUTCH_REGIONS = Set.of("Vlaanderen", "Flanders", "Brussel", "Brussel-Hoofdstad", "Brussels Hoofdstedelijk Gewest");

    private final Skills skills;
    private final JdbcClient db;
    private final EntityManager entityManager;

    VocabularyImports(Skills skills, JdbcClient db, EntityManager entityManager) {
        this.skills = skills;
        this.db = db;
        this.entityManager = entityManager;
    }

    /** What an import did; {@code problemKey} names why nothing was imported, if so. */
    record Report(int added, int updated, int skipped, String problemKey) {

        static Report refused(String problemKey) {
            return new Report(0, 0, 0, problemKey);
        }

        boolean refused() {
            return !problemKey.isEmpty();
        }
    }

    /** Reads an ESCO skills file ({@code conceptUri}, {@code preferredLabel}, {@code altLabels} columns) in one language. */
    @Transactional
    Report importEsco(Reader file, Locale language) throws IOException {
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).get().parse(file);
        var header = parser.getHeaderMap();
        if (!header.containsKey("conceptUri") || !header.containsKey("preferredLabel")) {
            return Report.refused("directory.import.error.notEsco");
        }
        int added = 0;
        int updated = 0;
        int skipped = 0;
        for (CSVRecord record : parser) {
            var uri = record.get("conceptUri").strip();
            var label = record.get("preferredLabel").strip();
            if (!uri.startsWith("http") || label.isEmpty() || label.length() > MAX_LABEL || (record.isMapped("conceptType")
                    && !record.get("conceptType").isBlank() && !"KnowledgeSkillCompetence".equals(record.get("conceptType").strip()))) {
                skipped++;
                continue;
            }
            var others = record.isMapped("altLabels") ? List.of(record.get("altLabels").split("\\R")) : List.<String>of();
            var existing = skills.findByEscoUri(uri);
            var skill = existing.orElseGet(() -> new Skill(label, label, label, "", true, null));
            skill.fromEsco(uri, language, label, others.stream().filter(name -> name.length() <= MAX_LABEL).toList());
            skills.save(skill);
            if (existing.isPresent()) {
                updated++;
            } else {
                added++;
            }
        }
        if (updated > 0) {
            refreshProfiles();
        }
        return new Report(added, updated, skipped, "");
    }

    /**
     * Reads a GeoNames postal-code file (tab-separated: country, postal code, name, region name,
     * region code, …, latitude, longitude). In Belgium a bilingual town comes as two rows, one per
     * language, told apart by the region's name.
     */
    @Transactional
    Report importGeoNames(Reader file) throws IOException {
        var parser = CSVFormat.TDF.builder().setQuote(null).get().parse(file);
        record Row(String country, String postalCode, String name, boolean dutch, double latitude, double longitude) {}
        Map<String, List<Row>> towns = new HashMap<>();
        int skipped = 0;
        for (CSVRecord record : parser) {
            if (record.size() < 11) {
                return Report.refused("directory.import.error.notGeoNames");
            }
            var country = record.get(0).strip();
            var postalCode = record.get(1).strip();
            var name = record.get(2).strip();
            double latitude;
            double longitude;
            try {
                latitude = Double.parseDouble(record.get(9));
                longitude = Double.parseDouble(record.get(10));
            } catch (NumberFormatException e) {
                skipped++;
                continue;
            }
            if (!(country.equals("BE") || country.equals("FR")) || postalCode.isEmpty() || postalCode.length() > 10 || name.isEmpty()
                    || name.length() > MAX_LABEL || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                skipped++;
                continue;
            }
            var dutch = country.equals("BE") && DUTCH_REGIONS.contains(record.get(3).strip());
            var key = country + "|" + postalCode + "|" + Math.round(latitude * 1000) + "|" + Math.round(longitude * 1000);
            towns.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(country, postalCode, name, dutch, latitude, longitude));
        }
        int added = 0;
        int updated = 0;
        for (var rows : towns.values()) {
            var french = rows.stream().filter(row -> !row.dutch()).findFirst();
            var dutch = rows.stream().filter(Row::dutch).findFirst();
            var first = french.orElseGet(dutch::orElseThrow);
            var nameFr = french.map(Row::name).orElse(first.name());
            var nameNl = dutch.map(Row::name).orElse(nameFr);
            var inserted = db.sql("""
                            insert into directory.place (country, postal_code, name_fr, name_nl, latitude, longitude, search_text)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (country, postal_code, name_fr) do update
                            set name_nl = excluded.name_nl, latitude = excluded.latitude, longitude = excluded.longitude,
                                search_text = excluded.search_text
                            returning (xmax = 0) as inserted""")
                    .params(first.country(), first.postalCode(), nameFr, nameNl, first.latitude(), first.longitude(),
                            Folding.fold(first.postalCode() + " " + nameFr + " " + nameNl))
                    .query(Boolean.class)
                    .single();
            if (inserted) {
                added++;
            } else {
                updated++;
            }
        }
        if (updated > 0) {
            refreshProfiles();
        }
        return new Report(added, updated, skipped, "");
    }

    /** Profiles carry skill names and town positions in the index; they are rebuilt in the background after a change. */
    private void refreshProfiles() {
        var factory = entityManager.getEntityManagerFactory();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Search.mapping(factory).scope(Profile.class).massIndexer().start();
            }
        });
    }
}
