package coop.agora.accounts;

/** The account's name, language and home office, as typed. */
public record ProfileForm(String displayName, String language, String homeOffice) {

    public ProfileForm {
        displayName = displayName == null ? "" : displayName;
        language = language == null ? "" : language;
        homeOffice = homeOffice == null ? "" : homeOffice;
    }
}
