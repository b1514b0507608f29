package coop.agora.knowledge;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the translations of an article share, as the editor sets it. */
public record Description(Level level, long categoryId, ArticleKind kind, ArticleVisibility visibility, @Nullable LocalDate reviewBefore) {}
