using SafeguardingPortal.Content;

namespace SafeguardingPortal.Tests.Content;

public class HtmlAllowListTests
{
    [Theory]
    [InlineData("<p onclick=\"x()\">hi</p>", "<p>hi</p>")]
    [InlineData("<script>alert(1)</script><p>ok</p>", "<p>ok</p>")]
    [InlineData("<div><p>kept</p></div>", "<p>kept</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"/who-to-call\" target=\"_blank\">x</a>", "<a href=\"/who-to-call\">x</a>")]
    [InlineData("<img src=\"http://x.example/a.png\" onerror=\"x()\" alt=\"a\">", "<img alt=\"a\">")]
    [InlineData("<p style=\"color:red\" class=\"govuk-body\">x</p>", "<p class=\"govuk-body\">x</p>")]
    [InlineData("<iframe src=\"https://x.example\"><p>inside</p></iframe>", "")]
    public void Sanitise_KeepsOnlyAllowedElementsAndAttributes(string input, string expected) =>
        Assert.Equal(expected, HtmlAllowList.Sanitise(input).Value);
}
