package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersFormattingListsAndLinks() {
        var html = markdown.toSafeHtml("**Bonjour** *à tous*\n\n- un\n- deux\n\n[site](https://example.org)");

        assertThat(html)
                .contains("<strong>Bonjour</strong>", "<em>à tous</em>", "<li>un</li>")
                .contains("href=\"https://example.org\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void showsHtmlWrittenByMembersAsTextNeverAsTags() {
        var html = markdown.toSafeHtml("<script>alert(1)</script><img src=x onerror=alert(1)><b onclick=\"x()\">b</b>");

        assertThat(html).doesNotContain("<script", "<img", "<b ").contains("&lt;script&gt;");
    }

    @Test
    void dropsJavascriptAndDataLinks() {
        var html = markdown.toSafeHtml("[click](javascript:alert(1)) [data](data:text/html,<b>x</b>) [ok](mailto:a@b.org)");

        assertThat(html).doesNotContain("javascript:", "data:text").contains("href=\"mailto:");
    }

    @Test
    void drawsTablesWithTheirHeaderRow() {
        var html = markdown.toSafeHtml("""
                | Pays | Taux |
                | --- | ---: |
                | Belgique | 21 % |
                | France | 20 % |
                """);

        assertThat(html).contains("<table>", "<thead>", "<th>Pays</th>", "<tbody>", "<td>Belgique</td>", "21 %</td>").doesNotContain("| ---");
    }

    @Test
    void cutsVeryLongInput() {
        var html = markdown.toSafeHtml("a".repeat(300_000));

        assertThat(html.length()).isLessThan(101_000);
    }
}
