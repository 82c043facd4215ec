using System.Text.Json.Nodes;
using SafeguardingPortal.Content.Umbraco.Push;

namespace SafeguardingPortal.Tests.Content;

/// <summary>What counts as "Umbraco already holds it" for the push: otherwise a second push would rewrite what Umbraco only reformatted.</summary>
public sealed class JsonMatchTests
{
    [Theory]
    [InlineData("3", "\"3\"", true)]
    [InlineData("true", "true", true)]
    [InlineData("\"2026-09-01 00:00:00\"", "\"2026-09-01T00:00:00\"", true)]
    [InlineData("null", "\"\"", true)]
    [InlineData("\"Who to call\"", "\"Who to call \"", false)]
    [InlineData("\"2026-09-01 00:00:00\"", "\"2026-09-02T00:00:00\"", false)]
    [InlineData("true", "false", false)]
    [InlineData("\"x\"", "null", false)]
    [InlineData("{\"a\":[1,2]}", "{\"a\":[2,1]}", false)]
    [InlineData("{\"a\":1,\"added\":\"by Umbraco\"}", "{\"a\":1}", true)]
    [InlineData("{\"a\":1}", "{\"a\":1,\"b\":2}", false)]
    public void Umbraco_holds_a_value_sent_when_they_mean_the_same(string held, string sent, bool same) =>
        Assert.Equal(same, JsonMatch.SameValue(JsonNode.Parse(held), JsonNode.Parse(sent)));

    [Fact]
    public void Umbraco_holds_a_request_when_it_has_every_field_sent_whatever_it_adds_and_in_any_order()
    {
        var sent = JsonNode.Parse("""{"alias":"x","properties":[{"alias":"a"},{"alias":"b"}],"cleanup":{"preventCleanup":false}}""");
        var held = JsonNode.Parse("""{"alias":"x","id":"1","properties":[{"alias":"b","description":null},{"alias":"a"}],"cleanup":{"preventCleanup":false,"keepAllVersionsNewerThanDays":null}}""");
        var missing = JsonNode.Parse("""{"alias":"x","properties":[{"alias":"a"}],"cleanup":{"preventCleanup":false}}""");
        var changed = JsonNode.Parse("""{"alias":"y","properties":[{"alias":"a"},{"alias":"b"}],"cleanup":{"preventCleanup":false}}""");

        Assert.True(JsonMatch.Holds(held, sent));
        Assert.False(JsonMatch.Holds(missing, sent));
        Assert.False(JsonMatch.Holds(changed, sent));
    }
}
