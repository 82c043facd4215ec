using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Security;

namespace SafeguardingPortal.PageTests.Web;

[Collection(SharedPortal.Name)]
public partial class SecurityHeadersTests(PortalFactory portal)
{
    private const string ExpectedPolicy =
        "default-src 'self'; script-src 'self' 'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='; style-src 'self'; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private readonly HttpClient client = portal.CreateBrowserlessClient();

    public static TheoryData<string, int> Responses => new()
    {
        { "/", 200 },
        { "/bn/who-to-call", 200 },
        { "/posters/1/pdf", 302 },
        { "/no-such-page", 404 },
        { "/assets/portal.css", 200 },
        { "/posters/1/qrcode", 200 },
        { "/health/ready", 200 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_CarriesTheSecurityHeaders(string url, int status)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/assets/portal.css", "text/css")]
    [InlineData("/assets/govuk-frontend.min.js", "text/javascript")]
    public async Task StaticAsset_ServedCompressed_KeepsItsContentType(string url, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        using var response = await client.SendAsync(request);

        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(response.Content.Headers.ContentEncoding);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ServerError_CarriesTheSecurityHeadersAndThe999Page()
    {
        // A page that is never output-cached, so the page (and the failing filter) really runs.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add(FailOnRequestFilter.Header, "1");

        using var response = await client.SendAsync(request);

        Assert.Equal(500, (int)response.StatusCode);
        AssertSecurityHeaders(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", body);
        Assert.Contains("999", body);
        Assert.Contains("020 7332 3621", body);
    }

    [Fact]
    public async Task NotFound_ShowsThe999PageAndNumbers()
    {
        var page = await client.GetDocumentAsync("/no-such-page", 404);

        Assert.Equal("Page not found", page.Heading());
        Assert.Contains("999", page.MainText());
        Assert.Contains("020 7332 1224", page.MainText());
    }

    [Fact]
    public void Policy_IsExactlyTheOneOfSecurityMd() => Assert.Equal(ExpectedPolicy, SecurityHeaders.ContentSecurityPolicy);

    /// <summary>The hash in the policy is the hash of GOV.UK Frontend's own template script, and of the one the layout writes.</summary>
    [Fact]
    public async Task Policy_PinsTheGovUkInlineScript()
    {
        var template = await File.ReadAllTextAsync(RepositoryRoot.Combine("node_modules", "govuk-frontend", "dist", "govuk", "template.njk"));
        var templateScript = TemplateScript().Match(template).Groups[1].Value;
        var layoutScripts = InlineScript().Matches(await client.GetStringAsync("/")).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal("sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw=", SecurityHeaders.GovUkInlineScriptHash);
        Assert.Equal(SecurityHeaders.GovUkInlineScriptHash, Hash(templateScript));
        Assert.Equal([SecurityHeaders.GovUkInlineScriptHash], layoutScripts.Select(Hash));
    }

    [Fact]
    public async Task Pages_HaveNoInlineStyles()
    {
        foreach (var url in new[] { "/", "/posters/2", "/posters/2/print", "/who-to-call", "/bn" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Hash(string script) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(ExpectedPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    // The template's tag carries a Nunjucks nonce placeholder: <script {%- if cspNonce %} …{% endif %}>
    [GeneratedRegex(@"<script[^>]*%}>([^<]*js-enabled[^<]*)</script>")]
    private static partial Regex TemplateScript();
}
