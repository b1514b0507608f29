package coop.agora.groups;

/**
 * Where a person stands with a group.
 *
 * @param status {@code ACTIVE}, {@code REQUESTED}, {@code INVITED}, or {@code NONE}
 */
public record Membership(String status, boolean organizer) {

    static final Membership NONE = new Membership("NONE", false);

    public boolean member() {
        return status.equals("ACTIVE");
    }

    public boolean requested() {
        return status.equals("REQUESTED");
    }

    public boolean invited() {
        return status.equals("INVITED");
    }
}
