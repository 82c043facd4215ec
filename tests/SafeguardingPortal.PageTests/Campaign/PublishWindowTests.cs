using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Campaign;

/// <summary>Publish dates and phase windows, under fake time, on a copy of the content with two dated pages added.</summary>
public sealed class PublishWindowTests : IDisposable
{
    private readonly ContentCopy content = new();
    private readonly PortalFactory portal;

    public PublishWindowTests()
    {
        File.WriteAllText(content.File("pages", "en", "dated.md"), """
            ---
            title: A dated page
            summary: Shown in January 2027 only.
            audience: public
            language: en
            phase: evergreen
            publishFrom: 2027-01-01
            publishUntil: 2027-01-31
            ---
            Text.
            """);
        portal = new PortalFactory { ContentPath = content.Path };
    }

    public void Dispose()
    {
        portal.Dispose();
        content.Dispose();
    }

    [Theory]
    [InlineData("2026-12-31T23:59:00Z", 404)]
    [InlineData("2027-01-01T00:00:00Z", 200)]
    [InlineData("2027-01-31T23:59:00Z", 200)]
    [InlineData("2027-02-01T00:00:00Z", 404)]
    public async Task PublishDates_AreHonoured(string now, int status)
    {
        portal.Time.Now = DateTimeOffset.Parse(now);

        await portal.CreateBrowserlessClient().GetDocumentAsync("/dated", status);
    }

    [Theory]
    [InlineData("2026-11-15T12:00:00Z", 404)]
    [InlineData("2026-11-16T12:00:00Z", 200)]
    [InlineData("2026-11-22T23:30:00Z", 200)] // 23:30 UTC on 22 November is still the 22nd in London (GMT), the last day
    [InlineData("2026-11-23T00:30:00Z", 404)]
    public async Task PhasePage_OnlyWhileItsPhaseRuns(string now, int status)
    {
        portal.Time.Now = DateTimeOffset.Parse(now);

        await portal.CreateBrowserlessClient().GetDocumentAsync("/campaigns/safeguarding-adults-week-2026", status);
    }

    [Fact]
    public async Task Home_ShowsOnlyThePhasesRunningNow()
    {
        portal.Time.Now = new DateTimeOffset(2014, 7, 1, 12, 0, 0, TimeSpan.Zero);

        var text = (await portal.CreateBrowserlessClient().GetDocumentAsync("/")).MainText();

        Assert.Contains("Employee campaign 2014", text);
        Assert.DoesNotContain("Safeguarding Adults Week 2026", text);
    }
}
