package coop.agora.opportunities;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The regions an opportunity may name instead of a town, each as its country and the first two
 * digits of its postal codes: Belgian postal codes follow the regions, French ones the departments.
 */
public enum Region {
    BE_BRU("BE", range(10, 12)),
    BE_VLG("BE", concat(range(15, 39), range(80, 99))),
    BE_WAL("BE", concat(range(13, 14), range(40, 79))),
    FR_IDF("FR", List.of("75", "77", "78", "91", "92", "93", "94", "95")),
    FR_HDF("FR", List.of("02", "59", "60", "62", "80")),
    FR_GES("FR", List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")),
    FR_NOR("FR", List.of("14", "27", "50", "61", "76")),
    FR_BRE("FR", List.of("22", "29", "35", "56")),
    FR_PDL("FR", List.of("44", "49", "53", "72", "85")),
    FR_CVL("FR", List.of("18", "28", "36", "37", "41", "45")),
    FR_BFC("FR", List.of("21", "25", "39", "58", "70", "71", "89", "90")),
    FR_NAQ("FR", List.of("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87")),
    FR_ARA("FR", List.of("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74")),
    FR_OCC("FR", List.of("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")),
    FR_PAC("FR", List.of("04", "05", "06", "13", "83", "84")),
    FR_COR("FR", List.of("20"));

    private final String country;
    private final List<String> postalPrefixes;

    Region(String country, List<String> postalPrefixes) {
        this.country = country;
        this.postalPrefixes = postalPrefixes;
    }

    public String key() {
        return "opportunities.region." + name();
    }

    String country() {
        return country;
    }

    List<String> postalPrefixes() {
        return postalPrefixes;
    }

    static Optional<Region> of(String name) {
        return Arrays.stream(values()).filter(region -> region.name().equals(name)).findFirst();
    }

    /** The region of a town, by its country and postal code. */
    static Optional<Region> of(String country, String postalCode) {
        if (postalCode.length() < 2) {
            return Optional.empty();
        }
        var prefix = postalCode.substring(0, 2);
        return Arrays.stream(values()).filter(region -> region.country.equals(country) && region.postalPrefixes.contains(prefix)).findFirst();
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(number -> String.format("%02d", number)).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
