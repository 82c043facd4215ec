using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>A pass issues a certificate; its public check says valid, then expired once the refresher is due.</summary>
[Collection(SharedPortal.Name)]
public sealed class CertificatePageTests(PortalFactory portal)
{
    private const string Essentials = "safeguarding-essentials";

    [Fact]
    public async Task A_pass_issues_a_certificate_whose_check_is_valid_then_expired_three_years_later()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));
        await PassAsync(journey);

        await journey.OpenAsync(journey.Page.QuerySelector("#certificate-link")!.GetAttribute("href")!);
        Assert.Equal(learner.DisplayName, journey.Page.QuerySelector("#holder")!.TextContent);
        var certificate = journey.Page.QuerySelector("#certificate")!.TextContent;
        Assert.Contains("Notice the Signs: safeguarding essentials (Level 1)", certificate, StringComparison.Ordinal);
        Assert.Contains("18 November 2026", certificate, StringComparison.Ordinal);
        Assert.Contains("18 November 2029", certificate, StringComparison.Ordinal);
        Assert.Contains("100%", certificate, StringComparison.Ordinal);
        Assert.Contains("020 7332 1224", certificate, StringComparison.Ordinal);
        var code = journey.Page.QuerySelector("#code")!.TextContent;
        Assert.Matches("^NTS-[A-Z2-9]{5}-[A-Z2-9]{5}$", code);
        Assert.Contains($"/verify/{code}", certificate, StringComparison.Ordinal);

        // Without Chromium (no real server under test) the PDF link falls back to this page and says so.
        await journey.OpenAsync($"/training/certificates/{code}?handler=Pdf");
        Assert.Equal($"/training/certificates/{code}?unavailable=true", journey.Path);
        Assert.NotNull(journey.Page.QuerySelector("#unavailable"));

        // Another learner cannot open it, and nobody can open its print template without the token.
        var other = new JourneyClient(portal.ClientFor(await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)])));
        await other.OpenAsync($"/training/certificates/{code}");
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        var anonymous = new JourneyClient(portal.ClientFor(null));
        await anonymous.OpenAsync($"/training/certificates/{code}/print?token=forged");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.Status);

        await anonymous.OpenAsync($"/verify/{code}");
        Assert.Equal("Valid", anonymous.Page.QuerySelector("#state")!.TextContent);
        Assert.Equal(learner.DisplayName, anonymous.Page.QuerySelector("#holder")!.TextContent);
        Assert.DoesNotContain("100%", anonymous.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(learner.Email!, anonymous.Text, StringComparison.Ordinal);

        var now = portal.Time.Now;
        try
        {
            portal.Time.Now = now.AddYears(3);
            await anonymous.OpenAsync($"/verify/{code}");
            Assert.Equal("Expired", anonymous.Page.QuerySelector("#state")!.TextContent);
        }
        finally
        {
            portal.Time.Now = now;
        }

        await journey.OpenAsync("/training");
        Assert.Contains(code, journey.Page.QuerySelector("#certificates")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_pass_issues_a_new_certificate_and_keeps_the_earlier_ones()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));

        await PassAsync(journey);
        await PassAsync(journey);

        await journey.OpenAsync("/training");
        Assert.Equal(2, journey.Page.QuerySelectorAll("#certificates tbody tr").Length);
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        var anonymous = new JourneyClient(portal.ClientFor(null));
        await anonymous.OpenAsync("/verify/NTS-AAAAA-AAAAA");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.Status);
    }

    private async Task PassAsync(JourneyClient journey)
    {
        var course = portal.Services.GetRequiredService<ContentStore>().Current.FindCourse(Essentials)!;
        await journey.OpenAsync($"/training/{Essentials}/check");
        var drawn = journey.Page.QuerySelectorAll("main fieldset input")
            .Select(i => i.GetAttribute("name")!["answer-".Length..])
            .Distinct()
            .Select(id => course.Questions.Single(q => q.Id == id));
        await journey.AnswerAsync([.. drawn.SelectMany(q => q.CorrectOptions.Select(o => (CheckModel.FieldName(q), o.ToString(System.Globalization.CultureInfo.InvariantCulture))))]);
        Assert.Equal("You passed", journey.Heading);
    }
}

/// <summary>The public check is rate-limited per address like the API, so certificate codes cannot be trawled.</summary>
public sealed class VerifyRateLimitTests
{
    [Fact]
    public async Task Over_the_limit_is_429()
    {
        using var portal = new PortalFactory();
        portal.Settings["RateLimits:ApiPermitLimit"] = "2";
        var client = portal.CreateBrowserlessClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/verify/NTS-AAAAA-AAAAA", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }
}
