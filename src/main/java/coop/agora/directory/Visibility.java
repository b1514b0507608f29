package coop.agora.directory;

/** Who may see a profile; a member starts hidden and chooses to be listed. */
public enum Visibility {
    /** Nowhere: not in search, counts, the map, the API or any page. */
    HIDDEN,
    /** Signed-in members only. */
    MEMBERS,
    /** Anyone, including clients outside the cooperative and search engines. */
    PUBLIC;

    public boolean listed() {
        return this != HIDDEN;
    }
}
