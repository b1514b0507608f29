package coop.agora.mentoring;

import java.time.Instant;

/** A member's request for a mentor, as they see it. */
public record RequestView(long id, long menteeId, String project, String status, boolean remoteOk, Instant createdAt) {

    public boolean open() {
        return status.equals("OPEN");
    }

    public String statusKey() {
        return "mentoring.requestStatus." + status;
    }
}
