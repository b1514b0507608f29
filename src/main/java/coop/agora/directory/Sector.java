package coop.agora.directory;

/** The broad fields members work in; a member may pick several. */
public enum Sector {
    PERFORMING_ARTS,
    VISUAL_ARTS,
    MUSIC,
    AUDIOVISUAL,
    WRITING_AND_TRANSLATION,
    CRAFTS,
    CONSTRUCTION,
    DIGITAL,
    COMMUNICATION,
    CONSULTING,
    TRAINING_AND_EDUCATION,
    HEALTH_AND_WELLBEING,
    FOOD_AND_FARMING,
    ENVIRONMENT,
    SERVICES;

    public String labelKey() {
        return "directory.sector." + name();
    }
}
