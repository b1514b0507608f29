package coop.agora.accounts;

/** The four poles advisors are organised in. */
public enum Pole {
    /** VAT, contracts, good encoding practice. */
    ACTIVITY_SECURING,
    /** Tools and everyday questions. */
    FIRST_LINE,
    ENTREPRENEURIAL_COACHING,
    COOPERATIVE_LIFE;

    /** Text key of the pole's name. */
    public String labelKey() {
        return "pole." + name();
    }
}
