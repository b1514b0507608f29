package coop.agora.groups;

/** What brings a group together: a place, a theme, or the members' assembly of a place or sector. */
public enum GroupKind {
    LOCAL,
    THEMATIC,
    ASSEMBLY;

    public String key() {
        return "groups.kind." + name();
    }
}
