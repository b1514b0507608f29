package coop.agora.helpdesk;

import coop.agora.platform.web.FormErrors;

/** A form the help desk did not accept, with the problems to show next to its fields. */
final class Refused extends RuntimeException {

    private final transient FormErrors errors;

    Refused(FormErrors errors) {
        super(null, null, false, false);
        this.errors = errors;
    }

    static Refused field(String field, String key) {
        return new Refused(FormErrors.builder().reject(field, key).build());
    }

    static Refused form(String key) {
        return new Refused(FormErrors.builder().rejectForm(key).build());
    }

    FormErrors errors() {
        return errors;
    }
}
