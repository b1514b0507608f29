package coop.agora.accounts;

/**
 * A module's part of "download my data" and "erase my account". Every module that stores data
 * about a person provides one bean of this type.
 */
public interface PersonalData {

    /** The name of this module's section in the export, such as {@code "directory"}. */
    String section();

    /** Everything this module holds about the person, as records, lists and maps serializable to JSON. */
    Object export(long memberId);

    /**
     * Forgets the person: deletes what is only theirs and detaches what stays (such as posts), which
     * then shows as by a former member. Runs in the erasure's transaction.
     */
    void erase(long memberId);
}
