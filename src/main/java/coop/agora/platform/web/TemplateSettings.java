package coop.agora.platform.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How jte finds templates: precompiled classes by default (fast, work from the jar); from the
 * source folder with {@code development=true}, so template edits show on reload.
 */
@ConfigurationProperties("agora.templates")
record TemplateSettings(@DefaultValue("false") boolean development, @DefaultValue("src/main/jte") Path sourceDirectory) {}
