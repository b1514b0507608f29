package coop.agora.directory;

import com.jayway.jsonpath.JsonPath;
import coop.agora.Visitor;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Map;

/** Reads the member map's points as a browser would, to count the members shown in a town. */
final class MemberMapCounts {

    private final Visitor visitor;

    MemberMapCounts(Visitor visitor) {
        this.visitor = visitor;
    }

    long inTown(String label) {
        try {
            var body = visitor.get("/directory/map/points?zoom=12").getResponse().getContentAsString();
            List<Map<String, Object>> points = JsonPath.read(body, "$[?(@.town == '" + label + "')]");
            return points.isEmpty() ? 0 : ((Number) points.get(0).get("count")).longValue();
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
