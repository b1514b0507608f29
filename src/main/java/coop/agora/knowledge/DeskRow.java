package coop.agora.knowledge;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An article in one of the editors' lists. */
public record DeskRow(long articleId, long groupId, String language, String title, boolean published, @Nullable LocalDate reviewBefore,
        long views, int helpful, int notHelpful) {}
