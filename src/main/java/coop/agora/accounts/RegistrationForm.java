package coop.agora.accounts;

/** What a newcomer types to create an account; kept as typed so a refused form comes back filled. */
public record RegistrationForm(String displayName, String email, String password, String language, String homeOffice) {

    public RegistrationForm {
        displayName = displayName == null ? "" : displayName;
        email = email == null ? "" : email;
        password = password == null ? "" : password;
        language = language == null ? "" : language;
        homeOffice = homeOffice == null ? "" : homeOffice;
    }
}
