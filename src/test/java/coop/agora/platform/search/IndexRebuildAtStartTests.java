package coop.agora.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import coop.agora.AgoraIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AgoraIntegrationTest
class IndexRebuildAtStartTests {

    @Autowired
    IndexRebuildAtStart atStart;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    MappingFingerprints fingerprints;

    @Autowired
    JdbcClient db;

    @Test
    void anIndexBuiltForOtherFieldsIsRebuiltAtStartAndItsDigestRecorded() {
        var index = fingerprints.current().keySet().iterator().next();
        db.sql("update platform.search_mapping set fingerprint = 'fields of an older version' where index_name = ?").param(index).update();
        var before = Instant.now();

        atStart.run(null);

        assertThat(rebuild.progress().startedAt()).isAfterOrEqualTo(before);
        assertThat(rebuild.progress().state()).isEqualTo(RebuildProgress.State.DONE);
        assertThat(fingerprints.stored()).isEqualTo(fingerprints.current());
    }

    @Test
    void indexesPredatingDigestsAreRebuiltOnce() {
        db.sql("insert into platform.search_mapping (index_name, fingerprint) values ('*', 'unknown')").update();
        var before = Instant.now();

        atStart.run(null);
        assertThat(rebuild.progress().startedAt()).isAfterOrEqualTo(before);
        assertThat(fingerprints.stored()).isEqualTo(fingerprints.current());

        var after = Instant.now();
        atStart.run(null);
        assertThat(rebuild.progress().startedAt()).isBefore(after);
    }

    @Test
    void aNewIndexOverTablesThatMayHoldDataIsBuilt() {
        var index = fingerprints.current().keySet().iterator().next();
        db.sql("delete from platform.search_mapping where index_name = ?").param(index).update();
        var before = Instant.now();

        atStart.run(null);

        assertThat(rebuild.progress().startedAt()).isAfterOrEqualTo(before);
        assertThat(fingerprints.stored()).containsEntry(index, fingerprints.current().get(index));
    }
}
