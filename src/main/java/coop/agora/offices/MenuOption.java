package coop.agora.offices;

/** A key of an office's phone menu and the service it leads to. */
public record MenuOption(int key, long serviceId) {}
