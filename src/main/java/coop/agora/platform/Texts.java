package coop.agora.platform;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The translated texts of every module, looked up by key. Placeholders {@code {0}}, {@code {1}} are
 * replaced literally, without MessageFormat, so apostrophes in French and Dutch need no escaping.
 */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Locale locale, Object... arguments) {
        var text = messages.getMessage(key, null, key, locale);
        if (text == null) {
            return key;
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
