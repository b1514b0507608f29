package coop.agora.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The problems of a submitted form as text keys, per field and for the whole form. Validation
 * annotations and controllers both use the text key as the message.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> global;

    private FormErrors(Map<String, String> byField, List<String> global) {
        this.byField = byField;
        this.global = global;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(BindingResult result) {
        var byField = new LinkedHashMap<String, String>();
        for (FieldError error : result.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), keyOf(error.getCode(), error.getDefaultMessage(), error.isBindingFailure()));
        }
        var global = result.getGlobalErrors().stream()
                .map(error -> keyOf(error.getCode(), error.getDefaultMessage(), false))
                .toList();
        return new FormErrors(byField, global);
    }

    /** A validation annotation carries the key as its message; a controller rejects with the key as code. */
    private static String keyOf(@Nullable String code, @Nullable String message, boolean bindingFailure) {
        if (bindingFailure) {
            return "form.error.invalid";
        }
        if (message != null && message.indexOf('.') > 0 && !message.contains(" ")) {
            return message;
        }
        return code != null && code.indexOf('.') > 0 ? code : "form.error.invalid";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the problems found while checking a form, the first per field kept. */
    public static final class Builder {

        private final Map<String, String> byField = new LinkedHashMap<>();
        private final List<String> global = new java.util.ArrayList<>();

        private Builder() {}

        public Builder reject(String field, String key) {
            byField.putIfAbsent(field, key);
            return this;
        }

        public Builder rejectForm(String key) {
            global.add(key);
            return this;
        }

        public boolean any() {
            return !byField.isEmpty() || !global.isEmpty();
        }

        public boolean has(String field) {
            return byField.containsKey(field);
        }

        public FormErrors build() {
            return any() ? new FormErrors(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField)), List.copyOf(global)) : NONE;
        }
    }

    public boolean any() {
        return !byField.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String key(String field) {
        return byField.get(field);
    }

    public List<String> global() {
        return global;
    }

    /** Fields in error, in form order, for the summary at the top of the form. */
    public Map<String, String> fields() {
        return byField;
    }
}
